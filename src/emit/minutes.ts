// Builds the contract document from the carrier. Key order is fixed here so the JSON is byte-stable.
import type { Doc } from '../doc.js';
import type { Applied } from '../offsets/apply-edits.js';
import type { Sections } from '../segment/index.js';
import type { Correction, Minutes } from '../types.js';

export function buildMinutes(doc: Doc, applied: Applied, sections: Sections): Minutes {
  const corrections: Correction[] = applied.edits.map((e) => ({
    original: doc.raw.slice(e.start, e.end),
    corrected: e.text,
    start: e.start,
    end: e.end,
    kind: e.kind,
    confidence: round(e.confidence),
  }));
  const source: Minutes['source'] = {
    path: doc.path,
    sha256: doc.sha256,
    mediaType: doc.mediaType,
    pages: doc.pages,
    textOrigin: doc.textOrigin,
  };
  if (doc.mediaType !== 'text/plain') source.pageOrigins = doc.pageSpans.map((p) => p.origin);
  return {
    schemaVersion: '1',
    source,
    language: doc.lang,
    header: sections.header,
    attendees: sections.attendees,
    agenda: sections.agenda,
    discussion: sections.discussion,
    agreements: sections.agreements,
    closing: sections.closing,
    text: sections.text,
    corrections,
    warnings: [...doc.warnings, ...sections.warnings],
  };
}

/** Confidences are printed with 3 decimals so output does not depend on float noise. */
function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}
