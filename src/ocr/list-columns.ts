// Two numbered lists set side by side, as agendas often are ("1.0 Opening     4.1 Renewal of the Cleaning" /
// "2.0 Minutes     Services Contract"): Tesseract reads each line across the gutter, so
// items of the two lists alternate and a right-hand wrap lands in a left-hand item. Read from the word boxes, the
// block becomes its left column and then its right one, each read down, an unnumbered line joined to the item
// above it (both columns are numbered lists: an unnumbered line in one is an item's wrap).
import type { Piece } from './table-rows.js';
import { ITEM_NUMBER } from './hanging-items.js';

interface ColumnWord {
  text: string;
  bbox: { x0: number; x1: number };
}

/** A line as the layout split it: its cells (word runs between gutter-wide gaps) and its word height. */
export interface SplitLine<W extends ColumnWord> {
  words: W[];
  paragraphStart: boolean;
  cells: Array<Piece & { words: W[] }>;
  size: number;
}

const NUMBER = new RegExp(`^${ITEM_NUMBER}$`, 'u');
/** Fewest lines with text on both sides, and numbered items on each side, that make a block two lists. */
const MIN_PAIRS = 3;
const MIN_ITEMS = 2;
/** A word with no letter or digit: a speck or a mark OCR read in the gutter. */
const SPECK = /^[^\p{L}\p{N}]+$/u;

const numbered = (ws: ColumnWord[]) => ws.length > 1 && NUMBER.test(ws[0]!.text);

/** A line's words either side of `gutter`, specks dropped; null when a word runs across it. */
function split<W extends ColumnWord>(l: SplitLine<W>, gutter: number, size: number): { left: W[]; right: W[] } | null {
  const left: W[] = [];
  const right: W[] = [];
  for (const w of l.words) {
    if (SPECK.test(w.text)) continue;
    if (w.bbox.x0 >= gutter - size) right.push(w);
    else if (w.bbox.x1 <= gutter - size / 2 && !right.length) left.push(w);
    else return null;
  }
  return left.length || right.length ? { left, right } : null;
}

/** The lines with each two-list block read column by column; other lines as they were. */
export function readListColumns<W extends ColumnWord>(lines: SplitLine<W>[]): Array<{ words: W[]; paragraphStart: boolean }> {
  const out: Array<{ words: W[]; paragraphStart: boolean }> = [];
  let i = 0;
  while (i < lines.length) {
    const block = blockFrom(lines, i);
    if (!block) { out.push(lines[i]!); i++; continue; }
    const left: W[][] = [];
    const right: W[][] = [];
    for (const { left: l, right: r } of block.splits) {
      for (const [side, words] of [[left, l], [right, r]] as const) {
        if (!words.length) continue;
        const prev = side[side.length - 1];
        // An unnumbered line after an item is the item's wrap.
        if (prev && numbered(prev) && !numbered(words)) prev.push(...words);
        else side.push([...words]);
      }
    }
    [...left, ...right].forEach((words, k) => out.push({ words, paragraphStart: k === 0 && lines[i]!.paragraphStart }));
    i = block.end;
  }
  return out;
}

/**
 * The two-list block whose first line is `i`: a line with a numbered item right of a gutter-wide gap sets the
 * gutter, and the block runs while lines split there.
 */
function blockFrom<W extends ColumnWord>(lines: SplitLine<W>[], i: number): { end: number; splits: Array<{ left: W[]; right: W[] }> } | null {
  // The gutter: where the right column starts, the leftmost numbered cell right of a gap in this line and the
  // next three (its items may be indented under a heading).
  let gutter = Infinity;
  let size = 0;
  for (let k = i; k < Math.min(lines.length, i + 4); k++) {
    const cs = lines[k]!.cells;
    if (cs.length === 2 && numbered(cs[1]!.words) && cs[1]!.x < gutter) { gutter = cs[1]!.x; size = lines[k]!.size; }
  }
  if (gutter === Infinity || lines[i]!.cells.length !== 2) return null;
  const splits: Array<{ left: W[]; right: W[] }> = [];
  let pairs = 0;
  let leftItems = 0;
  let rightItems = 0;
  let k = i;
  for (; k < lines.length; k++) {
    const s = split(lines[k]!, gutter, size);
    if (!s) break;
    // A new paragraph on one side only (the heading after the lists) ends the block.
    if (k > i && lines[k]!.paragraphStart && !(s.left.length && s.right.length)) break;
    splits.push(s);
    if (s.left.length && s.right.length) pairs++;
    if (numbered(s.left)) leftItems++;
    if (numbered(s.right)) rightItems++;
  }
  // Only a block starting at `i` counts: its first line must split too.
  if (!splits.length || pairs < MIN_PAIRS || leftItems < MIN_ITEMS || rightItems < MIN_ITEMS) return null;
  return { end: k, splits };
}
