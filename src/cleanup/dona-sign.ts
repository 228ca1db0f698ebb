// "Dª." (doña) before a name comes out of OCR as "D*." or "D?." (or "D*," with the period read as a comma): the
// superscript a is the only reading of a sign between a capital D and its stop when a capitalised word follows.
// Spain writes the stop first ("D.ª Ana"), which OCR gives as "D.*" or "D.?".
import type { Edit } from '../doc.js';

const SIGN = /\bD([*?])([.,])(?=\s*\p{Lu})/gu;
const SIGN_AFTER_STOP = /\bD\.([*?])(?=\s*\p{Lu})/gu;

export function repairDonaSign(raw: string, isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  for (const m of raw.matchAll(SIGN)) {
    const start = m.index + 1;
    if (!isOcr(start)) continue;
    edits.push({ start, end: start + 2, text: 'ª.', kind: 'ocr', confidence: m[2] === '.' ? 0.8 : 0.7, rule: 'repairDonaSign' });
  }
  for (const m of raw.matchAll(SIGN_AFTER_STOP)) {
    const start = m.index + 2;
    if (isOcr(start)) edits.push({ start, end: start + 1, text: 'ª', kind: 'ocr', confidence: 0.8, rule: 'repairDonaSign' });
  }
  return edits;
}
