// The agreements extractor's speed gates must not change answers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keywords } from '../../src/segment/keywords.js';
import { dueInText } from '../../src/extract/agreement-item.js';
import type { Lang } from '../../src/types.js';

/** The top-level alternatives of a pattern source (no split inside groups, classes or after a backslash). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(source.slice(start, i)); start = i + 1; }
  }
  out.push(source.slice(start));
  return out;
}

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
