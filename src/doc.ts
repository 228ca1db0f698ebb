// The carrier that flows through every stage. `raw` is never overwritten: every stage
// adds data keyed by offsets into it (edits, words, pages) or into the cleaned text.
import type { CorrectionKind, Lang, MediaType, TextOrigin } from './types.js';

/** A proposed change to the raw text: replace raw[start, end) by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
  kind: CorrectionKind;
  /** 0..1: how sure the rule is. */
  confidence: number;
  /** Which rule proposed it (for debugging and tests; not emitted). */
  rule: string;
}

/** A word recognised by OCR, with offsets into `raw`. */
export interface OcrWord {
  start: number;
  end: number;
  /** Tesseract word confidence 0..100. */
  confidence: number;
  page: number;
  bbox?: { x0: number; y0: number; x1: number; y1: number };
}

/** A page's span in `raw` (pages are separated by a form feed in `raw`). */
export interface PageSpan {
  start: number;
  end: number;
  origin: TextOrigin;
}

export interface RawDoc {
  /** Input path as given; null for stdin. */
  path: string | null;
  sha256: string;
  mediaType: MediaType;
  textOrigin: TextOrigin;
  /** Number of pages for paged inputs (PDF, images); for text, the count of form-feed pages. */
  pages: number | null;
  /** The decoded text, line endings normalised to \n; pages joined by \f. Offsets everywhere refer to it. */
  raw: string;
  pageSpans: PageSpan[];
  words: OcrWord[];
  /** Problems found while reading (not fatal). */
  warnings: string[];
}

export interface Doc extends RawDoc {
  lang: Lang;
  /** Edits accepted by cleanup, sorted by start, non-overlapping. */
  edits: Edit[];
  warnings: string[];
}
