// Turns Tesseract's block/paragraph/line/word tree into page text whose word offsets are exact: words joined by a
// space, lines by \n, paragraphs and blocks by a blank line.
//
// Tables are the exception. Tesseract reads a table row by row, but a row whose cells wrap comes out as its first
// line and then the wrapped rest ("1 Reparar las luminarias de la plaza Comisión de 30-06-2021" / "del sector
// norte. Obras"), with nothing marking where one cell ends. From the word
// boxes, a gap of a table's gutter (or a ruling read as "|") separates cells; below a header of three or more such
// cells the rows are put back together (table-rows.ts) and written as typed tables are: one line per row, cells
// separated by tabs, the rulings and specks between cells left out.
import type Tesseract from 'tesseract.js';
import type { PageWord } from '../input/paged.js';
import { assembleTables, type CellLine, type Piece, type RowLine } from './table-rows.js';
import { readListColumns } from './list-columns.js';

export interface OcrLayout {
  text: string;
  words: PageWord[];
  /** Mean word confidence weighted by word length, 0..100; 0 for an empty page. */
  confidence: number;
}

/** A horizontal gap wider than this many word heights separates table columns; word spaces are about a third. */
const COLUMN_GAP = 1.5;
/** A ruling between cells, as OCR reads it. */
const BAR = /^[|¦]+$/;

interface Word {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

interface Cell extends Piece {
  words: Word[];
  /** Index of the source line. */
  line: number;
}

interface SourceLine {
  words: Word[];
  /** First line of a Tesseract paragraph (blocks start paragraphs too). */
  paragraphStart: boolean;
}

export function layoutFromBlocks(blocks: Tesseract.Block[] | null): OcrLayout {
  const source: SourceLine[] = [];
  for (const block of blocks ?? []) {
    for (const para of block.paragraphs) {
      let first = true;
      for (const line of para.lines) {
        const words: Word[] = [];
        for (const w of line.words) {
          const text = w.text.replace(/\s+/g, '');
          if (text !== '') words.push({ text, confidence: w.confidence, bbox: w.bbox });
        }
        if (words.length === 0) continue;
        source.push({ words, paragraphStart: first });
        first = false;
      }
    }
  }
  // Two numbered lists side by side are read column by column first; then tables are put back together.
  let cellLines = source.map(cellsOf);
  const read = readListColumns(source.map((l, k) => ({ ...l, cells: cellLines[k]!.cells, size: cellLines[k]!.size })));
  if (read.length !== source.length || read.some((l, k) => l.words !== source[k]!.words)) {
    source.splice(0, source.length, ...read);
    cellLines = source.map(cellsOf);
  }
  const rows = assembleTables(cellLines, { noise: isNoise }).lines;
  return render(rows, source);
}

/** A source line as cells for table assembly; `y` grows up the page, as table-rows expects. */
function cellsOf(l: SourceLine, index: number): CellLine<Cell> {
  const heights = l.words.map((w) => w.bbox.y1 - w.bbox.y0).sort((a, b) => a - b);
  const size = Math.max(1, heights[heights.length >> 1]!);
  const bottoms = l.words.map((w) => w.bbox.y1).sort((a, b) => a - b);
  const cells: Cell[] = [];
  let cur: Word[] = [];
  const close = () => {
    // A cell with no letter or digit is a speck or a stray mark between cells, not a column.
    if (cur.some((w) => /[\p{L}\p{N}]/u.test(w.text))) {
      cells.push({ x: cur[0]!.bbox.x0, xEnd: cur[cur.length - 1]!.bbox.x1, text: cur.map((w) => w.text).join(' '), words: cur, line: index });
    }
    cur = [];
  };
  l.words.forEach((w, k) => {
    if (BAR.test(w.text)) { close(); return; }
    const prev = l.words[k - 1];
    if (prev && cur.length && w.bbox.x0 - prev.bbox.x1 > COLUMN_GAP * size) close();
    cur.push(w);
  });
  close();
  // A line with nothing but marks still keeps its place: a cell no column can hold.
  if (cells.length === 0) cells.push({ x: -Infinity, xEnd: -Infinity, text: '', words: [], line: index });
  return { y: -bottoms[bottoms.length >> 1]!, size, cells };
}

/** Specks OCR reads as a letter or two ("he", "E") or as words it doubts: never a cell of their own. */
function isNoise(c: Cell): boolean {
  // A row number is text, however short: a table that cannot place it ends rather than lose it.
  if (c.words.length === 1 && /^\d{1,3}[.)]?$/.test(c.words[0]!.text) && c.words[0]!.confidence >= 40) return false;
  const chars = c.words.reduce((n, w) => n + (w.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);
  const confidence = c.words.reduce((n, w) => n + w.confidence, 0) / Math.max(1, c.words.length);
  return chars <= 2 || confidence < 40;
}

/** Text and word offsets: plain lines as Tesseract read them, table lines as rows of tab-separated cells. */
function render(rows: RowLine<Cell>[], source: SourceLine[]): OcrLayout {
  let text = '';
  const words: PageWord[] = [];
  let confSum = 0;
  let confWeight = 0;
  const put = (w: Word) => {
    words.push({ start: text.length, end: text.length + w.text.length, confidence: w.confidence, bbox: { ...w.bbox } });
    confSum += w.confidence * w.text.length;
    confWeight += w.text.length;
    text += w.text;
  };
  let prev: RowLine<Cell> | null = null;
  for (const row of rows) {
    const cells = row.table ? row.cells.map((pieces) => pieces.flatMap((p) => p.words)) : [source[row.cells[0]![0]!.line]!.words];
    // A table line left with nothing but rulings and specks is dropped with them.
    if (cells.every((ws) => ws.length === 0)) continue;
    if (prev) {
      // Inside a table rows follow each other; elsewhere Tesseract's paragraphs keep their blank line.
      text += row.table && prev.table ? '\n' : source[row.cells[0]![0]!.line]!.paragraphStart ? '\n\n' : '\n';
    }
    cells.forEach((ws, c) => {
      if (c > 0) text += '\t';
      ws.forEach((w, k) => { if (k > 0) text += ' '; put(w); });
    });
    prev = row;
  }
  return { text, words, confidence: confWeight === 0 ? 0 : confSum / confWeight };
}
