// Reads a PDF page by page: the text layer when it is present and real, OCR of the rendered page when the page is a
// scan (no text, or an invisible OCR layer that is junk). Mixed documents are normal; each page reports its origin.
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ActaError } from '../errors.js';
import { measureImages, ocrDpiFor, renderForOcr, type PageImages } from '../ocr/pdf-render.js';
import { pageFromItems, type TextLayerItem } from '../ocr/pdf-text-layer.js';
import type { OpenTable } from '../ocr/table-rows.js';
import { judgeTextLayer } from '../ocr/text-quality.js';
import { OcrLangChooser } from '../ocr/lang-choice.js';
import { recognizePage } from '../ocr/recognize-page.js';
import type { PageText, PagedReadOptions } from './paged.js';

const require = createRequire(import.meta.url);
const pdfjsDir = path.dirname(require.resolve('pdfjs-dist/package.json')) + path.sep;

/** A text layer this long that reads as words is a born-digital page; no need to look at its images. */
const SURE_TEXT_CHARS = 200;
/** Pages whose area is at least this share raster images, with little text, are treated as scans. */
const SCAN_COVERAGE = 0.3;

export async function readPdf(bytes: Uint8Array, opts: PagedReadOptions): Promise<PageText[]> {
  const doc = await openPdf(bytes);
  try {
    const total = doc.numPages;
    if (total === 0) throw new ActaError('pdf-empty', 'the PDF has no pages', undefined, 'pdf');
    const langs = new OcrLangChooser(opts.lang);
    const table: { open: OpenTable | null } = { open: null };
    const pages: (PageText | Promise<PageText>)[] = [];
    const inFlight = new Set<Promise<PageText>>();
    let done = 0;
    const finished = () => opts.onPage?.(++done, total);
    for (let n = 1; n <= total; n++) {
      opts.signal?.throwIfAborted();
      const page = await doc.getPage(n);
      const layer = opts.ocr === 'always' ? '' : await readTextLayer(page, table);
      const verdict = opts.ocr === 'auto' ? await judgePage(page, layer) : { ocr: opts.ocr === 'always' };
      if (!verdict.ocr) {
        langs.observe(layer);
        pages.push({ text: layer, origin: 'pdf-text', words: [] });
        page.cleanup();
        finished();
        continue;
      }
      table.open = null; // a table in a text layer judged junk carries nothing over
      // Rendering is cheap next to OCR; keep a page per worker plus one ready, so memory stays bounded.
      while (inFlight.size > opts.pool.jobs) await Promise.race(inFlight);
      // With --lang auto and no text seen yet, the first OCR'd page settles the language for the rest.
      if (!langs.known() && inFlight.size > 0) await Promise.all(inFlight);
      const image = await renderForOcr(doc, page, ocrDpiFor(verdict.images ?? (await measureImages(page))));
      page.cleanup();
      const task = recognizePage(opts.pool, image, langs.current(), opts.signal).then((p) => {
        langs.observe(p.text);
        finished();
        return p;
      });
      task.catch(() => {}); // a failure is reported once, through Promise.all below, not as an unhandled rejection
      inFlight.add(task);
      const forget = () => { inFlight.delete(task); };
      task.then(forget, forget);
      pages.push(task);
    }
    return await Promise.all(pages);
  } finally {
    await doc.destroy().catch(() => {});
  }
}

async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    return await pdfjs.getDocument({
      data: new Uint8Array(bytes), // a plain copy: pdf.js rejects Buffers and detaches what it is given
      isEvalSupported: false,
      enableXfa: false,
      disableFontFace: true,
      useSystemFonts: false,
      standardFontDataUrl: pdfjsDir + 'standard_fonts' + path.sep,
      cMapUrl: pdfjsDir + 'cmaps' + path.sep,
      cMapPacked: true,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string })?.name;
    if (name === 'PasswordException') {
      throw new ActaError('pdf-encrypted', 'the PDF is encrypted (password-protected)',
        'decrypt it first, e.g. `qpdf --password=PASSWORD --decrypt in.pdf out.pdf`, then run acta on out.pdf', 'pdf');
    }
    const detail = e instanceof Error ? e.message : String(e);
    throw new ActaError('pdf-invalid', `not a readable PDF (${detail})`, 'check that the file is a complete, uncorrupted PDF', 'pdf');
  }
}

/** The page's text layer as text; `table` carries a table that runs on from one page to the next. */
async function readTextLayer(page: PDFPageProxy, table: { open: OpenTable | null }): Promise<string> {
  const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const { text, open } = pageFromItems(content.items.flatMap((i) => ('str' in i ? [i as TextLayerItem] : [])), table.open);
  table.open = open;
  return text;
}

async function judgePage(page: PDFPageProxy, layer: string): Promise<{ ocr: boolean; images?: PageImages }> {
  const quality = judgeTextLayer(layer);
  if (!quality.good) return { ocr: true };
  if (layer.replace(/\s/g, '').length >= SURE_TEXT_CHARS) return { ocr: false };
  // Little text: a short digital page (keep it) or a scan with a stamp or page number in its text layer (OCR it).
  const images = await measureImages(page);
  return { ocr: images.coverage >= SCAN_COVERAGE, images };
}
