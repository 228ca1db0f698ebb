// Lines OCR makes from rules, borders and specks ("- - - -=====", "| |", ".. * |") carry no text: they leave
// the cleaned text (the raw keeps them). Signature lines ("Secretario ______") have letters and stay.
import type { Edit } from '../doc.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(ch);
}

export function isGarbageLine(line: string): boolean {
  let chars = 0;
  let words = 0;
  let underscores = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 160 || (c > 127 && /\s/.test(line[i]))) continue;
    chars++;
    // A run of three underscores is a signature line (the run ignores spaces, as the old rule did).
    underscores = c === 95 ? underscores + 1 : 0;
    if (underscores >= 3) return false;
    if (isWordChar(c, line[i])) words++;
  }
  if (chars === 0) return false;
  if (chars >= 2 && words === 0) return true;
  // Mostly symbols with at most a stray letter or two ("—_ = | a").
  return chars >= 4 && words <= 2 && words / chars < 0.25;
}

export function dropGarbageLines(raw: string, isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  let start = 0;
  while (start <= raw.length) {
    let end = start;
    while (end < raw.length && raw.charCodeAt(end) !== 10 && raw.charCodeAt(end) !== 12) end++;
    if (end > start && isOcr(start) && isGarbageLine(raw.slice(start, end))) {
      // Take the line break too, unless it is a page break (pages stay countable).
      const cut = raw[end] === '\n' ? end + 1 : end;
      edits.push({ start, end: cut, text: '', kind: 'other', confidence: 0.8, rule: 'dropGarbageLines' });
    }
    start = end + 1;
  }
  return edits;
}
