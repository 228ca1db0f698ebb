// The Peruvian sol's sign "S/." before an amount ("S/. 150.00", "S/ 3.00") comes out of OCR as "5/." or "5/ ": a
// figure is never written that way before an amount, so the 5 is the S. (Dates and fractions, "5/11", have no stop
// or space after the slash.)
import type { Edit } from '../doc.js';

const SOL = /(?<![\p{L}\p{N}.,/])5(?=\/(?:\.[ \t]?|[ \t])\d)/gu;

export function repairCurrencySign(raw: string, isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  for (const m of raw.matchAll(SOL)) {
    if (isOcr(m.index)) edits.push({ start: m.index, end: m.index + 1, text: 'S', kind: 'ocr', confidence: 0.85, rule: 'repairCurrencySign' });
  }
  return edits;
}
