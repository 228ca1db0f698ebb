// Tables whose cells wrap, put back together row by row, from positioned text (PDF text items or OCR words).
//
// A PDF draws a table cell by cell (all of "Acuerdo", then all of "Responsable"), each cell on as many lines as it
// wraps to, and OCR reads a row as its first line followed by the wrapped rest; either way a row comes out in pieces:
// "1 Reparar las luminarias de la plaza" / "del sector norte." / "Comisión de" / "Obras" / "30-06-2021". Below a header line of three or more cells, the lines whose every cell sits inside
// one column are the table's body: they are regrouped by baseline and joined into rows (see rowsOf), each row's
// cells column by column.
//
// Coordinates: `y` grows up the page (PDF user space; OCR callers pass the negated image row).

/** A run of text on one line, between column gaps. */
export interface Piece {
  x: number;
  xEnd: number;
  text: string;
}

export interface CellLine<P extends Piece> {
  y: number;
  /** Font size, or the height of the line's words. */
  size: number;
  cells: P[];
}

export interface RowLine<P extends Piece> {
  /** Baseline of the row's first line, and of its last (equal unless lines were joined). */
  y: number;
  bottom: number;
  size: number;
  /** Each output cell: the pieces it is made of, top to bottom. */
  cells: P[][];
  /** Set on the lines of a table: a header of three or more cells and the rows under it. */
  table?: boolean;
}

export interface TableOptions<P extends Piece = Piece> {
  /** Also read a line of two cells (a label and its value) as the first row of a grid whose values may wrap. */
  grids?: boolean;
  /** Pieces that may be dropped when they fit no column, instead of ending the table (OCR specks read as "he", "="). */
  noise?: (piece: P) => boolean;
}

/** Cells a line needs to be read as a table header. Two cells are as often a label and its value. */
const MIN_HEADER_CELLS = 3;

/** The columns of a table that ran to the end of a page, for the page after it. */
export interface OpenTable {
  columns: number[];
  size: number;
}

export interface Assembled<P extends Piece> {
  lines: RowLine<P>[];
  /** Set when the page ends inside a table (the next page may carry on its rows without a header). */
  open: OpenTable | null;
}

/** Lines at a page's top that may come before a continued table: a running header, a page counter drawn early. */
const CONTINUATION_SKIP = 3;

/**
 * Lines with tables whose cells wrap turned into one line per row; every other line passes through, each piece its
 * own cell. `continuing` is the table the previous page ended in: rows at this page's top that fit its columns
 * carry it on.
 */
