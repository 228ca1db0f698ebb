// A verb of saying between its subject and a colon is narrated in the preterite ("la vecina pregunto:" ->
// "preguntó:"); nouns before a colon, headings and the first person keep their spelling.
import { describe, expect, it } from 'vitest';
import { cleanup } from '../../src/cleanup/index.js';
import { applyEdits } from '../../src/offsets/apply-edits.js';

function clean(raw: string): string {
  return applyEdits(raw, cleanup({ raw, lang: 'es', words: [], pageSpans: [{ start: 0, end: raw.length, origin: 'text' }] })).text;
}

describe('a verb of saying before a colon', () => {
  it('takes the preterite after a subject', () =>
    expect(clean('La vecina del pasaje Las Rosas pregunto: «¿Cuándo llegan las luminarias?». Don Mario Soto consulto: ¿quién paga?'))
      .toBe('La vecina del pasaje Las Rosas preguntó: «¿Cuándo llegan las luminarias?». Don Mario Soto consultó: ¿quién paga?'));
  it('leaves nouns, headings and the first person', () => {
    const text = 'Desarrollo: se revisa el acta. Como resultado: se aprueba. El plan de trabajo: revisar el desarrollo: listo. Yo pregunto: ¿es posible?';
    expect(clean(text)).toBe(text);
  });
});
