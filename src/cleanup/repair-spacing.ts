// Conservative spacing: runs of spaces inside a line become one, and a space before , ; ) goes
// ("horas , en" -> "horas, en"). Line structure and indentation at line starts are left alone, and so are tabs:
// they separate table cells (two in a row keep an empty cell), and a run of spaces around a tab becomes that tab.
// A table laid out with spaces (a PDF's text set out by its positions, a typed form) keeps its columns: a wide run
// of spaces in a row one of whose cells starts where a cell of the line above or below starts becomes a tab.
import type { Edit } from '../doc.js';

const LETTER = /\p{L}/u;
const isBlank = (c: number): boolean => c === 32 || c === 9;
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);

/** Spaces a column gap holds at least on one of two aligned lines: justified text spreads its words by one or two. */
const COLUMN_GAP = 3;
/** A first cell that is only a list mark ("•", "-", "1.", "a)"): the run after it is an indent, not a column. */
const LIST_MARK = /^(?:[^\p{L}\d\s]{1,3}|[\p{L}\d]{1,3}[.)])$/u;

/** Per line, the column (offset from the line start) where each cell after a run of two spaces or more starts, with the run's length. */
function cellStarts(raw: string): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  let lineNo = 0;
  let lineStart = 0;
  for (let i = 0; i <= raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (i < raw.length && c !== 10 && c !== 12) continue;
    const line = raw.slice(lineStart, i);
    if (line.includes('  ')) {
      const starts = new Map<number, number>();
      const lead = line.length - line.trimStart().length;
      for (const m of line.matchAll(/(?<=\S) {2,}(?=\S)/g)) {
        const first = line.slice(lead, m.index);
        if (!first.includes(' ') && LIST_MARK.test(first)) continue;
        starts.set(m.index + m[0].length, m[0].length);
      }
      if (starts.size) out.set(lineNo, starts);
    }
    lineNo++;
    lineStart = i + 1;
  }
  return out;
}

/**
 * The lines set as table rows: one of their cells starts where a cell of the line above or below starts, one of the
 * two after a wide run of spaces. Every run of two spaces or more in such a row is a column gap.
 */
function tableRows(starts: Map<number, Map<number, number>>): Set<number> {
  const rows = new Set<number>();
  for (const [n, s] of starts) {
    for (const [col, run] of s) {
      const above = starts.get(n - 1)?.get(col);
      const below = starts.get(n + 1)?.get(col);
      if ((above !== undefined && Math.max(run, above) >= COLUMN_GAP) || (below !== undefined && Math.max(run, below) >= COLUMN_GAP)) { rows.add(n); break; }
    }
  }
  return rows;
}

export function repairSpacing(raw: string): Edit[] {
  const edits: Edit[] = [];
  const rows = raw.includes('   ') ? tableRows(cellStarts(raw)) : new Set<number>();
  let lineNo = 0;
  // One scan over runs of blanks (a char loop: the lookbehind regexes cost more than all the word rules).
  for (let i = 1; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 10 || code === 12) { lineNo++; continue; }
    if (!isBlank(code)) continue;
    let j = i + 1;
    while (j < raw.length && isBlank(raw.charCodeAt(j))) j++;
    const before = raw[i - 1];
    const after = raw[j];
    if (after !== undefined && !isSpace(before)) {
      if ((after === ',' || after === ';' || after === ')') && isSpace(raw[j + 1]) && LETTER.test(before)) {
        edits.push({ start: i, end: j, text: '', kind: 'spacing', confidence: 0.7, rule: 'repairSpacing' });
      } else if (j - i >= 2 && !isSpace(after)) {
        const run = raw.slice(i, j);
        const tabs = run.replace(/ /g, '');
        if (tabs === '' && rows.has(lineNo)) edits.push({ start: i, end: j, text: '\t', kind: 'spacing', confidence: 0.8, rule: 'repairSpacing' });
        else if (tabs === '') edits.push({ start: i, end: j, text: ' ', kind: 'spacing', confidence: 0.9, rule: 'repairSpacing' });
        else if (tabs !== run) edits.push({ start: i, end: j, text: tabs, kind: 'spacing', confidence: 0.9, rule: 'repairSpacing' });
      }
    }
    i = j - 1;
  }
  return edits;
}
