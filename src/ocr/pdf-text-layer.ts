// Rebuilds readable page text from pdf.js text items: items on one baseline form a line, a larger vertical gap
// than usual line spacing starts a new paragraph (blank line), and horizontal gaps become spaces, or a tab when the
// gap is as wide as a table's gutter (so table cells stay apart, as in a typed export).
//
// Tables whose cells wrap are put back together row by row. A PDF draws such a table cell by cell (all of
// "Acuerdo", then all of "Responsable"), each cell on as many lines as it wraps to, so read line by line a row comes
// out in pieces: "1 Realizar un operativo ... en el sector" / "centro en el horario ..." / "Carabineros de Chile y"
// / "Policía de Investigaciones" / "31-08-2021". Below a header line of three or more cells, the lines whose every
// cell sits inside one column are the table's body: they are regrouped by baseline and joined into rows (see rowsOf),
// each row's cells column by column.

/** The fields of a pdf.js TextItem this module reads. */
export interface TextLayerItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** A horizontal gap wider than this many font sizes separates table columns; justified prose never stretches so far. */
const COLUMN_GAP = 1.5;
/** Cells a line needs to be read as a table header. Two cells are as often a label and its value. */
const MIN_HEADER_CELLS = 3;

interface Cell {
  x: number;
  xEnd: number;
  text: string;
}

interface Line {
  y: number;
  size: number;
  cells: Cell[];
  /** Baseline of the last line a joined table row spans (its `y` is its first line's). */
  bottom?: number;
}

