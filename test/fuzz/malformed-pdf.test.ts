// Damaged and hostile PDFs generated at test time (scripts/make-malformed-pdfs.mjs) go through the built CLI as one
// batch: each must end as a valid output or a clean error record, within its time budget, and the batch must finish.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acta } from '../helpers.js';
import { listFiles, tempDir } from '../batch/tmp.js';
import { malformedPdfs, validPdf } from '../../scripts/make-malformed-pdfs.mjs';
import { schemaErrors } from '../../src/emit/schema.js';

const CLEAN_CODES = new Set(['pdf-invalid', 'pdf-empty', 'pdf-encrypted']);

describe('malformed PDFs', () => {
  const cases = malformedPdfs({ seed: Number(process.env.ACTA_FUZZ_SEED) || 1, flips: 40 });

  it(`ends all ${cases.length} generated PDFs as an output or an error record`, () => {
    const dir = tempDir('mal');
    for (const c of cases) writeFileSync(path.join(dir, `${c.name}.pdf`), c.bytes);
    const out = tempDir('mal-out');
    const errors = path.join(tempDir('mal-err'), 'errors.ndjson');
    const t0 = Date.now();
    const r = acta(['parse', dir, '-o', out, '--errors', errors, '--error-files', '--jobs', '2', '--timeout', '30', '-q']);
    const seconds = (Date.now() - t0) / 1000;
    expect([0, 1]).toContain(r.status);
    const files = new Set(listFiles(out));
    const recs = new Map(readFileSync(errors, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((e) => [path.basename(e.input, '.pdf'), e]));
    let ok = 0;
    for (const c of cases) {
      const hasOut = files.has(`${c.name}.json`);
      expect(hasOut !== files.has(`${c.name}.error.json`), c.name).toBe(true);
      expect(hasOut !== recs.has(c.name), c.name).toBe(true);
      if (hasOut) {
        ok++;
        expect(schemaErrors(JSON.parse(readFileSync(path.join(out, `${c.name}.json`), 'utf8'))), c.name).toEqual([]);
      } else {
        expect(CLEAN_CODES.has(recs.get(c.name).code), `${c.name}: ${JSON.stringify(recs.get(c.name))}`).toBe(true);
      }
      if (c.expect === 'ok') expect(hasOut, c.name).toBe(true);
      if (c.expect === 'error') expect(hasOut, c.name).toBe(false);
    }
    expect(recs.get('encrypted').message).toMatch(/encrypted/);
    expect(recs.get('encrypted').hint).toMatch(/decrypt/);
    process.stderr.write(`malformed PDFs: ${cases.length} tried, ${ok} converted, ${cases.length - ok} error records, ${seconds.toFixed(1)} s\n`);
  }, 120_000);

  it('reads a 2,000-page PDF within a per-page budget', () => {
    const dir = tempDir('big');
    writeFileSync(path.join(dir, 'pages-2000.pdf'), validPdf({ pages: 2000 }));
    const out = tempDir('big-out');
    const t0 = Date.now();
    const r = acta(['parse', dir, '-o', out, '--timeout', '10', '--ocr', 'never']);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(path.join(out, 'pages-2000.json'), 'utf8'));
    expect(doc.source.pages).toBe(2000);
    process.stderr.write(`2,000-page PDF: ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }, 120_000);
});
