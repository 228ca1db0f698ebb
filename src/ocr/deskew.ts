// Deskew: a page fed to the scanner at a slant is turned straight before OCR. Tesseract copes with small tilts on
// its own (on the corpus scans, straightening their 0.3-1.5 degree tilts changed nothing: CER 5.59% -> 5.66%), but
// from about 4 degrees it starts losing lines (a corpus page turned 4-6 degrees read 2.5-8.8% of its characters
// differently, and straightening it brought that back to 0.2-0.7%). So only clear tilts of MIN_DEGREES or more are
// corrected.
//
// The angle comes from projection profiles (Postl's method): the dark pixels of a reduced page are projected onto
// the vertical axis along each candidate slope, and the slope along which text lines stack up into the sharpest
// peaks and gaps wins.
import type { GrayImage } from './image.js';

/** Tilts below this are left to Tesseract. */
export const MIN_DEGREES = 2;
/** Largest tilt searched; past this a page is sideways or a photograph, which the quarter-turn retry handles. */
export const MAX_DEGREES = 12;
/** Pixels per side of the blocks the page is reduced to before projecting. */
const REDUCTION = 4;
/** A reduced page needs this many dark blocks (a few lines of text) for its profile to mean anything. */
const MIN_DARK_BLOCKS = 400;

export interface Skew {
  /** Tilt of the text lines in degrees, positive when they run down to the right. */
  degrees: number;
  /** How much sharper the profile is at `degrees` than at zero (1 = no better; straight text is 1). */
  gain: number;
}

/** The page's text tilt, or null when the page has too little text to tell. */
export function estimateSkew(img: GrayImage): Skew | null {
  const { xs, ys, width, height } = darkBlocks(img);
  if (xs.length < MIN_DARK_BLOCKS) return null;
  const bins = new Float64Array(height + width + 2);
  const offset = Math.ceil(width / 2) + 1;
  const score = (degrees: number): number => {
    const t = Math.tan((degrees * Math.PI) / 180);
    bins.fill(0);
    const cx = width / 2;
    for (let i = 0; i < xs.length; i++) bins[Math.round(ys[i]! - (xs[i]! - cx) * t) + offset]! += 1;
    // Sum of squared differences between neighbouring rows: large when lines and gaps alternate crisply.
    let s = 0;
    for (let i = 1; i < bins.length; i++) { const d = bins[i]! - bins[i - 1]!; s += d * d; }
    return s;
  };
  let best = 0;
  let bestScore = score(0);
  const zero = bestScore;
  // Coarse search, then a finer one around the best coarse angle.
  for (let d = -MAX_DEGREES; d <= MAX_DEGREES + 1e-9; d += 0.5) {
    const s = score(d);
    if (s > bestScore) { bestScore = s; best = d; }
  }
  const coarse = best;
  for (let d = coarse - 0.5; d <= coarse + 0.5 + 1e-9; d += 0.1) {
    const s = score(d);
    if (s > bestScore) { bestScore = s; best = d; }
  }
  return { degrees: Math.round(best * 100) / 100, gain: zero > 0 ? bestScore / zero : 1 };
}

/** The page reduced to REDUCTION-pixel blocks; a block is dark when a quarter of its pixels are ink. */
function darkBlocks(img: GrayImage): { xs: Int32Array; ys: Int32Array; width: number; height: number } {
  const f = REDUCTION;
  const width = Math.floor(img.width / f);
  const height = Math.floor(img.height / f);
  const xs: number[] = [];
  const ys: number[] = [];
  const need = (f * f) / 4;
  const px = img.pixels;
  for (let by = 0; by < height; by++) {
    for (let bx = 0; bx < width; bx++) {
      let dark = 0;
      for (let dy = 0; dy < f; dy++) {
        const row = (by * f + dy) * img.width + bx * f;
        for (let dx = 0; dx < f; dx++) if (px[row + dx]! < 128) dark++;
      }
      if (dark >= need) { xs.push(bx); ys.push(by); }
    }
  }
  return { xs: Int32Array.from(xs), ys: Int32Array.from(ys), width, height };
}

/**
 * The image turned by `degrees` about its centre (positive turns counter-clockwise, straightening lines that run
 * down to the right), on a canvas grown so no corner is cut off; new area is paper white. Bilinear sampling.
 */
export function rotateGrayBy(img: GrayImage, degrees: number): GrayImage {
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const { width: w, height: h, pixels: src } = img;
  const ow = Math.ceil(Math.abs(w * cos) + Math.abs(h * sin));
  const oh = Math.ceil(Math.abs(w * sin) + Math.abs(h * cos));
  const out = new Uint8Array(ow * oh);
  const cx = w / 2;
  const cy = h / 2;
  const ocx = ow / 2;
  const ocy = oh / 2;
  for (let y = 0; y < oh; y++) {
    const dy = y - ocy;
    for (let x = 0; x < ow; x++) {
      const dx = x - ocx;
      // Inverse mapping: where in the source this output pixel comes from.
      const sx = cos * dx - sin * dy + cx;
      const sy = sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) { out[y * ow + x] = 255; continue; }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      const top = src[i]! + (src[i + 1]! - src[i]!) * fx;
      const bottom = src[i + w]! + (src[i + w + 1]! - src[i + w]!) * fx;
      out[y * ow + x] = top + (bottom - top) * fy + 0.5;
    }
  }
  return { width: ow, height: oh, pixels: out, dpi: img.dpi };
}

/** The page straightened when its text is clearly tilted (MIN_DEGREES or more); otherwise the same image. */
export function deskew(img: GrayImage): { image: GrayImage; degrees: number } {
  const skew = estimateSkew(img);
  // A weak optimum (gain near 1) is noise, a photograph or a sideways page, not tilted text.
  if (!skew || Math.abs(skew.degrees) < MIN_DEGREES || skew.gain < 1.5) return { image: img, degrees: 0 };
  return { image: rotateGrayBy(img, skew.degrees), degrees: skew.degrees };
}
