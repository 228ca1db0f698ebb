// An agreements table whose cells OCR (or a copy from a PDF) set one per line, the header too:
//   Compromiso / Responsable / Plazo / Enviar carta al municipio / Presidenta / 30 de agosto / ...
// A row ends with its due cell (a date, or words such as "por definir"); the responsible is the line before it and
// the task the lines before that, however many it wrapped over.
import type { Agreement } from '../types.js';
import type { Labelled } from '../segment/zones.js';
import { dueValue, type DueContext } from './agreement-item.js';
import { columnOf, type Col } from './agreement-table.js';
import { fold, squash } from './text.js';

/** Longest header cell of such a table ("Fecha de cumplimiento"). */
const MAX_CELL = 30;
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;

/** The next filled line of the agreements zone at or after `i`, or -1 when the zone ends first. */
function nextCell(lines: readonly Labelled[], i: number): number {
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank || l.zone === 'furniture') continue;
    return l.zone === 'agreements' && !l.heading ? i : -1;
  }
  return -1;
}

/** A line that is a due cell: a whole date, or words saying when without one ("Próxima sesión"). */
function dueCell(text: string, ctx: DueContext): string | null {
  if (text.length > 40) return null;
  const v = dueValue(text.replace(/[.;]$/, ''), ctx);
  if (v && ISO_DATE.test(v)) return v;
  return ctx.kw.undefinedDue.test(fold(text).replace(/[.;]$/, '')) ? text.replace(/[.;]$/, '') : null;
}

/**
 * The rows of a table whose header cells stand one per line from `start`, and the index of the first line after the
 * table; null when the lines there are no such header.
 */
export function cellTable(lines: readonly Labelled[], start: number, ctx: DueContext): { rows: Agreement[]; next: number } | null {
  const cols: Col[] = [];
  let i = start;
  for (; i >= 0; i = nextCell(lines, i + 1)) {
    const t = lines[i]!.text.trim();
    if (t.length > MAX_CELL || t.includes('\t') || t.includes(' | ')) break;
    const c = columnOf(fold(t).replace(/[:.]+$/, '').trim(), ctx.kw);
    if (c === 'other' || c === 'status' || cols.includes(c)) break;
    cols.push(c);
  }
  // The header names the task, its owner and its due, the due last: the due cell ends each row.
  if (cols.length < 3 || cols[0] === 'responsible' || cols.at(-1) !== 'due' || !cols.includes('agreement') || !cols.includes('responsible') || i < 0) return null;
  const rows: Agreement[] = [];
  let cell: string[] = [];
  let next = i;
  for (; i >= 0; i = nextCell(lines, i + 1)) {
    const t = squash(lines[i]!.text);
    const due = cell.length >= cols.length - 2 ? dueCell(t, ctx) : null;
    if (due) {
      const responsible = cell.pop()!;
      const number = cols[0] === 'number' && /^\d{1,3}\.?$/.test(cell[0] ?? '') ? cell.shift()!.replace('.', '') : null;
      if (!cell.length) return rows.length ? { rows, next } : null;
      rows.push({ number, text: squash(cell.join(' ')), responsible, due });
      cell = [];
      next = i + 1;
      continue;
    }
    // A row's task wraps over a few lines at most: more lines with no due are no row of the table.
    if (cell.length >= cols.length + 2) break;
    cell.push(t);
  }
  if (i < 0 && !cell.length) next = lines.length;
  return rows.length ? { rows, next } : null;
}
