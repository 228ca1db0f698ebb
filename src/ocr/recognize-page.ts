// OCR of one page image with the checks around it: skip blank pages, straighten clearly tilted ones, and when the
// result is very poor retry the page turned by quarter turns, since sideways or upside-down scans come out as
// near-empty, low-confidence junk. Word boxes are in the coordinates of the image that was read (turned or not).
import type { PageText } from '../input/paged.js';
import { deskew } from './deskew.js';
import { isBlank, rotateGray, type GrayImage } from './image.js';
import type { OcrPageResult, OcrPool } from './pool.js';

/** Below this mean confidence a page is suspected to be rotated (upright text of any quality scores ~60+). */
export const ROTATION_SUSPECT_CONFIDENCE = 45;

export async function recognizePage(pool: OcrPool, page: GrayImage, langs: string, signal?: AbortSignal): Promise<PageText> {
  if (isBlank(page)) return { text: '', origin: 'ocr', words: [] };
  const { image } = deskew(page);
  let best: OcrPageResult = await pool.recognize(image, langs, signal);
  if (best.confidence < ROTATION_SUSPECT_CONFIDENCE) {
    const turns = await Promise.all([1, 3, 2].map((q) => pool.recognize(rotateGray(image, q), langs, signal)));
    for (const r of turns) if (score(r) > score(best)) best = r;
  }
  return { text: best.text, origin: 'ocr', words: best.words };
}

/** Confidence alone favours a page with three lucky words; weigh it by how much text was found. */
function score(r: OcrPageResult): number {
  return r.confidence * Math.log(1 + r.text.replace(/\s/g, '').length);
}
