import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addDocument, emptyCounts, formatWordList, parseWordList } from '../src/learn/word-list.js';
import { acta } from './helpers.js';

// Three short minutes of one (invented) neighbourhood board: two write a surname in full, the third lost its ñ.
const docs = {
  'a.txt': 'ACTA N 1\nAsistentes: Rosa Quintrileo Ñancupil, Tesorera; Jorge Aravena.\nLa Tesorera informó el saldo del mes.\n',
  'b.txt': 'ACTA N 2\nAsistentes: Rosa Quintrileo Ñancupil; Jorge Aravena.\nSe aprobó el saldo final.\n',
  'c.txt': 'ACTA N 3\nAsistentes: Rosa Quintrileo Nancupil; Jorge Aravena.\nSe aprobó el acta.\n',
};

describe('word lists', () => {
  it('keeps accented or capitalised forms written in enough documents, sorted, and reads them back', () => {
    const acc = emptyCounts();
    addDocument(acc, docs['a.txt']);
    addDocument(acc, docs['b.txt']);
    const list = formatWordList(acc, 2);
    const rows = list.trim().split('\n').slice(1);
    expect(rows).toContain('ñancupil\t2\t2');
    expect(rows).toContain('quintrileo\t2\t2');
    expect(rows.some((r) => r.startsWith('informó'))).toBe(false); // in one document only
    expect(rows.some((r) => r.startsWith('saldo\t'))).toBe(false); // plain lower-case words are no evidence, even shared ones
    expect([...rows].sort()).toEqual(rows);
    const memory = parseWordList(list);
    expect(memory.count('Ñancupil')).toBe(2);
    expect(() => parseWordList('ñancupil\tx\ty\n')).toThrow(expect.objectContaining({ code: 'words-invalid' }));
  });
});

describe('acta learn and parse --words', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'acta-learn-'));
    for (const [name, text] of Object.entries(docs)) writeFileSync(path.join(dir, name), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("restores a collection's own name that no dictionary has, and the words file is part of the fingerprint", () => {
    const words = path.join(dir, 'words.tsv');
    const learn = acta(['learn', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '-o', words, '--quiet']);
    expect(learn.status).toBe(0);
    expect(readFileSync(words, 'utf8')).toContain('ñancupil\t2\t2');
    const plain = JSON.parse(acta(['parse', path.join(dir, 'c.txt')]).stdout);
    const withWords = JSON.parse(acta(['parse', path.join(dir, 'c.txt'), '--words', words]).stdout);
    expect(plain.text).toContain('Quintrileo Nancupil');
    expect(withWords.text).toContain('Quintrileo Ñancupil');
    expect(withWords.corrections).toContainEqual(expect.objectContaining({ original: 'Nancupil', corrected: 'Ñancupil' }));
    expect(withWords.acta.options).not.toBe(plain.acta.options);
  });

  it('gives the same bytes whatever --jobs, and refuses an unreadable or malformed list with exit 2', () => {
    const words = path.join(dir, 'words2.tsv');
    expect(acta(['learn', dir, '-o', words, '--quiet']).status).toBe(0);
    const one = acta(['parse', dir, '--ndjson', '--words', words, '--jobs', '1', '--quiet']);
    const two = acta(['parse', dir, '--ndjson', '--words', words, '--jobs', '2', '--quiet']);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(acta(['parse', path.join(dir, 'c.txt'), '--words', path.join(dir, 'missing.tsv')]).status).toBe(2);
    writeFileSync(path.join(dir, 'bad.tsv'), 'word\tnot-a-number\tx\n');
    const bad = acta(['parse', path.join(dir, 'c.txt'), '--words', path.join(dir, 'bad.tsv')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.tsv: .*\[words-invalid\]/);
  });
});
