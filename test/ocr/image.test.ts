import { describe, expect, it } from 'vitest';
import { encodePgm, grayFromRgba, isBlank, rotateGray, type GrayImage } from '../../src/ocr/image.js';

const img: GrayImage = { width: 3, height: 2, pixels: Uint8Array.from([1, 2, 3, 4, 5, 6]), dpi: 300 };

describe('gray images', () => {
  it('converts RGBA to luma and composites transparency onto white', () => {
    const g = grayFromRgba(Uint8Array.from([255, 255, 255, 255, 0, 0, 0, 255, 0, 0, 0, 0]), 3, 1, 200);
    expect([...g.pixels]).toEqual([255, 0, 255]);
    expect(g.dpi).toBe(200);
  });

  it('encodes a binary PGM', () => {
    const pgm = encodePgm(img);
    expect(new TextDecoder().decode(pgm.subarray(0, 11))).toBe('P5\n3 2\n255\n');
    expect([...pgm.subarray(11)]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('rotates by quarter turns clockwise', () => {
    // 1 2 3      4 1
    // 4 5 6  ->  5 2
    //            6 3
    const r = rotateGray(img, 1);
    expect([r.width, r.height, ...r.pixels]).toEqual([2, 3, 4, 1, 5, 2, 6, 3]);
    expect([...rotateGray(img, 2).pixels]).toEqual([6, 5, 4, 3, 2, 1]);
    expect([...rotateGray(rotateGray(img, 1), 3).pixels]).toEqual([...img.pixels]);
  });

  it('tells a blank page from one with a line of text', () => {
    const blank: GrayImage = { width: 1000, height: 1000, pixels: new Uint8Array(1_000_000).fill(245), dpi: 300 };
    expect(isBlank(blank)).toBe(true);
    const text = { ...blank, pixels: blank.pixels.slice() };
    text.pixels.fill(10, 500_000, 502_000); // ~0.2% ink, like one short line
    expect(isBlank(text)).toBe(false);
  });
});