export function textFromItems(items: TextLayerItem[]): string {
  const lines = assembleTables(linesOf(items));
  const steps = gapsBetween(lines);
  const usual = median(steps.filter((s) => s > 0)) ?? 0;
  let out = '';
  lines.forEach((l, i) => {
    if (i > 0) {
      const step = steps[i - 1]!;
      // A paragraph gap is clearly more than the usual line step, or a blank line drawn as an empty text line.
      out += usual > 0 && step > 1.6 * usual ? '\n\n' : '\n';
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

function textOf(l: Line): string {
  return l.cells.map((c) => c.text).join('\t');
}

/** Lines with tables whose cells wrap turned into one line per row. */
function assembleTables(lines: Line[]): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    const top = lines[i]!;
    i++;
    const columns = top.cells.map((c) => c.x);
    const tol = top.size;
    // A line of three or more cells heads a table; a line of two ("Present<tab>Mayor Ruiz; ...") is a label and its
    // value, the first row of a two-column grid whose values may wrap.
    const headed = top.cells.length >= MIN_HEADER_CELLS;
    if (top.cells.length < 2 || !top.cells.every((c, k) => columnOf(c, columns, tol) === k)) { out.push(top); continue; }
    const body: Line[] = headed ? [] : [top];
    // The body runs while every cell of a line starts at a column and ends before the next one begins.
    while (i < lines.length && lines[i]!.y < top.y && lines[i]!.cells.every((c) => columnOf(c, columns, tol) >= 0)) body.push(lines[i++]!);
    if (headed) out.push(top);
    if (body.length) out.push(...rowsOf(headed ? top.y : null, body, columns, tol));
  }
  return out;
}

/** The column a cell sits in, or -1 when it starts between columns or spills over the next one. */
function columnOf(cell: Cell, columns: number[], tol: number): number {
  const k = columns.findIndex((x) => Math.abs(cell.x - x) <= tol);
  if (k < 0) return -1;
  const next = columns[k + 1];
  return next === undefined || cell.xEnd <= next + tol ? k : -1;
}

interface Placed {
  cell: Cell;
  column: number;
}

/**
 * Body lines regrouped by baseline, then joined into rows. Under a table header, a line with nothing in the first
 * column goes on with the row above (its cells wrapped further, or list several lines). A line with something in the
 * first column starts a row, unless that text is the first column's text wrapping on: the text above it was several
 * words (a row number is one) and as wide as the column gets, so this line's first word would not have fitted there;
 * the line follows at the tight spacing of wrapped lines, not at a row's; and fewer cells go on than the row began
 * with (a new row fills its columns again).
 *
 * A two-column grid (`headerY` null: label and value, no header) is read more warily, since its values are as often
 * lists of one name per line as wrapped text: a value line joins the one above only when the text shows it goes on
 * (an open parenthesis, a trailing "and"/"de", a lower-case start).
 */
function rowsOf(headerY: number | null, body: Line[], columns: number[], tol: number): Line[] {
  // Cells are drawn column by column, so a table's lines come back in order only when sorted by baseline.
  const cells = body.flatMap((l) => l.cells.map((c) => ({ cell: c, column: columnOf(c, columns, tol), y: l.y, size: l.size })));
  cells.sort((a, b) => b.y - a.y || a.cell.x - b.cell.x);
  const visual: { y: number; size: number; cells: Placed[] }[] = [];
  for (const c of cells) {
    const last = visual[visual.length - 1];
    if (last && Math.abs(last.y - c.y) < 0.5 * Math.max(last.size, c.size)) last.cells.push(c);
    else visual.push({ y: c.y, size: c.size, cells: [c] });
  }
  // How far right each column's text ever reaches: a line that full had no room for another word.
  const reach = columns.map((_, k) => Math.max(...cells.filter((c) => c.column === k).map((c) => c.cell.xEnd)));
  const ys = [headerY ?? Infinity, ...visual.map((v) => v.y)];
  const tightest = Math.min(...ys.slice(1).map((y, k) => ys[k]! - y));
  const rows: { y: number; bottom: number; size: number; began: number; parts: string[][] }[] = [];
  visual.forEach((v, k) => {
    const row = rows[rows.length - 1];
    const above = k > 0 ? visual[k - 1]!.cells : [];
    const aboveIn = (c: Placed) => above.find((x) => x.column === c.column)?.cell;
    const startsColumn = v.cells.some((c) => c.column === 0);
    let wraps: boolean;
    if (row === undefined) wraps = false;
    else if (headerY === null) wraps = !startsColumn && v.cells.every((c) => { const a = aboveIn(c); return a !== undefined && goesOn(a.text, c.cell.text); });
    else if (!startsColumn) wraps = true;
    else {
      const a = v.cells.find((c) => c.column === 0)!;
      const up = aboveIn(a);
      wraps = up !== undefined && up.text.includes(' ') && wouldNotFit(up, a.cell, reach[0]!) && v.cells.length < row.began && ys[k]! - v.y <= 1.15 * tightest;
    }
    if (!row || !wraps) rows.push({ y: v.y, bottom: v.y, size: v.size, began: v.cells.length, parts: columns.map(() => []) });
    const target = rows[rows.length - 1]!;
    target.bottom = v.y;
    for (const c of v.cells) target.parts[c.column]!.push(c.cell.text);
  });
  // Nothing to join: the lines stay as drawn (a label centred beside a two-line value stays before it).
  if (rows.length === body.length) return body;
  return rows.map((r) => {
    const texts = r.parts.map((p) => joinWrapped(p));
    // Keep the cells' column positions between filled cells (an empty field stays one); none before the first or
    // after the last, as a line read on its own would have.
    const first = texts.findIndex((t) => t !== '');
    let last = texts.length - 1;
    while (last > first && texts[last] === '') last--;
    return { y: r.y, bottom: r.bottom, size: r.size, cells: texts.slice(first, last + 1).map((text, k) => ({ x: columns[first + k]!, xEnd: columns[first + k]!, text })) };
  });
}

/** Words a line cannot end on when its text is complete. */
const CONNECTOR_END = /(?:^|\s)(?:y|e|o|de|del|la|las|los|el|en|con|por|para|a|and|or|of|the|for|to|in|with|at)$/iu;

/** True when text plainly goes on from `above` to `below`: an open parenthesis, a connector at the end, a lower-case start. */
function goesOn(above: string, below: string): boolean {
  const open = (above.match(/\(/g)?.length ?? 0) > (above.match(/\)/g)?.length ?? 0);
  return open || CONNECTOR_END.test(above) || /^\p{Ll}/u.test(below);
}

/** True when the first word of `below` would not have fitted after `above` within `reach`. */
function wouldNotFit(above: Cell, below: Cell, reach: number): boolean {
  const word = below.text.split(' ')[0]!;
  // Glyph widths are not known one by one: a word (and the space before it) takes its share of the cell's width.
  const wordWidth = ((below.xEnd - below.x) * (word.length + 1)) / Math.max(1, below.text.length);
  return above.xEnd + wordWidth > reach;
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
