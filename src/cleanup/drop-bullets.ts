// OCR reads list bullets as "+", "»", "«", "*", "•": a glyph alone at a line start, before text, is a bullet
// (the text never had it), so it goes with the space after it.
import type { Edit } from '../doc.js';

const BULLET = /(^|\n|\f)([ \t]*[+»«*•·◦▪■►➢○●□][.,]?[ \t]+)(?=\S)/g;

export function dropBullets(raw: string, isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  for (const m of raw.matchAll(BULLET)) {
    const start = m.index + m[1].length;
    if (!isOcr(start)) continue;
    edits.push({ start, end: start + m[2].length, text: '', kind: 'other', confidence: 0.8, rule: 'dropBullets' });
  }
  return edits;
}
