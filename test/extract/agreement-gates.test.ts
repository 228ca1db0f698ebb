// The agreements extractor's speed gates must not change answers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keywords } from '../../src/segment/keywords.js';
import { dueInText } from '../../src/extract/agreement-item.js';
import { alternatives } from '../../src/extract/text.js';
import type { Lang } from '../../src/types.js';

describe('decision intros tested from the end', () => {
  for (const lang of ['es', 'en'] as Lang[]) {
    const re = keywords(lang).decisionIntro;
    const twin = new RegExp(`$(?<=${re.source})`, re.flags);
    it(`${lang}: every alternative ends the text, so the look-behind twin is the same test`, () => {
      for (const alt of alternatives(re.source)) expect(alt.endsWith('$')).toBe(true);
    });
    it(`${lang}: the twin answers as the pattern on intros and near misses`, () => {
      const words = fc.constantFrom('el Pleno', 'ACUERDA', 'acuerda', 'acuerdos adoptados', 'fueron', 'it was', 'resolved as follows', ':', ' ', ' :', '.', 'x');
      fc.assert(fc.property(fc.array(words, { maxLength: 6 }).map((ws) => ws.join(' ')), (s) => twin.test(s) === re.test(s)));
    });
  }
});

describe('dueInText', () => {
  const ctx = { lang: 'es' as Lang, year: 2021, kw: keywords('es') };
  it('finds a deadline announced by its words, and none without them', () => {
    expect(dueInText('Enviar el informe antes del 17 de abril.', ctx)).toBe('2021-04-17');
    expect(dueInText('Enviar el informe, plazo: 30/04/2021', ctx)).toBe('2021-04-30');
    expect(dueInText('Se aprueba el acta del 17 de abril.', ctx)).toBeNull();
  });
});
