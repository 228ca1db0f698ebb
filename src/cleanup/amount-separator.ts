// OCR reads the comma of a dollar amount as a period ("$6.380", "$14.862.17" for "$6,380", "$14,862.17"). In English
// text a dollar amount never has three decimals: a period followed by exactly three digits, inside an amount that
// starts with a non-zero figure, is its thousands separator.
import type { Edit } from '../doc.js';

/** A dollar amount: "$", optional space, figures with separators. */
const AMOUNT = /\$\s?([1-9]\d{0,2}(?:[.,]\d{3})+(?:\.\d{2})?)(?![\d.,]\d)/g;

export function repairAmountSeparator(raw: string, isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  for (const m of raw.matchAll(AMOUNT)) {
    const figures = m[1]!;
    const at = m.index + m[0].length - figures.length;
    if (!isOcr(at)) continue;
    // Every separator but a final ".dd" (cents) is a thousands separator.
    const cents = /\.\d{2}$/.test(figures) ? figures.length - 3 : -1;
    for (let i = 0; i < figures.length; i++) {
      if (figures[i] === '.' && i !== cents) edits.push({ start: at + i, end: at + i + 1, text: ',', kind: 'ocr', confidence: 0.75, rule: 'repairAmountSeparator' });
    }
  }
  return edits;
}
