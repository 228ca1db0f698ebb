// Agreements tables: a header row naming the columns (Acuerdo | Responsable | Plazo, tabbed, barred or OCR'd as one
// run of words) and the rows under it, read cell by cell or, in an OCR'd table, from the words of each printed line.
import type { Agreement, Attendee } from '../types.js';
import type { Keywords } from '../segment/keywords.js';
import { dueValue, type DueContext } from './agreement-item.js';
import { findDates } from './dates.js';
import { TITLE_ABBREVIATION, beforeFoldingOrNull, fold, squash, startsUpper } from './text.js';

export type Col = 'number' | 'agreement' | 'responsible' | 'due' | 'status' | 'other';

const agreementWords = new WeakMap<Keywords, { re: RegExp; gate: RegExp | null }>();

/**
 * The agreement-column words anywhere in a folded line: a header row must hold one of them. `gate` matches the
 * unfolded line wherever `re` could match its folding: most lines fail it before they are folded.
 */
function agreementWord(kw: Keywords): { re: RegExp; gate: RegExp | null } {
  let w = agreementWords.get(kw);
  if (!w) {
    const source = kw.tableColumns.agreement!.source.replace(/^\^|\$$/g, '');
    agreementWords.set(kw, (w = { re: new RegExp(source, 'i'), gate: beforeFoldingOrNull(source) }));
  }
  return w;
}

const COLUMNS = ['number', 'agreement', 'responsible', 'due'] as const;

/** Most words a header row without tabs has ("N° Acuerdo Responsable Fecha límite"). */
const MAX_HEADER_WORDS = 12;
/** A line of more than MAX_HEADER_WORDS words: read up to the word past the limit, no split of the whole line. */
const TOO_MANY_WORDS = new RegExp(`^\\s*(?:\\S+\\s+){${MAX_HEADER_WORDS}}\\S`);

/** The column a folded header cell names. */
export function columnOf(f: string, kw: Keywords): Col {
  for (const k of COLUMNS) if (kw.tableColumns[k]!.test(f)) return k;
  return kw.tableColumns.status!.test(f) ? 'status' : 'other';
}

/**
 * The columns of a header's cells. Of two cells naming the agreement ("Item | Issue | Owner"), the first holds the
 * item's number.
 */
function headerColumns(cells: string[], kw: Keywords): Col[] {
  const cols = cells.map((c) => columnOf(fold(c).replace(/[:.]+$/, '').trim(), kw));
  const first = cols.indexOf('agreement');
  if (first >= 0 && cols.indexOf('agreement', first + 1) > first && !cols.includes('number')) cols[first] = 'number';
  return cols;
}

/** A status saying the item was done before the meeting: the row is a record, no agreement. */
const CLOSED_STATUS = /^(?:closed|done|completed?|cerrad[oa]|cumplid[oa]|finalizad[oa]|conclu[ií]d[oa])\.?$/i;

const BAR = /\s*\|\s*/;

/**
 * Columns of an agreements table's header row, or null. Its cells are set apart by tabs, by bars ("Owner | Task |
 * Due", as a Markdown table leaves them; only when every cell names a column: OCR keeps some column rules and not
 * others) or, in an OCR'd row, by spaces. `barred` says the rows' cells are set apart by bars too.
 */
