// "Dª." (doña) before a name comes out of OCR as "D*." or "D?.": the superscript a is the only reading of a
// sign between a capital D and its period when a capitalised word follows.
import type { Edit } from '../doc.js';

const SIGN = /\bD([*?])\.(?=\s*\p{Lu})/gu;

export function repairDonaSign(raw: string, isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  for (const m of raw.matchAll(SIGN)) {
    const start = m.index + 1;
    if (!isOcr(start)) continue;
    edits.push({ start, end: start + 1, text: 'ª', kind: 'ocr', confidence: 0.8, rule: 'repairDonaSign' });
  }
  return edits;
}
