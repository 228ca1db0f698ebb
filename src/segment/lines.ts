// Split cleaned text into lines that remember their page and their offsets in the cleaned text.

export interface Line {
  /** Position in the document's line list. */
  index: number;
  /** 0-based page (pages are separated by \f). */
  page: number;
  start: number;
  end: number;
  text: string;
  blank: boolean;
}

/** Every line of `cleaned`; a form feed both ends a line and starts a new page. */
export function splitLines(cleaned: string): Line[] {
  const lines: Line[] = [];
  let page = 0;
  let start = 0;
  const n = cleaned.length;
  while (start <= n) {
    let nl = cleaned.indexOf('\n', start);
    let ff = cleaned.indexOf('\f', start);
    if (nl < 0) nl = n;
    if (ff < 0) ff = n;
    const end = Math.min(nl, ff);
    const text = cleaned.charCodeAt(end - 1) === 13 ? cleaned.slice(start, end - 1) : cleaned.slice(start, end);
    lines.push({ index: lines.length, page, start, end, text, blank: text.trim() === '' });
    if (end === ff && ff < n) page++;
    start = end + 1;
  }
  return lines;
}
