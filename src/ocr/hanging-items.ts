// Numbered items whose text wraps onto the next line ("4.2 Renewal of the 2020–2021 Cleaning" over "Services
// Contract"), put back on one line. Only position tells such a wrap from the next item or a heading: the wrapped
// line follows at the item's line spacing and starts either where the item's text did, right of its number (a
// hanging indent), or where the item did, when the item's line is as full as the column gets (the first word below
// would not have fitted on it).
import type { Piece, RowLine } from './table-rows.js';

/** Item numbering as printed, one token: "1.", "6.1", "2)", "IV.", "a)" (list-columns.ts reads it too). */
export const ITEM_NUMBER = String.raw`(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]?|[IVXLC]{1,5}\.|[a-h]\))`;
const NUMBER = new RegExp(`^${ITEM_NUMBER}\\s+(?=\\S)`, 'u');
/** A line that starts an item or a bullet of its own. */
const OWN_START = new RegExp(`^(?:${ITEM_NUMBER}|[•·▪■◦●○*–—-])\\s`, 'u');

/** A step this many usual line steps long is a paragraph gap (the page renders a blank line there). */
export const PARAGRAPH_GAP = 1.6;
/** Longest item title put back together. */
const MAX_TITLE = 160;
/** A sentence ending inside the text: prose, not a title. */
const SENTENCE_INSIDE = /\p{Ll}[.;:]\s+\S/u;

/** The only piece of a line that holds one piece, else null. */
function single<P extends Piece>(l: RowLine<P>): P | null {
  return !l.table && l.cells.length === 1 && l.cells[0]!.length === 1 ? l.cells[0]![0]! : null;
}

/**
 * How far right the lines starting at `x` reach, when at least two of them end there (a column's measure, not one
 * long line); else Infinity.
 */
function measureAt<P extends Piece>(lines: RowLine<P>[], x: number, tol: number): number {
  const ends: number[] = [];
  for (const l of lines) { const p = single(l); if (p && Math.abs(p.x - x) <= tol) ends.push(p.xEnd); }
  const reach = Math.max(...ends);
  return ends.filter((e) => reach - e <= 3 * tol).length >= 2 ? reach : Infinity;
}

/**
 * `lines` with wrapped lines of numbered items joined to their item. `usual` is the page's usual line step: a wrap
 * follows at that spacing, not after a paragraph gap.
 */
export function joinHangingItems<P extends Piece>(lines: RowLine<P>[], usual: number): RowLine<P>[] {
  const out: RowLine<P>[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const head = single(line);
    const number = head ? NUMBER.exec(head.text) : null;
    if (!head || !number || usual <= 0) { out.push(line); continue; }
    // Glyph widths are not known one by one: each character takes its share of the piece's width.
    const charWidth = (head.xEnd - head.x) / head.text.length;
    const textX = head.x + charWidth * number[0].length;
    let reach: number | undefined;
    const start = i;
    let text = head.text;
    let bottom = line.bottom;
    let xEnd = head.xEnd;
    for (; i + 1 < lines.length; i++) {
      const next = lines[i + 1]!;
      const piece = single(next);
      const step = bottom - next.y;
      if (!piece || OWN_START.test(piece.text) || step <= 0 || step > 1.25 * usual) break;
      const hanging = Math.abs(piece.x - textX) <= 1.2 * charWidth;
      const flush = Math.abs(piece.x - head.x) <= 0.5 * charWidth;
      if (!hanging && !flush) break;
      if (flush) {
        reach ??= measureAt(lines, head.x, charWidth);
        const word = piece.text.split(' ')[0]!;
        if (xEnd + charWidth * (word.length + 1) <= reach) break;
      }
      text += ` ${piece.text}`;
      bottom = next.y;
      xEnd = piece.xEnd;
    }
    // Only a title is put back together: a numbered paragraph (sentences, many lines) is left to the segmenter,
    // whose sense of a full line it would skew.
    // A list item is followed by the next item or a gap; a heading run straight into its body text is also left
    // alone (joined, it would look like a full line of that text to the segmenter).
    const after = lines[i + 1];
    const ends = !after || !single(after) || OWN_START.test(single(after)!.text) || bottom - after.y > PARAGRAPH_GAP * usual || bottom - after.y <= 0;
    if (text === head.text || text.length > MAX_TITLE || SENTENCE_INSIDE.test(text) || !ends) { i = start; out.push(line); continue; }
    out.push({ ...line, bottom, cells: [[{ ...head, text, xEnd: Math.max(head.xEnd, xEnd) }]] });
  }
  return out;
}
