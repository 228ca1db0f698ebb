import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import { readImage } from '../../src/input/image.js';
import { deskew, estimateSkew, MIN_DEGREES, rotateGrayBy } from '../../src/ocr/deskew.js';
import type { GrayImage } from '../../src/ocr/image.js';
import { createOcrPool } from '../../src/ocr/pool.js';

/** A white page with `lines` rows of word-like dark bars, as a typed page looks from afar. */
function textPage(width = 1200, height = 1600, lines = 30): GrayImage {
  const pixels = new Uint8Array(width * height).fill(255);
  for (let l = 0; l < lines; l++) {
    const top = 100 + l * 45;
    for (let x = 100; x < width - 100; x++) {
      if (x % 90 > 70) continue; // the gap between two words
      for (let y = top; y < top + 18; y++) pixels[y * width + x] = 20;
    }
  }
  return { width, height, pixels, dpi: 200 };
}

/** Tilts a straight page so its lines run down to the right by `degrees`. */
const tilt = (img: GrayImage, degrees: number) => rotateGrayBy(img, -degrees);

describe('estimateSkew', () => {
  it('finds the tilt of text lines in either direction', () => {
    for (const degrees of [-7, -3, 2.5, 5, 10]) {
      const skew = estimateSkew(tilt(textPage(), degrees));
      expect(skew).not.toBeNull();
      expect(Math.abs(skew!.degrees - degrees)).toBeLessThanOrEqual(0.3);
      expect(skew!.gain).toBeGreaterThan(1.5);
    }
  });

  it('reads a straight page as straight', () => {
    const skew = estimateSkew(textPage());
    expect(Math.abs(skew!.degrees)).toBeLessThanOrEqual(0.1);
    expect(skew!.gain).toBe(1);
  });

  it('gives no answer for a page with almost no ink', () => {
    expect(estimateSkew(textPage(1200, 1600, 0))).toBeNull();
    expect(estimateSkew(textPage(300, 400, 1))).toBeNull(); // one short line: too few dark blocks
  });
});

describe('rotateGrayBy', () => {
  it('grows the canvas so nothing is cut off, filling new corners with paper white', () => {
    const page = textPage();
    const turned = rotateGrayBy(page, 10);
    expect(turned.width).toBeGreaterThan(page.width);
    expect(turned.height).toBeGreaterThan(page.height);
    expect(turned.pixels[0]).toBe(255);
    expect(turned.pixels[turned.pixels.length - 1]).toBe(255);
    // The ink survives the turn: about as many dark pixels as before (interpolation blurs edges a little).
    const dark = (img: GrayImage) => img.pixels.reduce((n, v) => n + (v < 128 ? 1 : 0), 0);
    expect(dark(turned) / dark(page)).toBeGreaterThan(0.95);
    expect(dark(turned) / dark(page)).toBeLessThan(1.05);
    expect(turned.dpi).toBe(page.dpi);
  });

  it('leaves the pixels unchanged at zero degrees', () => {
    const page = textPage(300, 200, 2);
    const same = rotateGrayBy(page, 0);
    expect(same.width).toBe(300);
    expect(same.height).toBe(200);
    // Edge pixels have no right/bottom neighbour to interpolate with and become paper; the rest is identical.
    let differing = 0;
    for (let y = 0; y < 199; y++) for (let x = 0; x < 299; x++) if (same.pixels[y * 300 + x] !== page.pixels[y * 300 + x]) differing++;
    expect(differing).toBe(0);
  });
});

describe('deskew', () => {
  it('straightens a clearly tilted page', () => {
    const { image, degrees } = deskew(tilt(textPage(), 6));
    expect(Math.abs(degrees - 6)).toBeLessThanOrEqual(0.3);
    expect(Math.abs(estimateSkew(image)!.degrees)).toBeLessThanOrEqual(0.3);
  });

  it('leaves small tilts to Tesseract and returns the very same image', () => {
    const page = tilt(textPage(), MIN_DEGREES - 1);
    const { image, degrees } = deskew(page);
    expect(image).toBe(page);
    expect(degrees).toBe(0);
  });
});

describe('OCR of a tilted scan', () => {
  const pool = createOcrPool({ jobs: 1 });
  afterAll(() => pool.close());

  it('reads a page fed to the scanner 6 degrees askew as well as the straight page', async () => {
    const png = readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'scan', 'page.png'));
    const src = await loadImage(png);
    const w = src.width;
    const h = src.height;
    const a = (6 * Math.PI) / 180;
    const ow = Math.ceil(w * Math.cos(a) + h * Math.sin(a));
    const oh = Math.ceil(w * Math.sin(a) + h * Math.cos(a));
    const canvas = createCanvas(ow, oh);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, ow, oh);
    ctx.translate(ow / 2, oh / 2);
    ctx.rotate(a); // clockwise on screen: lines run down to the right
    ctx.drawImage(src, -w / 2, -h / 2);
    const pages = await readImage(canvas.toBuffer('image/png'), 'image/png', { ocr: 'auto', lang: 'es', pool });
    expect(pages[0]!.text).toContain('En el salón comunal, a las diecinueve horas del día doce de marzo,');
    expect(pages[0]!.text).toContain('2. Estado de cuentas de la comunidad.');
  }, 60_000);
});
