// Renders a PDF page to the grayscale image OCR gets, and measures how much of the page is covered by images
// (a page that is mostly picture with little text layer is a scan).
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { grayFromRgba, type GrayImage } from './image.js';

/** Tesseract's sweet spot for body text. */
export const OCR_DPI = 300;
/** A0 posters or 1200 dpi scans would need gigabytes; pages above this pixel count are rendered smaller. */
export const MAX_PIXELS = 12_000_000;

export interface PageImages {
  /** Share of the page area painted by raster images, 0..1 (overlaps counted once per image). */
  coverage: number;
  /** Pixel width of the largest image, and the page width in points it spans (to find the scan's own dpi). */
  largest?: { pixels: number; points: number };
}

export async function measureImages(page: PDFPageProxy): Promise<PageImages> {
  const ops = await page.getOperatorList();
  const view = page.view; // [x0, y0, x1, y1] in points
  const pageArea = Math.abs((view[2] - view[0]) * (view[3] - view[1])) || 1;
  const stack: number[][] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  let area = 0;
  let largest: PageImages['largest'];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === pdfjs.OPS.save) stack.push(ctm);
    else if (fn === pdfjs.OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === pdfjs.OPS.transform) ctm = multiply(ctm, args as number[]);
    else if (fn === pdfjs.OPS.paintImageXObject || fn === pdfjs.OPS.paintInlineImageXObject || fn === pdfjs.OPS.paintImageMaskXObject) {
      // Images paint the unit square under the current matrix.
      const w = Math.hypot(ctm[0], ctm[1]);
      const h = Math.hypot(ctm[2], ctm[3]);
      area += w * h;
      const px = typeof args[1] === 'number' ? args[1] : (args[0] as { width?: number })?.width;
      if (typeof px === 'number' && (!largest || w > largest.points)) largest = { pixels: px, points: w };
    }
  }
  return { coverage: Math.min(1, area / pageArea), largest };
}

function multiply(m: number[], t: number[]): number[] {
  return [
    m[0] * t[0] + m[2] * t[1], m[1] * t[0] + m[3] * t[1],
    m[0] * t[2] + m[2] * t[3], m[1] * t[2] + m[3] * t[3],
    m[0] * t[4] + m[2] * t[5] + m[4], m[1] * t[4] + m[3] * t[5] + m[5],
  ];
}

/**
 * The resolution to render a page at for OCR. A full-page scan is rendered at the resolution it was scanned at:
 * upsampling a 200 dpi scan to 300 dpi adds pixels, not detail, costs 10-30% more OCR time, and in
 * scripts/bench-ocr.ts read slightly worse. Scans below 150 dpi are doubled (tiny x-heights confuse Tesseract).
 */
export function ocrDpiFor(images: PageImages | undefined): number {
  if (!images?.largest || images.coverage < 0.5 || images.largest.points <= 0) return OCR_DPI;
  const native = (images.largest.pixels / images.largest.points) * 72;
  if (native < 150) return Math.min(OCR_DPI, native * 2);
  return Math.min(OCR_DPI, native);
}

/** Renders at `dpi`, lowered when the page would exceed MAX_PIXELS. */
export async function renderForOcr(doc: PDFDocumentProxy, page: PDFPageProxy, dpi = OCR_DPI): Promise<GrayImage> {
  const base = page.getViewport({ scale: 1 });
  let scale = dpi / 72;
  const pixels = base.width * base.height * scale * scale;
  if (pixels > MAX_PIXELS) scale *= Math.sqrt(MAX_PIXELS / pixels);
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.ceil(viewport.width));
  const height = Math.max(1, Math.ceil(viewport.height));
  // pdf.js's own canvas factory, so only its copy of @napi-rs/canvas is ever loaded.
  const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
  const entry = factory.create(width, height);
  try {
    entry.context.fillStyle = '#ffffff';
    entry.context.fillRect(0, 0, width, height);
    await page.render({ canvas: entry.canvas as never, canvasContext: entry.context as never, viewport }).promise;
    const data = entry.context.getImageData(0, 0, width, height).data;
    return grayFromRgba(data, width, height, scale * 72);
  } finally {
    factory.destroy(entry);
  }
}

interface CanvasEntry {
  canvas: unknown;
  context: {
    fillStyle: string;
    fillRect(x: number, y: number, w: number, h: number): void;
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  };
}
interface CanvasFactory {
  create(w: number, h: number): CanvasEntry;
  destroy(e: CanvasEntry): void;
}
