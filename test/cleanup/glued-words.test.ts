// OCR reads a space between two Spanish words as an apostrophe, period, colon or hyphen: the space comes back,
// and real compounds, abbreviations, addresses and names keep their mark.
import { describe, expect, it } from 'vitest';
import { cleanup } from '../../src/cleanup/index.js';
import { applyEdits } from '../../src/offsets/apply-edits.js';
import type { Lang } from '../../src/types.js';

function clean(raw: string, lang: Lang = 'es', origin: 'ocr' | 'pdf-text' | 'text' = 'ocr'): string {
  return applyEdits(raw, cleanup({ raw, lang, words: [], pageSpans: [{ start: 0, end: raw.length, origin }] })).text;
}

describe('a speck read between two words', () => {
  it('an apostrophe between two lower-case words is a space', () =>
    expect(clean("La tesorera presentó el balance y'explicó que la'cuota sube.")).toBe('La tesorera presentó el balance y explicó que la cuota sube.'));
  it('a period, colon or hyphen next to a function word is a space', () =>
    expect(clean('Se revisó el.plan de obras, que:incluye la poda durante-la semana y la-limpieza del canal.'))
      .toBe('Se revisó el plan de obras, que incluye la poda durante la semana y la limpieza del canal.'));
  it('keeps compounds, abbreviations, addresses and names', () => {
    const text = "Vecinos de O'Higgins, la ruta Maipú-la Cisterna, el plan político-social, sesión a las 10 a.m. y correo.vecinal.cl, el e-mail.";
    expect(clean(text)).toBe(text);
  });
  it('leaves English apostrophes and typed text alone', () => {
    expect(clean("The board's vote and the clerk's note.", 'en')).toBe("The board's vote and the clerk's note.");
    expect(clean("el balance y'explicó", 'es', 'pdf-text')).toBe("el balance y'explicó");
  });
});
