// The batch as a user runs it (built CLI, `npm run build` first): outputs, determinism across --jobs, resume,
// shards, manifest, errors as data, bad inputs, names, and no network.
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { acta, fixture } from '../helpers.js';
import { listFiles, snapshot, tempDir, variant } from './tmp.js';
import { encryptedPdf, validPdf, buildPdf } from '../../scripts/make-malformed-pdfs.mjs';
import { schemaErrors } from '../../src/emit/schema.js';

const fixtures = ['acta-comite-sin-acentos.txt', 'acta-junta-vecinal-ocr.txt', 'library-board-minutes.txt'].map((f) => readFileSync(fixture(f), 'utf8'));
let inDir: string;

beforeAll(() => {
  inDir = tempDir('in');
  for (let i = 0; i < 12; i++) {
    const sub = path.join(inDir, i % 2 ? 'b' : 'a');
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `doc-${i}.txt`), variant(fixtures[i % 3], i));
  }
  writeFileSync(path.join(inDir, 'a', 'minutes.pdf'), validPdf());
});

const json = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8'));

describe('acta parse over a folder', () => {
  it('writes one valid document per input, the same bytes whatever --jobs', () => {
    const one = tempDir('j1');
    const three = tempDir('j3');
    const r1 = acta(['parse', inDir, '-o', one, '--jobs', '1']);
    const r3 = acta(['parse', inDir, '-o', three, '--jobs', '3']);
    expect(r1.status, r1.stderr).toBe(0);
    expect(r3.status, r3.stderr).toBe(0);
    expect(listFiles(one)).toHaveLength(13);
    expect(snapshot(three)).toEqual(snapshot(one));
    const doc = json(path.join(one, 'a', 'doc-0.json'));
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.acta).toMatchObject({ version: expect.any(String), options: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(r3.stderr).toMatch(/acta: 13 done, 0 up to date, 0 failed; \d+ pages; [\d.]+ s/);
  });

  it('--resume skips what is up to date and redoes what changed', () => {
    const out = tempDir('resume');
    expect(acta(['parse', inDir, '-o', out, '-q']).status).toBe(0);
    const before = statSync(path.join(out, 'a', 'doc-0.json')).mtimeMs;
    const again = acta(['parse', inDir, '-o', out, '--resume']);
    expect(again.stderr).toMatch(/0 done, 13 up to date, 0 failed/);
    expect(statSync(path.join(out, 'a', 'doc-0.json')).mtimeMs).toBe(before);
    const changedIn = tempDir('changed');
    writeFileSync(path.join(changedIn, 'x.txt'), fixtures[0]);
    const out2 = tempDir('resume2');
    acta(['parse', changedIn, '-o', out2, '-q']);
    writeFileSync(path.join(changedIn, 'x.txt'), variant(fixtures[0], 99));
    writeFileSync(path.join(changedIn, 'y.txt'), fixtures[2]);
    expect(acta(['parse', changedIn, '-o', out2, '--resume']).stderr).toMatch(/2 done, 0 up to date/);
    expect(acta(['parse', changedIn, '-o', out2, '--resume']).stderr).toMatch(/0 done, 2 up to date/);
    expect(acta(['parse', changedIn, '-o', out2, '--resume', '--lang', 'es']).stderr).toMatch(/2 done, 0 up to date/);
    expect(acta(['parse', changedIn, '-o', out2, '--resume', '--lang', 'es', '--force']).stderr).toMatch(/2 done, 0 up to date/);
  });

  it('--resume trusts the manifest of an earlier run, but not an output changed since', () => {
    const out = tempDir('man-out');
    const manifest = path.join(tempDir('man'), 'm.ndjson');
    expect(acta(['parse', inDir, '-o', out, '-q', '--manifest', manifest]).status).toBe(0);
    writeFileSync(path.join(out, 'a', 'doc-2.json'), '{}\n');
    const r = acta(['parse', inDir, '-o', out, '--resume', '--manifest', manifest]);
    expect(r.stderr).toMatch(/1 done, 12 up to date, 0 failed/);
    const lines = readFileSync(manifest, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(26);
    expect(lines[0]).toMatchObject({ status: 'done', pages: expect.any(Number), ms: expect.any(Number), bytes: expect.any(Number) });
    expect(lines.slice(13).filter((l) => l.status === 'done').map((l) => path.basename(l.input))).toEqual(['doc-2.txt']);
    expect(json(path.join(out, 'a', 'doc-2.json')).acta).toBeDefined();
  });

  it('--shard K/N splits the inputs into disjoint parts that cover them all', () => {
    const outs = [1, 2, 3].map((k) => {
      const out = tempDir(`shard${k}`);
      expect(acta(['parse', inDir, '-o', out, '-q', '--shard', `${k}/3`]).status).toBe(0);
      return listFiles(out);
    });
    const all = outs.flat();
    expect(new Set(all).size).toBe(all.length);
    const whole = tempDir('whole');
    expect(acta(['parse', inDir, '-o', whole, '-q']).status).toBe(0);
    expect([...all].sort()).toEqual(listFiles(whole).sort());
    expect(all).toHaveLength(13);
    expect(acta(['parse', inDir, '--shard', '4/3']).status).toBe(2);
  });

  it('keeps stdout NDJSON in input order with several jobs', () => {
    const r = acta(['parse', inDir, '--jobs', '3', '-q']);
    expect(r.status, r.stderr).toBe(0);
    const paths = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: { path: string } }).source.path);
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : 1)));
    expect(paths).toHaveLength(13);
  });
});

