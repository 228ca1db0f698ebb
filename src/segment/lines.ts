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
  for (let i = 0; i <= cleaned.length; i++) {
    const c = cleaned[i];
    if (i === cleaned.length || c === '\n' || c === '\f') {
      const text = cleaned.slice(start, i).replace(/\r$/, '');
      lines.push({ index: lines.length, page, start, end: i, text, blank: text.trim() === '' });
      if (c === '\f') page++;
      start = i + 1;
    }
  }
  return lines;
}
