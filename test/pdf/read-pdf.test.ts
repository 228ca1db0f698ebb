// Reads the generated fixtures in fixtures/scan (see scripts/make-scan-fixture.ts). One shared OCR pool keeps the
// number of worker starts small; expected words were checked by reading the fixture images.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ActaError } from '../../src/errors.js';
import { readPdf } from '../../src/input/pdf.js';
import type { PageText, PagedReadOptions } from '../../src/input/paged.js';
import { createOcrPool } from '../../src/ocr/pool.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'scan', name));
const pool = createOcrPool({ jobs: 2 });
afterAll(() => pool.close());
const opts = (o: Partial<PagedReadOptions> = {}): PagedReadOptions => ({ ocr: 'auto', lang: 'auto', pool, ...o });

function expectWordsMatchText(page: PageText) {
  for (const w of page.words) {
    const s = page.text.slice(w.start, w.end);
    expect(s.length).toBeGreaterThan(0);
    expect(s).not.toMatch(/\s/);
    expect(w.confidence).toBeGreaterThanOrEqual(0);
    expect(w.confidence).toBeLessThanOrEqual(100);
  }
}

describe('readPdf', () => {
  it('uses the text layer of a digital page and OCRs the scanned page of a mixed PDF', async () => {
    const done: string[] = [];
    const pages = await readPdf(fixture('mixed.pdf'), opts({ onPage: (d, t) => done.push(`${d}/${t}`) }));
    expect(pages.map((p) => p.origin)).toEqual(['pdf-text', 'ocr']);
    expect(pages[0].words).toEqual([]);
    expect(pages[0].text.split('\n').slice(0, 3)).toEqual([
      'ACTA DE LA SESIÓN ORDINARIA DE LA JUNTA VECINAL',
      'En el salón comunal, a las diecinueve horas del día doce de marzo,',
      'se reúnen los miembros de la Junta Vecinal del barrio Las Acacias.',
    ]);
    expect(pages[0].text).toContain('\n\nAsistentes: Marta Quiroga Ibáñez (presidenta), Julián Ferrer Soto\n');
    expect(pages[1].text).toContain('aprueba por unanimidad. La tesorera informa de un saldo favorable.');
    expect(pages[1].text).toContain('Sin más asuntos que tratar, se levanta la sesión a las veinte horas.');
    expect(pages[1].words.length).toBeGreaterThan(40);
    expectWordsMatchText(pages[1]);
    expect(done).toEqual(['1/2', '2/2']);
  });

  it('OCRs a scanned PDF, keeping page boundaries and per-word boxes', async () => {
    const pages = await readPdf(fixture('scan.pdf'), opts({ lang: 'es' }));
    expect(pages.map((p) => p.origin)).toEqual(['ocr', 'ocr']);
    expect(pages[0].text).toContain('ACTA DE LA SESIÓN ORDINARIA DE LA JUNTA VECINAL');
    expect(pages[0].text).toContain('Asistentes: Marta Quiroga Ibáñez (presidenta)');
    expect(pages[0].text).toContain('3. Reparación del alumbrado de la plaza.');
    expect(pages[1].text).toContain('Se acuerda solicitar tres presupuestos para el alumbrado.');
    expect(pages.some((p) => p.text.includes('\f'))).toBe(false);
    const acta = pages[0].words.find((w) => pages[0].text.slice(w.start, w.end) === 'ACTA')!;
    expect(acta.confidence).toBeGreaterThan(80);
    // 200 dpi A5 page is 1167 x 1653 px; the title sits near the top-left margin.
    expect(acta.bbox!.x0).toBeGreaterThan(60);
    expect(acta.bbox!.y0).toBeLessThan(250);
    expectWordsMatchText(pages[0]);
  });

  it('OCRs a scan whose invisible text layer is junk instead of trusting it', async () => {
    const auto = await readPdf(fixture('junk-layer.pdf'), opts({ lang: 'es' }));
    expect(auto[0].origin).toBe('ocr');
    expect(auto[0].text).toContain('se reúnen los miembros de la Junta Vecinal');
    const never = await readPdf(fixture('junk-layer.pdf'), opts({ ocr: 'never' }));
    expect(never[0].origin).toBe('pdf-text');
    expect(never[0].text.startsWith('^C+A ^E 1A^$E$')).toBe(true);
  });

  it('--ocr never returns an empty page for a scan, --ocr always OCRs digital pages', async () => {
    const never = await readPdf(fixture('scan.pdf'), opts({ ocr: 'never' }));
    expect(never).toEqual([{ text: '', origin: 'pdf-text', words: [] }, { text: '', origin: 'pdf-text', words: [] }]);
    const always = await readPdf(fixture('mixed.pdf'), opts({ ocr: 'always', lang: 'es' }));
    expect(always.map((p) => p.origin)).toEqual(['ocr', 'ocr']);
    expect(always[0].text).toContain('Lectura y aprobación del acta anterior.');
  });

  it('reports an encrypted PDF with a decryption hint', async () => {
    const err = await readPdf(fixture('encrypted.pdf'), opts()).catch((e) => e);
    expect(err).toBeInstanceOf(ActaError);
    expect(err.code).toBe('pdf-encrypted');
    expect(err.message).toMatch(/encrypted/);
    expect(err.hint).toMatch(/qpdf .*--decrypt/);
  });

  it('reports garbage and truncated files as invalid PDFs', async () => {
    for (const bytes of [Buffer.from('%PDF-1.4\nthis is not a pdf at all\n'), fixture('scan.pdf').subarray(0, 2000)]) {
      const err = await readPdf(bytes, opts()).catch((e) => e);
      expect(err).toBeInstanceOf(ActaError);
      expect(err.code).toBe('pdf-invalid');
    }
  });

  it('stops when the signal is aborted', async () => {
    const ctl = new AbortController();
    ctl.abort(new Error('stop'));
    await expect(readPdf(fixture('scan.pdf'), opts({ signal: ctl.signal }))).rejects.toThrow('stop');
  });
});
