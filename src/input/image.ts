// Page images (PNG, JPEG, TIFF with any number of pages) go straight to OCR, one PageText per image page.
import { createCanvas, ImageData, loadImage } from '@napi-rs/canvas';
import UTIF from 'utif2';
import { ActaError } from '../errors.js';
import { grayFromRgba, type GrayImage } from '../ocr/image.js';
import { declaredDpi, declaredSize } from '../ocr/image-header.js';
import { OcrLangChooser } from '../ocr/lang-choice.js';
import { MAX_PIXELS } from '../ocr/pdf-render.js';
import { recognizePage } from '../ocr/recognize-page.js';
import type { PageText, PagedReadOptions } from './paged.js';

/** Beyond this an image is not a page scan (and decoding it would take gigabytes). */
const REFUSE_PIXELS = 100_000_000;
/** Assumed when a file does not say: the usual office-scanner setting. */
const DEFAULT_DPI = 300;

type ImageMediaType = 'image/png' | 'image/jpeg' | 'image/tiff';

export async function readImage(bytes: Uint8Array, mediaType: ImageMediaType, opts: PagedReadOptions): Promise<PageText[]> {
  if (opts.ocr === 'never') {
    throw new ActaError('ocr-disabled', 'an image has no text layer and --ocr never was given', 'use --ocr auto to read images', 'ocr');
  }
  const frames = mediaType === 'image/tiff' ? tiffFrames(bytes) : [await rasterFrame(bytes)];
  const langs = new OcrLangChooser(opts.lang);
  const out: PageText[] = [];
  // Frames are decoded lazily and recognised in order, a worker's worth at a time, to keep memory bounded.
  let done = 0;
  const pending: Promise<PageText>[] = [];
  for (let i = 0; i < frames.length; i++) {
    opts.signal?.throwIfAborted();
    if (!langs.known() && pending.length > 0) out.push(...(await Promise.all(pending.splice(0))));
    if (pending.length >= opts.pool.jobs) out.push(await pending.shift()!);
    const image = downscale(await frames[i]());
    const task = recognizePage(opts.pool, image, langs.current(), opts.signal).then((p) => {
      langs.observe(p.text);
      opts.onPage?.(++done, frames.length);
      return p;
    });
    task.catch(() => {}); // reported once when awaited, never as an unhandled rejection
    pending.push(task);
  }
  out.push(...(await Promise.all(pending)));
  return out;
}

type Frame = () => Promise<GrayImage>;

async function rasterFrame(bytes: Uint8Array): Promise<Frame> {
  const size = declaredSize(bytes);
  if (size) checkSize(size.width, size.height); // before decoding: a tiny file can declare gigapixels
  let img: Awaited<ReturnType<typeof loadImage>>;
  try {
    img = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    throw new ActaError('image-invalid', `the image cannot be decoded (${e instanceof Error ? e.message : String(e)})`, 'check that the file is a complete PNG or JPEG', 'read');
  }
  checkSize(img.width, img.height);
  return async () => {
    const canvas = createCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    return grayFromRgba(data, img.width, img.height, declaredDpi(bytes) ?? DEFAULT_DPI);
  };
}

function tiffFrames(bytes: Uint8Array): Frame[] {
  const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let ifds: UTIF.IFD[];
  try {
    ifds = UTIF.decode(buf).filter((ifd) => ifd.t256 !== undefined); // skip EXIF/GPS directories without an image
  } catch (e) {
    throw new ActaError('image-invalid', `the TIFF cannot be decoded (${e instanceof Error ? e.message : String(e)})`, undefined, 'read');
  }
  if (ifds.length === 0) throw new ActaError('image-invalid', 'the TIFF contains no image', undefined, 'read');
  return ifds.map((ifd) => async () => {
    const w = Number((ifd.t256 as number[])[0]);
    const h = Number((ifd.t257 as number[])[0]);
    checkSize(w, h);
    try {
      UTIF.decodeImage(buf, ifd);
    } catch (e) {
      throw new ActaError('image-invalid', `a TIFF page cannot be decoded (${e instanceof Error ? e.message : String(e)})`, undefined, 'read');
    }
    const rgba = UTIF.toRGBA8(ifd);
    ifd.data = new Uint8Array(0); // the decoded page is no longer needed once converted
    return grayFromRgba(rgba, ifd.width, ifd.height, tiffDpi(ifd) ?? DEFAULT_DPI);
  });
}

function tiffDpi(ifd: UTIF.IFD): number | undefined {
  const x = ifd.t282 as unknown as number[] | undefined; // XResolution, a rational decoded to a number
  const unit = (ifd.t296 as number[] | undefined)?.[0] ?? 2; // 2 = inch, 3 = cm
  const v = Array.isArray(x) ? Number(x[0]) : undefined;
  if (!v || !Number.isFinite(v)) return undefined;
  const dpi = unit === 3 ? v * 2.54 : v;
  return dpi >= 100 && dpi <= 1200 ? dpi : undefined;
}

function checkSize(w: number, h: number): void {
  if (!(w > 0 && h > 0)) throw new ActaError('image-invalid', 'the image has no pixels', undefined, 'read');
  if (w * h > REFUSE_PIXELS) {
    throw new ActaError('image-too-large', `the image is ${w}x${h} pixels, too large for a page scan`, 'scale it to about 300 dpi first', 'read');
  }
}

/** Keeps oversized scans (600+ dpi, posters) within MAX_PIXELS; Tesseract gains nothing above ~300 dpi. */
function downscale(img: GrayImage): GrayImage {
  const pixels = img.width * img.height;
  if (pixels <= MAX_PIXELS && img.dpi <= 400) return img;
  const f = Math.min(Math.sqrt(MAX_PIXELS / pixels), img.dpi > 400 ? 300 / img.dpi : 1);
  const w = Math.max(1, Math.round(img.width * f));
  const h = Math.max(1, Math.round(img.height * f));
  const src = createCanvas(img.width, img.height);
  const rgba = new Uint8ClampedArray(img.width * img.height * 4);
  for (let i = 0, j = 0; j < img.pixels.length; i += 4, j++) { rgba[i] = rgba[i + 1] = rgba[i + 2] = img.pixels[j]; rgba[i + 3] = 255; }
  src.getContext('2d').putImageData(new ImageData(rgba, img.width, img.height), 0, 0);
  const dst = createCanvas(w, h);
  const ctx = dst.getContext('2d');
  ctx.drawImage(src, 0, 0, w, h);
  return grayFromRgba(ctx.getImageData(0, 0, w, h).data, w, h, img.dpi * f);
}