export function assembleTables<P extends Piece>(lines: CellLine<P>[], opts: TableOptions<P> = {}, continuing: OpenTable | null = null): Assembled<P> {
  const out: RowLine<P>[] = [];
  const plain = (l: CellLine<P>): RowLine<P> => ({ y: l.y, bottom: l.y, size: l.size, cells: l.cells.map((c) => [c]) });
  let i = 0;
  /** The last table taken: its columns, the index after it and its last line's baseline. */
  const last: { table: (OpenTable & { end: number; y: number }) | null } = { table: null };
  /** Takes the table whose first row (or header) is lines[i], if the lines below fit its columns. */
  const take = (columns: number[], tol: number, kind: 'headed' | 'grid' | 'continued'): void => {
    const top = lines[i]!;
    i++;
    const body: CellLine<P>[] = [top];
    const taken: CellLine<P>[] = [top];
    // A header often leaves its number column unlabelled ("NOMBRE  PUESTO  FIRMA" over "1.  Dr. ...  Presidente"):
    // cells of the first row left of the header's first column, with the rest fitting, add that column.
    if (kind === 'headed' && i < lines.length && lines[i]!.y < top.y) {
      const first = lines[i]!.cells;
      const lead = first.filter((c) => c.xEnd < columns[0]! - tol / 2);
      if (lead.length === 1 && first.length > lead.length && first.filter((c) => !lead.includes(c)).every((c) => columnOf(c, columns, tol) >= 0)) {
        columns = [lead[0]!.x, ...columns];
      }
    }
    // The body runs while every cell of a line starts at a column and ends before the next one begins; noise that
    // fits no column is dropped on the way.
    // (Lines on the top line's own baseline count: a PDF may draw the first row's other cells after its wrapped text.)
    while (i < lines.length && lines[i]!.y < top.y + 0.5 * top.size) {
      const l = lines[i]!;
      const kept = l.cells.filter((c) => columnOf(c, columns, tol) >= 0 || !opts.noise?.(c));
      if (!kept.every((c) => columnOf(c, columns, tol) >= 0)) break;
      taken.push(l);
      if (kept.length) body.push(kept.length === l.cells.length ? l : { ...l, cells: kept });
      i++;
    }
    const table = kind !== 'grid';
    if (table) last.table = { columns, size: tol, end: i, y: taken[taken.length - 1]!.y };
    const rows = body.length > 1 || kind === 'continued' ? rowsOf(kind === 'grid', body, columns, tol) : null;
    if (rows) out.push(...rows);
    // Nothing joined: the lines stay as they came, a table still marked as one.
    else out.push(...taken.map((l) => (table && (body.length > 1 || kind === 'continued') ? { ...plain(l), table: true } : plain(l))));
  };
  if (continuing) {
    const fits = (l: CellLine<P>) => l.cells.every((c) => columnOf(c, continuing.columns, continuing.size) >= 0);
    const k = lines.slice(0, CONTINUATION_SKIP + 1).findIndex(fits);
    if (k >= 0) {
      for (; i < k; i++) out.push(plain(lines[i]!));
      take(continuing.columns, continuing.size, 'continued');
    }
  }
  while (i < lines.length) {
    const top = lines[i]!;
    const columns = top.cells.map((c) => c.x);
    const tol = top.size;
    const headed = top.cells.length >= MIN_HEADER_CELLS;
    const grid = !headed && opts.grids === true && top.cells.length === 2;
    if (!(headed || grid) || !top.cells.every((c, k) => columnOf(c, columns, tol) === k)) { out.push(plain(top)); i++; continue; }
    take(columns, tol, headed ? 'headed' : 'grid');
  }
  // A table still going at the page's end (only lines drawn out of order, above it, may follow) may go on overleaf.
  const t = last.table;
  const open = t && lines.slice(t.end).every((l) => l.y > t.y) ? { columns: t.columns, size: t.size } : null;
  return { lines: out, open };
}

/** The column a piece sits in, or -1 when it starts between columns or spills over the next one. */
function columnOf(cell: Piece, columns: number[], tol: number): number {
  const k = columns.findIndex((x) => Math.abs(cell.x - x) <= tol);
  if (k < 0) return -1;
  const next = columns[k + 1];
  return next === undefined || cell.xEnd <= next + tol ? k : -1;
}

interface Placed<P extends Piece> {
  cell: P;
  column: number;
}

/**
 * Body lines (the first is the header or first row) regrouped by baseline, then joined into rows; null when no line
 * joins another (the lines then stay as they came: a label centred beside a two-line value stays before it). Below a
 * table's first row, a line with nothing in
 * the first column goes on with the row above (its cells wrapped further, or list several lines). A line with
 * something in the first column starts a row, unless that text is the first column's text wrapping on: the text
 * above it was several words (a row number is one) and as wide as the column gets, so this line's first word would
 * not have fitted there; the line follows at the tight spacing of wrapped lines, not at a row's; and fewer cells go
 * on than the row began with (a new row fills its columns again).
 *
 * The first row, which may be a header, and a two-column grid (label and value, no header, whose values are as often
 * lists of one name per line as wrapped text) are read more warily: a line joins the one above only when the text
 * shows it goes on (an open parenthesis, a trailing "and"/"de", a lower-case start).
 */
