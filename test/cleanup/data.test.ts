// The data tables cleanup reads: the lexicon files are sorted and keyed right, every confusion pair is sane.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/cleanup/fold.js';
import { lexiconPath, loadLexicon } from '../../src/cleanup/lexicon.js';
import { loadConfusions } from '../../src/cleanup/confusions.js';
import { dataDir } from '../../src/paths.js';

describe('lexicon files', () => {
  for (const lang of ['es', 'en'] as const) {
    it(`${lang}: sorted by key bytes, each key the fold of its forms`, () => {
      const lines = zlib.gunzipSync(fs.readFileSync(lexiconPath(lang))).toString('utf8').split('\n').filter(Boolean);
      expect(lines.length).toBeGreaterThan(lang === 'es' ? 500_000 : 100_000);
      let prev = Buffer.alloc(0);
      for (const line of lines) {
        const [key, forms] = line.split('\t');
        const k = Buffer.from(key, 'utf8');
        expect(Buffer.compare(prev, k)).toBe(-1);
        prev = k;
        for (const f of forms ? forms.split(',') : [key]) expect(foldKey(f)).toBe(key);
      }
    });
  }
  it('finds inflected and accented forms', () => {
    const es = loadLexicon('es');
    expect(es.forms('publica')).toEqual(['publica', 'pública']);
    expect(es.has('RESOLUCIÓN')).toBe(true);
    expect(es.has('RESOLUCION')).toBe(false);
    expect(es.has('acompañamiento')).toBe(true);
    expect(es.has('Huenchullán')).toBe(true); // from es-extra.txt
    expect(loadLexicon('en').has('meetings')).toBe(true);
  });
  it('loads fast', () => {
    const t = performance.now();
    zlib.gunzipSync(fs.readFileSync(lexiconPath('es')));
    expect(performance.now() - t).toBeLessThan(150);
  });
});

describe('confusion table', () => {
  it('every pair rewrites something, at a cost in (0, 1]', () => {
    const pairs = loadConfusions();
    expect(pairs.length).toBeGreaterThan(50);
    for (const p of pairs) {
      expect(p.ocr).not.toBe(p.truth);
      expect(p.cost).toBeGreaterThan(0);
      expect(p.cost).toBeLessThanOrEqual(1);
    }
  });
  it('the accent context lists are lower-case words', () => {
    const ctx = JSON.parse(fs.readFileSync(path.join(dataDir, 'cleanup', 'accent-context-es.json'), 'utf8'));
    for (const [k, list] of Object.entries(ctx)) if (Array.isArray(list)) for (const w of list) expect(w, k).toBe(String(w).toLowerCase());
  });
});
