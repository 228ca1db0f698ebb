// Shared shapes for paged inputs (PDF, images): each page becomes its own text with optional OCR word boxes.
import type { OcrPool } from '../ocr/pool.js';

export type { OcrPool } from '../ocr/pool.js';

/** A recognised word; offsets index into PageText.text. */
export interface PageWord {
  start: number;
  end: number;
  /** Tesseract word confidence, 0..100. */
  confidence: number;
  bbox?: { x0: number; y0: number; x1: number; y1: number };
}

export interface PageText {
  /** Lines joined by \n, paragraphs by a blank line; never contains \f. */
  text: string;
  origin: 'pdf-text' | 'ocr';
  words: PageWord[];
}

export interface PagedReadOptions {
  ocr: 'auto' | 'always' | 'never';
  lang: 'es' | 'en' | 'auto';
  pool: OcrPool;
  onPage?: (done: number, total: number) => void;
  signal?: AbortSignal;
}