export function tableCols(line: string, kw: Keywords): { cols: Col[]; barred: boolean } | null {
  const tabbed = line.includes('\t');
  // Prose is never a header row: skip folding every word of long lines.
  if (!tabbed && (line.length > 120 || TOO_MANY_WORDS.test(line))) return null;
  const word = agreementWord(kw);
  if ((word.gate && !word.gate.test(line)) || !word.re.test(fold(line))) return null;
  const columns = (cells: string[]) => headerColumns(cells, kw);
  if (!tabbed && line.includes(' | ')) {
    const cols = columns(line.trim().split(BAR));
    if (cols.length >= 3 && !cols.includes('other') && usable(cols)) return { cols, barred: true };
  }
  const cells = tabbed ? line.split('\t') : line.trim().split(/\s+/);
  const cols = columns(cells);
  // "Action | Owner | By": a cell of its own saying "By" heads the due column; in words run together it is prose's
  // ("ACTION: Ann to merge ... by 2025-02-26").
  if (tabbed) for (let i = 0; i < cols.length; i++) if (cols[i] === 'other' && /^\s*by\s*$/i.test(cells[i]!)) cols[i] = 'due';
  if (usable(cols)) return { cols, barred: false };
  // "N? Acuerdo ResponsalMllazo": OCR ran the owner's and due's names into a word no table names; a number and an
  // agreement column followed by such words only head the usual four.
  if (!tabbed && cols.length <= 4 && cols[0] === 'number' && cols[1] === 'agreement' && cols.slice(2).every((c) => c === 'other')) {
    return { cols: ['number', 'agreement', 'responsible', 'due'], barred: false };
  }
  return null;
}

/** A header names the agreement column and its responsible or due. */
const usable = (cols: Col[]): boolean => cols.includes('agreement') && (cols.includes('responsible') || cols.includes('due'));

/** A row under a header of columns `cols`, its cells set apart by tabs or, under a barred header, by bars. */
export function tableRow(line: string, cols: Col[], ctx: DueContext, barred = false): Agreement | null {
  if (line.includes('\t') || barred) {
    const cells = (barred && !line.includes('\t') ? line.trim().split(BAR) : line.split('\t')).map((c) => c.trim());
    // A row whose number OCR lost starts with its text: its cells sit one column further right.
    // (A number is one token, "3" or "CT/07/2021/04"; a text cell is words.)
    if (cols[0] === 'number' && cells.length < cols.length && /\S\s+\S+\s+\S/.test(cells[0]!)) cells.unshift('');
    const get = (c: Col) => { const i = cols.indexOf(c); return i >= 0 ? (cells[i] ?? null) : null; };
    const text = get('agreement');
    if (!text || CLOSED_STATUS.test(get('status') ?? '')) return null;
    const resp = get('responsible');
    return { number: get('number') || null, text: squash(text), responsible: resp && !/^[—–-]+$/.test(resp) ? resp : null, due: dueValue(get('due'), ctx) };
  }
  return null;
}

const CONNECTOR = /^(de|del|la|las|los|y|e|of|the|and|\/|&)$/iu;

/** A connector word; none is longer than three letters, so longer words skip the pattern. */
function isConnector(w: string): boolean {
  return w.length <= 3 && CONNECTOR.test(w);
}

/** Where a line's trailing responsible cell starts: the last run of capitalised words (with connectors). */
function responsibleStart(words: string[]): number {
  let i = words.length;
  while (i > 0 && (startsUpper(words[i - 1]!) || isConnector(words[i - 1]!))) i--;
  while (i < words.length && isConnector(words[i]!)) i++;
  return i;
}

/** A text cell ending in a preposition or article has more to come. */
const OPEN_END = /\s(?:de|del|para|con|en|a|al|la|el|los|las|y|for|of|to|in|on|with|at|the|and)$/iu;

/**
 * A row number alone on its line, shaped as the row above's ("ACU/2020/05" after "ACU/2020/04 Se aprueba ..."): OCR
 * read the row's cells one under another (a row carried over to a new page).
 */
export function loneNumberLike(text: string, previousRow: string): boolean {
  if (text.includes(' ') || text.length > 24 || !/\d/.test(text)) return false;
  const prev = previousRow.split(' ', 1)[0]!;
  if (prev.length !== text.length) return false;
  let same = 0;
  while (same < text.length && text[same] === prev[same]) same++;
  return same >= text.length / 2;
}

/**
 * A row whose cells OCR read one under another: its number alone, the text's lines up to the one ending its sentence,
 * the responsible's lines, and the due date alone on the last line. null for any other shape.
 */