function rowsOf<P extends Piece>(grid: boolean, body: CellLine<P>[], columns: number[], tol: number): RowLine<P>[] | null {
  // PDF cells are drawn column by column, so a table's lines come back in order only when sorted by baseline.
  const cells = body.flatMap((l) => l.cells.map((c) => ({ cell: c, column: columnOf(c, columns, tol), y: l.y, size: l.size })));
  cells.sort((a, b) => b.y - a.y || a.cell.x - b.cell.x);
  const visual: { y: number; size: number; cells: Placed<P>[] }[] = [];
  for (const c of cells) {
    const last = visual[visual.length - 1];
    if (last && Math.abs(last.y - c.y) < 0.5 * Math.max(last.size, c.size)) last.cells.push(c);
    else visual.push({ y: c.y, size: c.size, cells: [c] });
  }
  // How far right each column's text ever reaches: a line that full had no room for another word.
  const reach = columns.map((_, k) => Math.max(...cells.filter((c) => c.column === k).map((c) => c.cell.xEnd)));
  const ys = [Infinity, ...visual.map((v) => v.y)];
  const tightest = Math.min(...ys.slice(1).map((y, k) => ys[k]! - y));
  const rows: { y: number; bottom: number; size: number; began: number; parts: P[][] }[] = [];
  visual.forEach((v, k) => {
    const row = rows[rows.length - 1];
    const above = k > 0 ? visual[k - 1]!.cells : [];
    const aboveIn = (c: Placed<P>) => above.find((x) => x.column === c.column)?.cell;
    const startsColumn = v.cells.some((c) => c.column === 0);
    let wraps: boolean;
    if (row === undefined) wraps = false;
    // The first row may be a header (whose next line is a row of its own) or a row whose cells wrap: as in a grid,
    // only text that plainly goes on joins it.
    // (A grid's first column holds labels: a line with one starts a row.)
    else if (grid || rows.length === 1) wraps = !(grid && startsColumn) && v.cells.every((c) => { const a = aboveIn(c); return a !== undefined && goesOn(a.text, c.cell.text); });
    else if (!startsColumn) wraps = true;
    else {
      const a = v.cells.find((c) => c.column === 0)!;
      const up = aboveIn(a);
      wraps = up !== undefined && up.text.includes(' ') && wouldNotFit(up, a.cell, reach[0]!) && v.cells.length < row.began && ys[k]! - v.y <= 1.15 * tightest;
    }
    if (!row || !wraps) rows.push({ y: v.y, bottom: v.y, size: v.size, began: v.cells.length, parts: columns.map(() => []) });
    const target = rows[rows.length - 1]!;
    target.bottom = v.y;
    for (const c of v.cells) target.parts[c.column]!.push(c.cell);
  });
  if (rows.length === body.length) return null;
  return rows.map((r) => {
    // Keep the cells' column positions between filled cells (an empty field stays one); none before the first or
    // after the last, as a line read on its own would have.
    const first = r.parts.findIndex((p) => p.length > 0);
    let last = r.parts.length - 1;
    while (last > first && r.parts[last]!.length === 0) last--;
    return { y: r.y, bottom: r.bottom, size: r.size, cells: r.parts.slice(first, last + 1), table: true };
  });
}

/** Words a line cannot end on when its text is complete. */
const CONNECTOR_END = /(?:^|\s)(?:y|e|o|de|del|la|las|los|el|en|con|por|para|a|and|or|of|the|for|to|in|with|at)$/iu;

/**
 * True when text plainly goes on from `above` to `below`: an open parenthesis, a connector at the end, a lower-case
 * start, or a list separated by semicolons that stops without one ("Ana Ruiz (Chair); Luis" over "Soto (Member); ...").
 */
function goesOn(above: string, below: string): boolean {
  const open = (above.match(/\(/g)?.length ?? 0) > (above.match(/\)/g)?.length ?? 0);
  return open || CONNECTOR_END.test(above) || /^\p{Ll}/u.test(below) || (above.includes('; ') && !/[;.:,]$/.test(above));
}

/** True when the first word of `below` would not have fitted after `above` within `reach`. */
function wouldNotFit(above: Piece, below: Piece, reach: number): boolean {
  const word = below.text.split(' ')[0]!;
  // Glyph widths are not known one by one: a word (and the space before it) takes its share of the piece's width.
  const wordWidth = ((below.xEnd - below.x) * (word.length + 1)) / Math.max(1, below.text.length);
  return above.xEnd + wordWidth > reach;
}
