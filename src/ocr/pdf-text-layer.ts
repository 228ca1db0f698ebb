// Rebuilds readable page text from pdf.js text items: items on one baseline form a line, a larger vertical gap
// than usual line spacing starts a new paragraph (blank line), and horizontal gaps become spaces, or a tab when the
// gap is as wide as a table's gutter (so table cells stay apart, as in a typed export).
// Tables whose cells wrap are put back together row by row (table-rows.ts).
import { assembleTables, type OpenTable, type Piece, type RowLine } from './table-rows.js';
import { joinHangingItems, PARAGRAPH_GAP } from './hanging-items.js';

/** The fields of a pdf.js TextItem this module reads. */
export interface TextLayerItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** Baseline-to-baseline distance of set text, in font sizes. */
const LINE_SPACING = 1.2;
/** A horizontal gap wider than this many font sizes separates table columns; justified prose never stretches so far. */
const COLUMN_GAP = 1.5;
type Cell = Piece;

interface Line {
  y: number;
  size: number;
  cells: Cell[];
}

export function textFromItems(items: TextLayerItem[]): string {
  return pageFromItems(items).text;
}

/**
 * One page's text, and the table it ends in, if any: passed back in as `continuing` for the next page, rows at that
 * page's top that fit the table's columns carry it on without a header.
 */
export function pageFromItems(items: TextLayerItem[], continuing: OpenTable | null = null): { text: string; open: OpenTable | null } {
  const assembled = assembleTables(linesOf(items), { grids: true }, continuing);
  const lines = joinHangingItems(assembled.lines, usualStep(assembled.lines));
  return { text: render(lines), open: assembled.open };
}

/** The page's usual distance from one line to the next. */
function usualStep(lines: RowLine<Cell>[]): number {
  return median(gapsBetween(lines).filter((s) => s > 0)) ?? 0;
}

function render(lines: RowLine<Cell>[]): string {
  const steps = gapsBetween(lines);
  const usual = usualStep(lines);
  let out = '';
  lines.forEach((l, i) => {
    if (i > 0) {
      const step = steps[i - 1]!;
      // A paragraph gap is clearly more than the usual line step, or a blank line drawn as an empty text line.
      // Large type (a title) sets its lines further apart: a step is measured against the smaller line's own spacing too.
      const own = Math.max(usual, LINE_SPACING * Math.min(lines[i - 1]!.size, l.size));
      out += usual > 0 && step > PARAGRAPH_GAP * own ? '\n\n' : '\n';
    }
    out += textOf(l);
  });
  return out.replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}

/** Items in drawing order to lines of cells. */
function linesOf(items: TextLayerItem[]): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  let breakNext = false;
  for (const it of items) {
    const [, , c, d, x, y] = it.transform as [number, number, number, number, number, number];
    const size = Math.hypot(c, d) || it.height || 10;
    if (it.str === '') { if (it.hasEOL) breakNext = true; continue; }
    const last = cur?.cells[cur.cells.length - 1];
    // Some producers fill a table's gutter with one wide space item: that is a column gap, not a word space.
    if (cur !== null && last && !breakNext && it.str.trim() === '' && it.width > COLUMN_GAP * size && Math.abs(y - cur.y) < 0.5 * size) {
      cur.cells.push({ x: x + it.width, xEnd: x + it.width, text: '' });
      continue;
    }
    const sameLine = cur !== null && last && !breakNext && Math.abs(y - cur.y) < 0.5 * Math.max(size, cur.size);
    if (!sameLine) {
      if (cur) lines.push(cur);
      cur = { y, size, cells: [{ x, xEnd: x + it.width, text: it.str }] };
    } else {
      const gap = x - last!.xEnd;
      if (gap > COLUMN_GAP * size) cur!.cells.push({ x, xEnd: x + it.width, text: it.str });
      else {
        const needsSpace = gap > 0.15 * size && !last!.text.endsWith(' ') && !it.str.startsWith(' ');
        // A cell opened by a gutter item starts where its first word does.
        if (last!.text === '') last!.x = x;
        last!.text += (needsSpace ? ' ' : '') + it.str;
        last!.xEnd = Math.max(last!.xEnd, x + it.width);
      }
    }
    breakNext = it.hasEOL;
  }
  if (cur) lines.push(cur);
  for (const l of lines) {
    for (const cell of l.cells) cell.text = cell.text.replace(/[ \u00a0]+/g, ' ').trim();
    l.cells = l.cells.filter((cell) => cell.text !== '');
  }
  return lines.filter((l) => l.cells.length > 0);
}

function textOf(l: RowLine<Cell>): string {
  return l.cells.map((pieces) => joinWrapped(pieces.map((p) => p.text))).join('\t');
}

/** The lines of one wrapped cell as one text; a word hyphenated at the line end is joined back. */
function joinWrapped(parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (out === '') out = p;
    else if (/\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(p)) out = out.slice(0, -1) + p;
    else out += ` ${p}`;
  }
  return out;
}

/** Downward distance from each line's last baseline to the next line's first; negative for columns or out-of-order content. */
function gapsBetween(lines: { y: number; bottom?: number }[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < lines.length; i++) out.push((lines[i - 1]!.bottom ?? lines[i - 1]!.y) - lines[i]!.y);
  return out;
}

function median(xs: number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