export function stackedRow(rowLines: string[], cols: Col[], ctx: DueContext): Agreement | null {
  if (cols[0] !== 'number' || rowLines.length < 3 || rowLines[0]!.includes(' ')) return null;
  const last = rowLines[rowLines.length - 1]!;
  const dates = findDates(last, { lang: ctx.lang, defaultYear: ctx.year });
  if (dates.length !== 1 || dates[0]!.end - dates[0]!.start < last.length - 2) return null;
  const body = rowLines.slice(1, -1);
  const end = body.findIndex((l) => /[.;]$/.test(l));
  if (end < 0) return null;
  const responsible = body.slice(end + 1).join(' ');
  return { number: rowLines[0]!, text: squash(body.slice(0, end + 1).join(' ')), responsible: responsible ? squash(responsible) : null, due: dates[0]!.iso };
}

/**
 * An OCR'd table row: the first line holds number, text, responsible and due; wrapped lines add to text and
 * responsible. `rowLines` are squashed already.
 */
export function ocrRow(rowLines: string[], cols: Col[], ctx: DueContext, people: readonly Attendee[] = []): Agreement | null {
  let first = rowLines[0]!;
  let number: string | null = null;
  if (cols[0] === 'number') {
    const m = /^(\S{1,24})\s+(?:\|\s*)?/.exec(first);
    if (m) { number = /^\d+$|^[\w.-]*\/[\w/.-]*\d$/.test(m[1]!) ? m[1]! : null; first = first.slice(m[0].length); }
  }
  // "Who | What | By when": the owner's capitalised words open the row, before the task's own capital ("Tony Send ...").
  if (cols.indexOf('responsible') >= 0 && cols.indexOf('responsible') < cols.indexOf('agreement')) return ownerFirstRow(rowLines, first, number, ctx, people);
  let due: string | null = null;
  const dates = findDates(first, { lang: ctx.lang, defaultYear: ctx.year });
  const last = dates[dates.length - 1];
  const wrapped: string[] = [];
  if (last && last.end >= first.length - 2) { due = last.iso; first = first.slice(0, last.start).trim(); }
  else if (last && cols[cols.length - 1] === 'due' && /^\s*\p{L}/u.test(first.slice(last.end))) {
    // The row's wrapped lines were joined to it: the due cell ends the first printed line, the words after it
    // continue the text and responsible cells.
    due = last.iso;
    wrapped.push(first.slice(last.end));
    first = first.slice(0, last.start).trim();
  }
  // A speck OCR left apart before the due cell ("Dr. Ruiz . May 23") is no part of the name.
  first = first.replace(/\s+[.,:;]+$/, '');
  const cells = first.split(/\s*\|\s*/).filter(Boolean);
  let text: string;
  let resp: string;
  if (cells.length >= 2) {
    text = cells[0]!;
    resp = cells[1]!;
    if (!due && cells[2]) due = dueValue(cells[2], ctx);
  } else {
    const body = first.replace(/\s*\|\s*$/, '');
    const dot = body.lastIndexOf('. ');
    const tail = dot >= 0 ? body.slice(dot + 2).split(/\s+/) : [];
    if (dot >= 0 && tail.length && responsibleStart(tail) === 0 && !TITLE_ABBREVIATION.test(body.slice(Math.max(0, dot - 6), dot + 1))) {
      // "... del comité de obras. Jorge Soto L.": the sentence ends the text cell (not a title's dot: "Dr. Ruiz").
      text = body.slice(0, dot + 1);
      resp = body.slice(dot + 2);
    } else {
      const words = body.split(/\s+/);
      const cut = responsibleStart(words);
      text = words.slice(0, cut).join(' ');
      resp = words.slice(cut).join(' ');
    }
  }
  for (let k = 0; k < wrapped.length + rowLines.length - 1; k++) {
    // A squashed line ends in no space: only a last '|', ':' or ',' can be a trailing mark. (Only the words cut
    // from the first line need squashing: the row's lines come squashed.)
    const s = k < wrapped.length ? squash(wrapped[k]!) : rowLines[k - wrapped.length + 1]!;
    const t = s.endsWith('|') || s.endsWith(':') || s.endsWith(',') ? s.replace(/\s*[|:,]\s*$/, '') : s;
    const dot = t.lastIndexOf('. ');
    // A column rule OCR kept between the two cells ("... del plan de riego | Comisión de Aguas") splits them.
    const bar = t.indexOf(' | ');
    if (bar > 0 && resp) { text += ` ${t.slice(0, bar)}`; resp += ` ${t.slice(bar + 3)}`; }
    else if (dot >= 0) { text += ` ${t.slice(0, dot + 1)}`; resp += ` ${t.slice(dot + 2)}`; }
    else if (t.endsWith('.') || !resp) text += ` ${t}`;
    else {
      // A wrapped line carries the end of both cells: trailing capitalised words belong to the responsible.
      const words = t.split(/\s+/);
      let cut = responsibleStart(words);
      // A text cell cut after "for", "de", "of" goes on with the capitalised words: only the last is the name's.
      if (cut === 0 && words.length >= 2 && OPEN_END.test(text)) cut = words.length - 1;
      if (cut > 0) text += ` ${words.slice(0, cut).join(' ')}`;
      if (cut < words.length) resp += ` ${words.slice(cut).join(' ')}`;
    }
  }
  const r = squash(resp.replace(/\|/g, ' '));
  return { number, text: squash(text), responsible: r && !/^[—–-]+$/.test(r) ? r : null, due };
}

