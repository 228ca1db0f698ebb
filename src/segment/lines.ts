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
  /** Set on a logical line whose last physical line stops short of the page width: a paragraph may end there. */
  endsShort?: boolean;
  /** Set on a piece of a flattened line that ends at a sentence break, not at a line break (see flattened.ts). */
  soft?: boolean;
  /** Set on a line that began with a list bullet cleanup dropped (OCR's "«", "+", "*"): it starts an item. */
  bulleted?: boolean;
}

/** A blank line holds nothing but whitespace. */
const NOT_SPACE = /\S/;

/** Every line of `cleaned`; a form feed both ends a line and starts a new page. */
export function splitLines(cleaned: string): Line[] {
  const lines: Line[] = [];
  let page = 0;
  let start = 0;
  const n = cleaned.length;
  // The next form feed is looked up again only once passed: a page holds many lines.
  let ff = -1;
  while (start <= n) {
    let nl = cleaned.indexOf('\n', start);
    if (ff < start) { ff = cleaned.indexOf('\f', start); if (ff < 0) ff = n; }
    if (nl < 0) nl = n;
    const end = Math.min(nl, ff);
    const text = cleaned.charCodeAt(end - 1) === 13 ? cleaned.slice(start, end - 1) : cleaned.slice(start, end);
    // Most lines start with a printable ASCII character: they are not blank, without a pattern run.
    const c = text.charCodeAt(0);
    lines.push({ index: lines.length, page, start, end, text, blank: c > 32 && c < 127 ? false : !NOT_SPACE.test(text) });
    if (end === ff && ff < n) page++;
    start = end + 1;
  }
  return lines;
}
