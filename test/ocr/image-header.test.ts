import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { declaredDpi, declaredSize } from '../../src/ocr/image-header.js';

describe('image headers', () => {
  it('reads size and resolution of the PNG fixture', () => {
    const png = readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'scan', 'page.png'));
    // make-scan-fixture draws A5 (420 x 595 pt) at 200 dpi; canvas PNGs carry no pHYs chunk.
    expect(declaredSize(png)).toEqual({ width: 1167, height: 1653 });
    expect(declaredDpi(png)).toBeUndefined();
  });

  it('reads the frame size of a JPEG', () => {
    const jpeg = createCanvas(321, 123).toBuffer('image/jpeg', 80);
    expect(declaredSize(jpeg)).toEqual({ width: 321, height: 123 });
  });

  it('reads a JFIF density in dots per inch and ignores screen placeholders', () => {
    const jfif = (units: number, x: number) => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, units, x >> 8, x & 255, x >> 8, x & 255, 0, 0]);
    expect(declaredDpi(jfif(1, 300))).toBe(300);
    expect(declaredDpi(jfif(2, 118))).toBe(300); // dots per cm
    expect(declaredDpi(jfif(1, 72))).toBeUndefined();
  });
});
