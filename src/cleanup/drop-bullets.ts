// OCR reads list bullets as "+", "»", "«", "*", "•": a glyph alone at a line start, before text, is a bullet
// (the text never had it), so it goes with the space after it. A dash OCR read in the margin before an ordinal
// paragraph heading ("— SEGUNDO: PROPUESTA ...", "- CUARTO.- INFORMES") goes too: such headings open a paragraph,
// never a list item.
import type { Edit } from '../doc.js';

const BULLET = /(^|\n|\f)([ \t]*[+»«*•·◦▪■►➢○●□][.,]?[ \t]+)(?=\S)/g;
const DASH_BEFORE_ORDINAL =
  /(^|\n|\f)([ \t]*[-–—][ \t]+)(?=(?:PRIMER[OA]?|SEGUND[OA]|TERCER[OA]?|CUART[OA]|QUINT[OA]|SEXT[OA]|S[EÉ]PTIM[OA]|OCTAV[OA]|NOVEN[OA]|D[EÉ]CIM[OA])[ \t]*(?::|\.-|\.[ \t]))/g;

export function dropBullets(raw: string, isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  for (const m of [...raw.matchAll(BULLET), ...raw.matchAll(DASH_BEFORE_ORDINAL)]) {
    const start = m.index + m[1].length;
    if (!isOcr(start)) continue;
    edits.push({ start, end: start + m[2].length, text: '', kind: 'other', confidence: 0.8, rule: 'dropBullets' });
  }
  return edits;
}
