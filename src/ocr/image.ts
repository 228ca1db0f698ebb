// The image handed to OCR: 8-bit grayscale pixels. Tesseract binarises internally, and a raw PGM loads far faster
// in the wasm build than a PNG it would have to decode itself.

export interface GrayImage {
  width: number;
  height: number;
  /** One byte per pixel, row-major. */
  pixels: Uint8Array;
  /** Resolution the pixels stand for, passed to Tesseract so it need not guess. */
  dpi: number;
}

/** RGBA (canvas ImageData layout) to luma; alpha is composited onto white so transparent PNGs read as paper. */
export function grayFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, dpi: number): GrayImage {
  const pixels = new Uint8Array(width * height);
  for (let i = 0, j = 0; j < pixels.length; i += 4, j++) {
    const a = rgba[i + 3];
    const y = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
    pixels[j] = a === 255 ? y : (y * a + 255 * (255 - a)) / 255;
  }
  return { width, height, pixels, dpi };
}

/** Binary PGM (P5), which Leptonica reads natively. */
export function encodePgm(img: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(header.length + img.pixels.length);
  out.set(header, 0);
  out.set(img.pixels, header.length);
  return out;
}

/** Quarter turns clockwise; used to retry pages that were scanned sideways or upside down. */
export function rotateGray(img: GrayImage, quarterTurns: number): GrayImage {
  const q = ((quarterTurns % 4) + 4) % 4;
  if (q === 0) return img;
  const { width: w, height: h, pixels: src } = img;
  const ow = q === 2 ? w : h;
  const oh = q === 2 ? h : w;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let nx: number;
      let ny: number;
      if (q === 1) { nx = h - 1 - y; ny = x; } else if (q === 2) { nx = w - 1 - x; ny = h - 1 - y; } else { nx = y; ny = w - 1 - x; }
      out[ny * ow + nx] = src[y * w + x];
    }
  }
  return { width: ow, height: oh, pixels: out, dpi: img.dpi };
}

/** True when almost every pixel is paper (one short line of text is ~0.001 dark): nothing worth OCR. */
export function isBlank(img: GrayImage): boolean {
  let dark = 0;
  const step = 7; // sampling every 7th pixel is plenty to tell an empty page from one with text
  let n = 0;
  for (let i = 0; i < img.pixels.length; i += step, n++) if (img.pixels[i] < 128) dark++;
  return n === 0 || dark / n < 0.0002;
}
