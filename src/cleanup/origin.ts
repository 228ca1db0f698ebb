// Which parts of the raw text came from OCR: OCR-only repairs (confusions, bullets, rules) stay inside them.
import type { PageSpan } from '../doc.js';

/** A predicate telling whether a raw offset lies in OCR text; with no spans the origin is unknown: assume OCR. */
export function ocrAt(pageSpans: readonly PageSpan[]): (offset: number) => boolean {
  if (pageSpans.length === 0) return () => true;
  if (pageSpans.every((s) => s.origin === 'ocr')) return () => true;
  if (pageSpans.every((s) => s.origin !== 'ocr')) return () => false;
  return (offset) => pageSpans.some((s) => s.origin === 'ocr' && offset >= s.start && offset <= s.end);
}
