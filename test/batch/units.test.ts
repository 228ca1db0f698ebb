import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, upToDate } from '../../src/batch/fingerprint.js';
import { Ordered } from '../../src/batch/ordered.js';
import { parseManifest } from '../../src/batch/records.js';
import { inShard, parseShard, shardOf } from '../../src/batch/shard.js';
import { sweepStaleTemps } from '../../src/batch/sweep.js';
import { tempDir } from './tmp.js';

describe('shards', () => {
  it('parses K/N and refuses nonsense', () => {
    expect(parseShard('2/8')).toEqual({ k: 2, n: 8 });
    for (const bad of ['0/3', '4/3', '1/0', '1-3', 'a/b', '']) expect(() => parseShard(bad)).toThrow();
  });

  it('splits keys into disjoint parts that cover everything, about evenly', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `dir/acta-${i}.pdf`);
    const sizes = [1, 2, 3].map((k) => keys.filter((key) => inShard(key, { k, n: 3 })).length);
    expect(sizes.reduce((a, b) => a + b)).toBe(3000);
    for (const s of sizes) expect(Math.abs(s - 1000)).toBeLessThan(100);
    expect(shardOf('dir/acta-7.pdf', 3)).toBe(shardOf('dir/acta-7.pdf', 3));
  });
});

describe('Ordered', () => {
  it('emits in index order whatever the completion order, skipping nulls', () => {
    const out: string[] = [];
    const o = new Ordered<string>((s) => out.push(s));
    o.put(2, 'c'); o.put(0, 'a');
    expect(out).toEqual(['a']);
    o.put(1, null);
    expect(out).toEqual(['a', 'c']);
    expect(o.written).toBe(3);
  });
});

describe('fingerprint and resume check', () => {
  const fp = fingerprint('1.2.3', { lang: 'auto', ocr: 'auto' });
  it('depends on the options that change the output', () => {
    expect(fingerprint('1.2.3', { lang: 'es', ocr: 'auto' }).options).not.toBe(fp.options);
    expect(fingerprint('1.2.3', { lang: 'auto', ocr: 'auto', minConfidence: 0.5 }).options).not.toBe(fp.options);
    expect(fingerprint('1.2.3', { lang: 'auto', ocr: 'auto' })).toEqual(fp);
  });

  it('accepts only a complete output of the same bytes, version and options', async () => {
    const dir = tempDir('fp');
    const f = path.join(dir, 'x.json');
    writeFileSync(f, JSON.stringify({ source: { sha256: 'abc' }, acta: fp }));
    expect(await upToDate(f, 'abc', fp)).toBe(true);
    expect(await upToDate(f, 'abd', fp)).toBe(false);
    expect(await upToDate(f, 'abc', { ...fp, version: '1.2.4' })).toBe(false);
    writeFileSync(f, JSON.stringify({ source: { sha256: 'abc' }, acta: fp }).slice(0, 20));
    expect(await upToDate(f, 'abc', fp)).toBe(false);
    expect(await upToDate(path.join(dir, 'none.json'), 'abc', fp)).toBe(false);
  });
});

describe('manifest and temp files', () => {
  it('keeps the last line per input and skips a torn line', () => {
    const m = parseManifest('{"input":"a","status":"failed"}\n{"input":"a","status":"done"}\n{"input":"b","sta');
    expect([...m.keys()]).toEqual(['a']);
    expect(m.get('a')!.status).toBe('done');
  });

  it('removes temp files of dead writers only', async () => {
    const dir = tempDir('sweep');
    writeFileSync(path.join(dir, '.x.json.999999999.0123abcd.tmp'), '{');
    writeFileSync(path.join(dir, `.y.json.${process.pid}.0123abcd.tmp`), '{');
    writeFileSync(path.join(dir, 'z.json'), '{}');
    expect(await sweepStaleTemps(dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([`.y.json.${process.pid}.0123abcd.tmp`, 'z.json']);
  });
});

describe('error data and summary', async () => {
  const { toErrorData, formatErrorData } = await import('../../src/batch/error-data.js');
  const { formatSummary } = await import('../../src/batch/summary.js');
  const { ActaError, formatError } = await import('../../src/errors.js');

  it('keeps code, stage, hint and one line of message', () => {
    const e = new ActaError('pdf-encrypted', 'the PDF is\nencrypted', 'decrypt it', 'pdf');
    expect(toErrorData(e)).toEqual({ code: 'pdf-encrypted', stage: 'pdf', message: 'the PDF is encrypted', hint: 'decrypt it' });
    expect(formatErrorData('a.pdf', toErrorData(new ActaError('x', 'm', 'h', 'read')))).toBe(formatError('a.pdf', new ActaError('x', 'm', 'h', 'read')));
    expect(toErrorData(new TypeError('boom'))).toMatchObject({ code: 'internal', message: 'internal error: boom' });
  });

  it('summarises counts, pages and time', () => {
    expect(formatSummary({ done: 3, skipped: 2, failed: 1, pages: 9 }, 1234, { total: 6 })).toBe('acta: 3 done, 2 up to date, 1 failed; 9 pages; 1.2 s');
    expect(formatSummary({ done: 1, skipped: 0, failed: 0, pages: 1 }, 0, { total: 1, shard: { k: 2, n: 4 }, stopped: 'interrupt' }))
      .toBe('acta: 1 done, 0 up to date, 0 failed; 1 pages; 0.0 s (shard 2/4: 1 inputs); interrupted, rerun with --resume to go on');
  });
});

describe('manifest vouching', async () => {
  const { manifestRecord, vouches } = await import('../../src/batch/records.js');
  it('trusts a done line only while the output is the very file written', () => {
    const fp = fingerprint('1', { lang: 'auto', ocr: 'auto' });
    const dir = tempDir('vouch');
    const out = path.join(dir, 'x.json');
    writeFileSync(out, '{"a":1}\n');
    const rec = manifestRecord('in/x.txt', { sha256: 'abc', output: out, status: 'done', pages: 1, ms: 5 }, fp);
    expect(rec).toMatchObject({ input: 'in/x.txt', bytes: 8, pages: 1, ms: 5, version: '1' });
    expect(vouches(rec, 'abc', out, fp)).toBe(true);
    expect(vouches(rec, 'abd', out, fp)).toBe(false);
    expect(vouches(rec, 'abc', out, fingerprint('2', { lang: 'auto', ocr: 'auto' }))).toBe(false);
    expect(vouches({ ...rec, status: 'failed' }, 'abc', out, fp)).toBe(false);
    writeFileSync(out, '{"a":2}\n');
    expect(vouches(rec, 'abc', out, fp)).toBe(false); // same size, new mtime
  });
});
