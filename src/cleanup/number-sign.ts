// "N° 87" printed with a degree sign comes out of OCR as "N* 87", "N? 87", "N” 87", "Nº", or as two marks ("N”* 120",
// "N?* 3"): one sign for all.
import type { Edit } from '../doc.js';

const SIGN = /\b(N)([*?”"’'º°o]|[”"’'?][*?])(?=\s*\d)/g;

export function repairNumberSign(raw: string, isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  for (const m of raw.matchAll(SIGN)) {
    const start = m.index + 1;
    if (m[2] === '°' || !isOcr(start)) continue;
    edits.push({ start, end: start + m[2].length, text: '°', kind: 'ocr', confidence: m[2] === 'º' ? 0.6 : 0.85, rule: 'repairNumberSign' });
  }
  return edits;
}
