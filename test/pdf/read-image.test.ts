import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readImage } from '../../src/input/image.js';
import type { PagedReadOptions } from '../../src/input/paged.js';
import { createOcrPool } from '../../src/ocr/pool.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'scan', name));
const pool = createOcrPool({ jobs: 2 });
afterAll(() => pool.close());
const opts = (o: Partial<PagedReadOptions> = {}): PagedReadOptions => ({ ocr: 'auto', lang: 'auto', pool, ...o });

describe('readImage', () => {
  it('OCRs a PNG page, detecting Spanish on its own', async () => {
    const pages = await readImage(fixture('page.png'), 'image/png', opts());
    expect(pages).toHaveLength(1);
    expect(pages[0].origin).toBe('ocr');
    expect(pages[0].text).toContain('En el salón comunal, a las diecinueve horas del día doce de marzo,');
    expect(pages[0].text).toContain('2. Estado de cuentas de la comunidad.');
  });

  it('OCRs every page of a multi-page bilevel TIFF, in order', async () => {
    const seen: number[] = [];
    const pages = await readImage(fixture('pages.tiff'), 'image/tiff', opts({ lang: 'es', onPage: (d) => seen.push(d) }));
    expect(pages).toHaveLength(2);
    expect(pages[0].text).toMatch(/^ACTA DE LA SESIÓN ORDINARIA/);
    expect(pages[1].text).toMatch(/^Desarrollo de la sesión/);
    expect(pages[1].text).toContain('se levanta la sesión a las veinte horas.');
    expect(seen).toEqual([1, 2]);
  });

  it('rejects undecodable images and --ocr never with stable codes', async () => {
    await expect(readImage(Buffer.from('\x89PNG\r\n\x1a\nbroken'), 'image/png', opts())).rejects.toMatchObject({ code: 'image-invalid' });
    await expect(readImage(Buffer.from('II*\0garbage'), 'image/tiff', opts())).rejects.toMatchObject({ code: 'image-invalid' });
    await expect(readImage(fixture('page.png'), 'image/png', opts({ ocr: 'never' }))).rejects.toMatchObject({ code: 'ocr-disabled' });
  });
});

describe('image headers', () => {
  it('refuses a PNG that declares a gigapixel canvas before decoding it', async () => {
    const png = Buffer.from(fixture('page.png'));
    png.writeUInt32BE(40_000, 16); // IHDR width
    png.writeUInt32BE(40_000, 20); // IHDR height
    await expect(readImage(png, 'image/png', opts())).rejects.toMatchObject({ code: 'image-too-large' });
  });
});
