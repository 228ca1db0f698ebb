import { describe, expect, it } from 'vitest';
import { outputPath, safeStem, uniqueNames } from '../../src/batch/names.js';
import type { InputRef } from '../../src/batch/inputs.js';

const ref = (p: string, outStem: string, ext: string): InputRef => ({ path: p, outStem, ext, key: outStem + ext });

describe('uniqueNames', () => {
  it('keeps names that do not clash', () => {
    const n = uniqueNames([ref('a/x.txt', 'x', '.txt'), ref('a/y.pdf', 'y', '.pdf')]);
    expect(n.map((i) => i.name)).toEqual(['x', 'y']);
    expect(n.every((i) => !i.renamed)).toBe(true);
  });

  it('gives every member of a clash its extension, whatever the order', () => {
    const a = uniqueNames([ref('d/001.source.pdf', '001.source', '.pdf'), ref('d/001.source.txt', '001.source', '.txt')]);
    const b = uniqueNames([ref('d/001.source.txt', '001.source', '.txt'), ref('d/001.source.pdf', '001.source', '.pdf')]);
    expect(a.map((i) => i.name)).toEqual(['001.source.pdf', '001.source.txt']);
    expect(b.map((i) => i.name)).toEqual(['001.source.txt', '001.source.pdf']);
  });

  it('adds a hash of the path when the same file name comes from two folders', () => {
    const n = uniqueNames([ref('one/acta.txt', 'acta', '.txt'), ref('two/acta.txt', 'acta', '.txt')]);
    expect(n[0].name).toMatch(/^acta\.txt~[0-9a-f]{8}$/);
    expect(n[1].name).toMatch(/^acta\.txt~[0-9a-f]{8}$/);
    expect(n[0].name).not.toBe(n[1].name);
  });

  it('treats names differing only in case as a clash, and x.error as clashing with x', () => {
    expect(uniqueNames([ref('A.txt', 'A', '.txt'), ref('a.pdf', 'a', '.pdf')]).map((i) => i.name)).toEqual(['A.txt', 'a.pdf']);
    expect(uniqueNames([ref('x.txt', 'x', '.txt'), ref('x.error.txt', 'x.error', '.txt')]).map((i) => i.name)).toEqual(['x.txt', 'x.error.txt']);
  });

  it('separates the same path given twice', () => {
    const n = uniqueNames([ref('x.txt', 'x', '.txt'), ref('x.txt', 'x', '.txt')]).map((i) => i.name);
    expect(new Set(n).size).toBe(2);
  });
});

describe('safe output paths', () => {
  it('replaces control characters and dot-dot segments', () => {
    expect(safeStem('a\nb')).toBe('a_b');
    expect(safeStem('../../etc/passwd')).toBe('_/_/etc/passwd');
    expect(safeStem('sub/acta 1 ñ')).toBe('sub/acta 1 ñ');
  });

  it('refuses a name that resolves outside the output directory', () => {
    expect(outputPath('/tmp/out', 'sub/x', '.json')).toBe('/tmp/out/sub/x.json');
    expect(() => outputPath('/tmp/out', '../x', '.json')).toThrow(/outside --out-dir/);
  });
});