/** Some attendee's name holds `word` ("Dana" of "Dana Fox"). */
const namedBy = (word: string, people: readonly Attendee[]): boolean => people.some((a) => a.name !== null && a.name.split(' ').includes(word));

/**
 * An OCR'd row of a table whose owner column comes before the task's: owner, task, then maybe a due date. `people`
 * are the attendees.
 */
function ownerFirstRow(rowLines: string[], first: string, number: string | null, ctx: DueContext, people: readonly Attendee[]): Agreement | null {
  const words = first.split(/\s+/);
  let k = 0;
  while (k < words.length && k < 4 && startsUpper(words[k]!)) k++;
  // One capitalised word is the owner's or the task's: which cannot be told.
  if (k < 2) return null;
  // The owner is the run's words but the task's first; when the task opens with more capitals ("Dana Email Thames
  // Water about ..."), the owner is the run's opening words that attendees' names hold.
  let owner = k - 1;
  if (k > 2) {
    let known = 0;
    while (known < k - 1 && namedBy(words[known]!, people)) known++;
    if (known) owner = known;
  }
  let text = words.slice(owner).join(' ');
  const dates = findDates(text, { lang: ctx.lang, defaultYear: ctx.year });
  const last = dates[dates.length - 1];
  let due: string | null = null;
  if (last && last.end >= text.length - 2) { due = last.iso; text = text.slice(0, last.start).trim(); }
  for (const l of rowLines.slice(1)) text += ` ${l}`;
  return { number, text: squash(text), responsible: words.slice(0, owner).join(' '), due };
}

/**
 * Two table rows OCR read as one, having lost the second's number: the row holds two sentences and two due dates,
 * and the next row's number skips one. They are split again; whose responsible is whose cannot be told, so neither
 * keeps one.
 */
export function unmergeRows(rows: Agreement[], ctx: DueContext): Agreement[] {
  for (let k = 0; k + 1 < rows.length; k++) {
    const r = rows[k]!;
    const n = Number(r.number);
    if (!r.due || !r.number || !/^\d{1,3}$/.test(r.number) || rows[k + 1]!.number !== String(n + 2)) continue;
    const dates = findDates(r.due, { lang: ctx.lang, defaultYear: ctx.year });
    if (dates.length !== 2 || r.due.slice(dates[0]!.end, dates[1]!.start).trim() !== '') continue;
    const stop = r.text.search(/\.\s+\p{Lu}/u);
    if (stop < 0 || /\.\s+\p{Lu}/u.test(r.text.slice(stop + 1))) continue;
    const second: Agreement = { number: String(n + 1), text: r.text.slice(stop + 1).trim(), responsible: null, due: dates[1]!.iso };
    rows[k] = { number: r.number, text: r.text.slice(0, stop + 1), responsible: null, due: dates[0]!.iso };
    rows.splice(k + 1, 0, second);
  }
  return rows;
}
