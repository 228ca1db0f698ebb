// Which parts of the raw text may hold OCR errors: OCR-only repairs (confusions, bullets, rules) stay inside them.
// Pages from a PDF text layer are typed text; OCR'd pages are OCR; a text input's origin is unknown (archives hold
// OCR exports and typed transcripts alike, and no document-level statistic tells them apart reliably), so it is
// treated as possibly OCR: the OCR rules are tuned to leave correct typed text alone.
import type { PageSpan } from '../doc.js';

const mayBeOcr = (s: PageSpan): boolean => s.origin !== 'pdf-text';

/** A predicate telling whether a raw offset lies in text that may come from OCR; no spans: assume OCR. */
export function ocrAt(pageSpans: readonly PageSpan[]): (offset: number) => boolean {
  if (pageSpans.length === 0 || pageSpans.every(mayBeOcr)) return () => true;
  if (!pageSpans.some(mayBeOcr)) return () => false;
  return (offset) => pageSpans.some((s) => mayBeOcr(s) && offset >= s.start && offset <= s.end);
}

export function anyOcr(pageSpans: readonly PageSpan[]): boolean {
  return pageSpans.length === 0 || pageSpans.some(mayBeOcr);
}
