// A speck OCR read as an opening quote before a lower-case word, with nothing to close it, goes; real quotations
// (closed, nested, or opening on a capital) stay.
import { describe, expect, it } from 'vitest';
import { cleanup } from '../../src/cleanup/index.js';
import { applyEdits } from '../../src/offsets/apply-edits.js';
import type { Lang } from '../../src/types.js';

function clean(raw: string, lang: Lang = 'es', origin: 'ocr' | 'pdf-text' | 'text' = 'ocr'): string {
  return applyEdits(raw, cleanup({ raw, lang, words: [], pageSpans: [{ start: 0, end: raw.length, origin }] })).text;
}

describe('stray opening quotes', () => {
  it('drops an unclosed opening mark before a lower-case word', () => {
    expect(clean('El tesorero informó que la cuota «ya fue pagada por los socios.')).toBe('El tesorero informó que la cuota ya fue pagada por los socios.');
    expect(clean('A neighbour ‘spoke against the fence permit.', 'en')).toBe('A neighbour spoke against the fence permit.');
  });
  it('keeps closed, nested and capitalised quotations', () => {
    const es = 'El plan «barrio limpio» sigue. Dijo: «eso, como decían “ojo con la plaza”, se verá». Se lee el artículo “Mediante acuerdo\nde la asamblea';
    expect(clean(es)).toBe(es);
    expect(clean("We'll meet 'til noon.", 'en')).toBe("We'll meet 'til noon.");
  });
});