describe('bad inputs become error records; nothing else is lost', () => {
  it('records each failure in --errors, .error.json and the manifest, in input order, and goes on', () => {
    const dir = tempDir('bad');
    const put = (name: string, data: string | Uint8Array): void => { mkdirSync(path.dirname(path.join(dir, name)), { recursive: true }); writeFileSync(path.join(dir, name), data); };
    put('01-empty.txt', '');
    put('02-binary.txt', new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    put('03-encrypted.pdf', encryptedPdf());
    put('04-zero-pages.pdf', buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']));
    put('05-truncated.pdf', validPdf().subarray(0, 300));
    put('06 name with spaces ñ €.txt', fixtures[0]);
    put('07-new\nline.txt', fixtures[1]);
    put('08-not-minutes.txt', 'Receta de tortilla: patatas, huevos, aceite y sal. Batir y freír a fuego lento.\n');
    put('09-huge.png', hugePng());
    put('one/same.txt', fixtures[0]);
    put('two/same.txt', fixtures[2]);
    put('10-readonly.txt', fixtures[2]);
    put('11-latin1.txt', Buffer.from('ACTA DE LA SESIÓN\nSe aprobó el presupuesto por unanimidad.\n', 'latin1'));
    chmodSync(path.join(dir, '10-readonly.txt'), 0o444);
    const out = tempDir('bad-out');
    const errors = path.join(tempDir('err'), 'errors.ndjson');
    const manifest = path.join(tempDir('man'), 'manifest.ndjson');
    const r = acta(['parse', dir, '-o', out, '--errors', errors, '--error-files', '--manifest', manifest, '--jobs', '2']);
    expect(r.status, r.stderr).toBe(1);
    const recs = readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((e) => [path.basename(e.input), e.code])).toEqual([
      ['01-empty.txt', 'empty-input'], ['02-binary.txt', 'binary-input'], ['03-encrypted.pdf', 'pdf-encrypted'],
      ['04-zero-pages.pdf', 'pdf-empty'], ['05-truncated.pdf', 'pdf-invalid'], ['09-huge.png', expect.stringMatching(/^image-/)],
    ]);
    expect(recs[2].hint).toMatch(/decrypt/);
    for (const e of recs) expect(Object.keys(e).slice(0, 4)).toEqual(['input', 'stage', 'code', 'message']);
    expect(json(path.join(out, '03-encrypted.error.json'))).toMatchObject({ code: 'pdf-encrypted', stage: 'pdf' });
    expect(listFiles(out)).toEqual([
      '01-empty.error.json', '02-binary.error.json', '03-encrypted.error.json', '04-zero-pages.error.json', '05-truncated.error.json',
      '06 name with spaces ñ €.json', '07-new_line.json', '08-not-minutes.json', '09-huge.error.json', '10-readonly.json', '11-latin1.json',
      'one/same.json', 'two/same.json',
    ]);
    const notMinutes = json(path.join(out, '08-not-minutes.json'));
    expect(schemaErrors(notMinutes)).toEqual([]);
    expect((notMinutes.warnings as string[]).length).toBeGreaterThan(0);
    const lines = readFileSync(manifest, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(13);
    expect(json(path.join(out, '11-latin1.json')).text).toContain('SESIÓN');
    expect(lines.filter((l) => l.status === 'failed')).toHaveLength(6);
    expect(lines[5]).toMatchObject({ status: 'done', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), output: path.join(out, '06 name with spaces ñ €.json') });
  });

  it('makes clashing names unique and says so', () => {
    const a = tempDir('clash-a');
    const b = tempDir('clash-b');
    writeFileSync(path.join(a, 'acta.txt'), fixtures[0]);
    writeFileSync(path.join(b, 'acta.txt'), fixtures[1]);
    writeFileSync(path.join(a, 'acta.pdf'), validPdf());
    const out = tempDir('clash-out');
    const r = acta(['parse', path.join(a, 'acta.txt'), path.join(b, 'acta.txt'), path.join(a, 'acta.pdf'), '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    const files = listFiles(out);
    expect(files).toHaveLength(3);
    expect(files).toContain('acta.pdf.json');
    expect(files.filter((f) => /^acta\.txt~[0-9a-f]{8}\.json$/.test(f))).toHaveLength(2);
    expect(r.stderr.match(/\[name-collision\]/g)).toHaveLength(3);
  });

  it('refuses an output folder it cannot write, with exit 2', () => {
    const file = path.join(tempDir('notdir'), 'file');
    writeFileSync(file, 'x');
    const r = acta(['parse', fixture('library-board-minutes.txt'), '-o', path.join(file, 'sub')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write to the output directory.*\[out-dir-unwritable\]/);
    const e = acta(['parse', fixture('library-board-minutes.txt'), '--errors', path.join(file, 'errors.ndjson')]);
    expect(e.status).toBe(2);
    expect(e.stderr).toMatch(/cannot open .*errors\.ndjson.*\[write-failed\]/);
  });

  it('stops at the first failure with --fail-fast', () => {
    const dir = tempDir('ff');
    writeFileSync(path.join(dir, 'a.txt'), '');
    for (let i = 0; i < 6; i++) writeFileSync(path.join(dir, `b${i}.txt`), variant(fixtures[0], i));
    const out = tempDir('ff-out');
    const r = acta(['parse', dir, '-o', out, '--fail-fast', '--jobs', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--fail-fast/);
    expect(listFiles(out).filter((f) => f.endsWith('.json') && !f.endsWith('.error.json')).length).toBeLessThan(6);
  });
});

describe('isolation', () => {
  // The timeout path itself (a hung child is killed, the batch goes on) is exercised with a fault-injecting child in
  // children.test.ts; here a once-pathological input (one 20,000-letter word, quadratic in cleanup until it was
  // fixed) must now convert well inside a short --timeout, beside a normal document.
  it('converts a pathological input within a short --timeout, beside a normal one', () => {
    const dir = tempDir('slow');
    writeFileSync(path.join(dir, 'a-slow.txt'), 'á'.repeat(20000));
    writeFileSync(path.join(dir, 'b-fine.txt'), fixtures[2]);
    const out = tempDir('slow-out');
    const errors = path.join(tempDir('slow-err'), 'errors.ndjson');
    const t0 = Date.now();
    const r = acta(['parse', dir, '-o', out, '--timeout', '3', '--jobs', '1', '--errors', errors]);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(r.status).toBe(0);
    expect(listFiles(out)).toEqual(['a-slow.json', 'b-fine.json']);
    expect(readFileSync(errors, 'utf8')).toBe('');
  }, 30_000);
});

describe('security', () => {
  it('runs a batch of text and PDF with every network call made to throw', () => {
    const preload = fileURLToPath(new URL('./no-network.mjs', import.meta.url));
    const out = tempDir('nonet');
    const tmp = tempDir('tmpdir');
    const env = { ...process.env, TMPDIR: tmp, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${preload}` };
    const r = acta(['parse', inDir, '-o', out, '--jobs', '2'], { env });
    expect(r.status, r.stderr).toBe(0);
    expect(listFiles(tmp)).toEqual([]); // no temporary files anywhere
    expect(listFiles(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(listFiles(out)).toHaveLength(13);
    expect(r.stderr).not.toMatch(/network access attempted/);
  });
});

/** A PNG whose header claims 20000x20000 pixels (the data is a token: the size alone must be refused). */
function hugePng(): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(20000, 0); ihdr.writeUInt32BE(20000, 4); ihdr[8] = 8; ihdr[9] = 0;
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([len, Buffer.from(type), data, crc]);
  };
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(b: Buffer): number {
  let c = ~0;
  for (const x of b) { c ^= x; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
  return ~c >>> 0;
}
