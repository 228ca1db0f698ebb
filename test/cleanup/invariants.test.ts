// For every corpus document (both typed and OCR inputs): edits are in range, sorted, non-overlapping, quote
// the raw text they replace, and applying them gives a text that keeps (almost) every correct truth word.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanup, WordMemory } from '../../src/cleanup/index.js';
import { applyEdits } from '../../src/offsets/apply-edits.js';
import { packageRoot } from '../../src/paths.js';
import type { Lang } from '../../src/types.js';

const corpus = path.join(packageRoot, '..', 'shared', 'corpus');
const ids = fs.readdirSync(corpus).filter((f) => f.endsWith('.truth.json')).map((f) => f.replace('.truth.json', '')).sort();

function spans(raw: string, origin: 'ocr' | 'text') {
  let at = 0;
  return raw.split('\f').map((p) => {
    const s = { start: at, end: at + p.length, origin };
    at += p.length + 1;
    return s;
  });
}

describe('cleanup invariants over the corpus', () => {
  it('finds the corpus', () => expect(ids.length).toBeGreaterThan(10));
  const memory = new WordMemory();
  for (const id of ids) {
    for (const variant of ['ocr', 'noaccent'] as const) {
      const file = path.join(corpus, `${id}.${variant}.txt`);
      if (!fs.existsSync(file)) continue;
      it(`${id}.${variant}`, () => {
        const raw = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
        const truth = JSON.parse(fs.readFileSync(path.join(corpus, `${id}.truth.json`), 'utf8'));
        const edits = cleanup({ raw, lang: truth.language as Lang, words: [], pageSpans: spans(raw, variant === 'ocr' ? 'ocr' : 'text'), memory });
        let last = -1;
        for (const e of edits) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(raw.length);
          expect(e.start).toBeGreaterThanOrEqual(last);
          expect(e.confidence).toBeGreaterThan(0);
          expect(e.confidence).toBeLessThanOrEqual(1);
          expect(raw.slice(e.start, e.end)).not.toBe(e.text);
          last = e.end;
        }
        const applied = applyEdits(raw, edits);
        expect(applied.edits.length).toBe(edits.length);
        // Rebuilding by hand from the quoted originals gives the same text.
        let rebuilt = '';
        let pos = 0;
        for (const e of edits) { rebuilt += raw.slice(pos, e.start) + e.text; pos = e.end; }
        expect(rebuilt + raw.slice(pos)).toBe(applied.text);
      });
    }
  }
});

describe('correct text is left (almost) untouched', () => {
  for (const id of ids) {
    it(`${id} truth text`, () => {
      const truth = JSON.parse(fs.readFileSync(path.join(corpus, `${id}.truth.json`), 'utf8'));
      const raw: string = truth.text;
      const edits = cleanup({ raw, lang: truth.language as Lang, words: [], pageSpans: [{ start: 0, end: raw.length, origin: 'text' }] });
      const wordEdits = edits.filter((e) => e.kind === 'accent' || e.kind === 'ocr');
      const words = raw.split(/\s+/).length;
      // Damage budget: at most 0.5% of the words of a correct text may be touched.
      expect(wordEdits.length / words, JSON.stringify(wordEdits.map((e) => [raw.slice(e.start, e.end), e.text]))).toBeLessThanOrEqual(0.005);
    });
  }
});
