// Lines OCR makes from rules, borders and specks ("- - - -=====", "| |", ".. * |") carry no text: they leave
// the cleaned text (the raw keeps them). Signature lines ("Secretario ______") have letters and stay.
import type { Edit } from '../doc.js';

export function isGarbageLine(line: string): boolean {
  const chars = line.replace(/\s/g, '');
  if (chars.length === 0) return false;
  if (/_{3,}/.test(chars)) return false;
  const words = (chars.match(/[\p{L}\p{N}]/gu) ?? []).length;
  if (chars.length >= 2 && words === 0) return true;
  // Mostly symbols with at most a stray letter or two ("—_ = | a").
  return chars.length >= 4 && words <= 2 && words / chars.length < 0.25;
}

export function dropGarbageLines(raw: string, isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  for (const m of raw.matchAll(/[^\n\f]*/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const line = m[0];
    if (line === '') continue;
    if (isOcr(start) && isGarbageLine(line)) {
      // Take the line break too, unless it is a page break (pages stay countable).
      const cut = raw[end] === '\n' ? end + 1 : end;
      edits.push({ start, end: cut, text: '', kind: 'other', confidence: 0.8, rule: 'dropGarbageLines' });
    }
  }
  return edits;
}
