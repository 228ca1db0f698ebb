// OCR reads a table's outer vertical rules as a "|" alone at a line's edge ("| Nombre Cargo |"): it separates
// nothing, so it goes. Bars between cells stay (the extractors split cells on them), and bars touching a letter
// or digit ("l|") are left to the word rules: they may be a misread letter.
import type { Edit } from '../doc.js';

const BAR = /(^|[ \t]+)[|¦]+(?=[ \t]+|$)([ \t]*)/gm;

export function tableBars(raw: string, isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  for (const m of raw.matchAll(BAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isOcr(start)) continue;
    const lineStart = start === 0 || raw[start - 1] === '\n' || raw[start - 1] === '\f';
    const lineEnd = end >= raw.length || raw[end] === '\n' || raw[end] === '\f' || raw[end] === '\r';
    // Inside a line the bar stays: the extractors read " | " as the cell boundary it is (src/extract).
    if (!lineStart && !lineEnd) continue;
    edits.push({ start, end, text: '', kind: 'ocr', confidence: 0.8, rule: 'tableBars' });
  }
  return edits;
}
