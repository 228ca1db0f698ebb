// The data tables cleanup reads: the lexicon files are sorted and keyed right, every confusion pair is sane.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/cleanup/fold.js';
import { lexiconPath, loadLexicon } from '../../src/cleanup/lexicon.js';
import { mayHave, unpackLexicon } from '../../src/cleanup/lexicon-file.js';
import { loadConfusions } from '../../src/cleanup/confusions.js';
import { dataDir } from '../../src/paths.js';

describe('lexicon files', () => {
  for (const lang of ['es', 'en'] as const) {
    it(`${lang}: sorted by key bytes, each key the fold of its forms`, () => {
      const { text, starts, filter } = unpackLexicon(fs.readFileSync(lexiconPath(lang)));
      const lines = Buffer.from(text).toString('utf8').split('\n').filter(Boolean);
      expect(starts.length - 1).toBe(lines.length);
      // Every offset points at a line start.
      for (let i = 1; i < starts.length; i += 997) expect(text[starts[i] - 1]).toBe(10);
      expect(lines.length).toBeGreaterThan(lang === 'es' ? 500_000 : 100_000);
      // Checked in a loop and reported at the end: half a million expect() calls take half a minute.
      const bad: string[] = [];
      let prev = Buffer.alloc(0);
      for (const line of lines) {
        const [key, forms] = line.split('\t');
        const k = Buffer.from(key, 'utf8');
        if (Buffer.compare(prev, k) !== -1) bad.push(`order: ${line}`);
        prev = k;
        for (const f of forms ? forms.split(',') : [key]) if (foldKey(f) !== key) bad.push(`key: ${line}`);
        if (!mayHave(filter, key)) bad.push(`filter: ${line}`);
      }
      expect(bad.slice(0, 10)).toEqual([]);
    });
  }
  it('the key filter turns most unknown keys away', () => {
    const { filter } = unpackLexicon(fs.readFileSync(lexiconPath('es')));
    const es = loadLexicon('es');
    let passed = 0;
    let unknown = 0;
    for (let i = 0; i < 20_000; i++) {
      const key = `zq${i.toString(36)}x`;
      if (es.forms(key)) continue;
      unknown++;
      if (mayHave(filter, key)) passed++;
    }
    expect(unknown).toBe(20_000);
    expect(passed / unknown).toBeLessThan(0.01);
  });
  it('finds inflected and accented forms', () => {
    const es = loadLexicon('es');
    expect(es.forms('publica')).toEqual(['publica', 'pública']);
    expect(es.has('RESOLUCIÓN')).toBe(true);
    expect(es.has('RESOLUCION')).toBe(false);
    expect(es.has('acompañamiento')).toBe(true);
    expect(es.has('Sepúlveda')).toBe(true); // from es-extra.txt
    expect(es.has('Huenchullán')).toBe(false); // a rarer surname: learnt from the document, not listed
    expect(loadLexicon('en').has('meetings')).toBe(true);
  });
  it('loads fast', () => {
    const t = performance.now();
    unpackLexicon(fs.readFileSync(lexiconPath('es')));
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
  it('function words are short lower-case words; clitics are short pronouns', () => {
    const fw = JSON.parse(fs.readFileSync(path.join(dataDir, 'cleanup', 'function-words.json'), 'utf8'));
    for (const lang of ['es', 'en']) for (const w of fw[lang]) expect(w, lang).toMatch(/^\p{Ll}{1,4}$/u);
    for (const w of fw.clitics.es) expect(w).toMatch(/^\p{Ll}{2,3}$/u);
  });
  it('the accent context lists are lower-case words', () => {
    const ctx = JSON.parse(fs.readFileSync(path.join(dataDir, 'cleanup', 'accent-context-es.json'), 'utf8'));
    for (const [k, list] of Object.entries(ctx)) if (Array.isArray(list)) for (const w of list) expect(w, k).toBe(String(w).toLowerCase());
  });
});
