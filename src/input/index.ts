// Reads one input (bytes already in memory) into the carrier: text is decoded, PDFs use their text layer or OCR,
// images go to OCR. Whatever the source, the result is one raw string with pages joined by \f.
import { createHash } from 'node:crypto';
import type { OcrWord, PageSpan, RawDoc } from '../doc.js';
import { ActaError } from '../errors.js';
import type { MediaType } from '../types.js';
import type { PageText, PagedReadOptions } from './paged.js';
import { sniffMediaType } from './sniff.js';
import { decodeText, normaliseText } from './text.js';

export type ReadOptions = Omit<PagedReadOptions, 'pool'> & { pool?: PagedReadOptions['pool'] };

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function readBytes(bytes: Uint8Array, path: string | null, options: ReadOptions): Promise<RawDoc> {
  const mediaType = sniffMediaType(bytes);
  const hash = sha256(bytes);
  if (mediaType === 'text/plain') return fromText(decodeText(bytes).text, path, hash);
  if (!options.pool) {
    throw new ActaError('no-ocr-pool', 'paged inputs need an OCR pool', 'use processFile() or pass options.pool', 'read');
  }
  const paged = { ...options, pool: options.pool } as PagedReadOptions;
  let pages: PageText[];
  if (mediaType === 'application/pdf') {
    const { readPdf } = await import('./pdf.js');
    pages = await readPdf(bytes, paged);
  } else {
    const { readImage } = await import('./image.js');
    pages = await readImage(bytes, mediaType, paged);
  }
  return fromPages(pages, path, hash, mediaType);
}

/** A text input: form feeds split pages. */
export function fromText(text: string, path: string | null, hash: string): RawDoc {
  const raw = normaliseText(text);
  const pageSpans: PageSpan[] = [];
  let start = 0;
  for (;;) {
    const ff = raw.indexOf('\f', start);
    const end = ff < 0 ? raw.length : ff;
    pageSpans.push({ start, end, origin: 'text' });
    if (ff < 0) break;
    start = ff + 1;
  }
  return {
    path, sha256: hash, mediaType: 'text/plain', textOrigin: 'text',
    pages: pageSpans.length, raw, pageSpans, words: [], warnings: [],
  };
}

function fromPages(pages: PageText[], path: string | null, hash: string, mediaType: MediaType): RawDoc {
  const parts: string[] = [];
  const pageSpans: PageSpan[] = [];
  const words: OcrWord[] = [];
  let offset = 0;
  pages.forEach((p, i) => {
    if (i > 0) { parts.push('\f'); offset += 1; }
    // Page text is normalised the same way as text inputs; the \f separator is reserved for page breaks.
    const text = normaliseText(p.text).replace(/\f/g, '\n');
    parts.push(text);
    pageSpans.push({ start: offset, end: offset + text.length, origin: p.origin });
    // NFC can shorten a page; word offsets stay valid only when it did not, which is the normal case for OCR output.
    if (text.length === p.text.length) {
      for (const w of p.words) words.push({ start: offset + w.start, end: offset + w.end, confidence: w.confidence, page: i + 1, bbox: w.bbox });
    }
    offset += text.length;
  });
  const raw = parts.join('');
  const anyOcr = pageSpans.some((s) => s.origin === 'ocr');
  const warnings: string[] = [];
  if (raw.trim() === '') warnings.push('no text was found on any page');
  return {
    path, sha256: hash, mediaType, textOrigin: anyOcr ? 'ocr' : 'pdf-text',
    pages: pages.length, raw, pageSpans, words, warnings,
  };
}
