// Initials between lower-case words keep their letters bare; headings and names in capitals still take accents.
import { describe, expect, it } from 'vitest';
import { cleanup } from '../../src/cleanup/index.js';
import { applyEdits } from '../../src/offsets/apply-edits.js';
import type { Lang } from '../../src/types.js';

function clean(raw: string, lang: Lang = 'es', origin: 'ocr' | 'pdf-text' | 'text' = 'ocr'): string {
  return applyEdits(raw, cleanup({ raw, lang, words: [], pageSpans: [{ start: 0, end: raw.length, origin }] })).text;
}

describe('initials in running prose', () => {
  it('keeps an acronym between lower-case words bare ("la FIA")', () =>
    expect(clean('La directiva informa que la FIA envió el oficio y la ONEMI respondió.', 'es', 'text'))
      .toBe('La directiva informa que la FIA envió el oficio y la ONEMI respondió.'));
  it('still accents headings and names in capitals', () =>
    expect(clean('ORDEN DEL DIA\nAsiste el concejal RAMON PEREZ y la señora INES DIAZ.', 'es', 'text'))
      .toBe('ORDEN DEL DÍA\nAsiste el concejal RAMÓN PÉREZ y la señora INÉS DÍAZ.'));
});
