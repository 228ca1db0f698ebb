// Agreements: the final list or table (Acuerdo | Responsable | Plazo) plus labelled decisions inside
// the discussion ("ACUERDO N° 45:", "Se acuerda ...", "ACUERDA:", "RESOLVED, that", "Motion by ...").
import type { Agreement } from '../types.js';
import type { Keywords } from '../segment/keywords.js';
import type { Labelled } from '../segment/zones.js';
import type { SegmentContext } from '../segment/context.js';
import type { Part } from './discussion.js';
import { dueValue, parseAgreement, type DueContext } from './agreement-item.js';
import { findDates } from './dates.js';
import { BULLET, TASK_BOX, TITLE_ABBREVIATION, TITLE_WORDS, beforeFoldingOrNull, fold, splitNumbering, squash, startsUpper } from './text.js';

type Col = 'number' | 'agreement' | 'responsible' | 'due' | 'status' | 'other';

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
function columnOf(f: string, kw: Keywords): Col {
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
function tableCols(line: string, kw: Keywords): { cols: Col[]; barred: boolean } | null {
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
  const cols = columns(tabbed ? line.split('\t') : line.trim().split(/\s+/));
  return usable(cols) ? { cols, barred: false } : null;
}

/** A header names the agreement column and its responsible or due. */
const usable = (cols: Col[]): boolean => cols.includes('agreement') && (cols.includes('responsible') || cols.includes('due'));

/** A row under a header of columns `cols`, its cells set apart by tabs or, under a barred header, by bars. */
function tableRow(line: string, cols: Col[], ctx: DueContext, barred = false): Agreement | null {
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
function loneNumberLike(text: string, previousRow: string): boolean {
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
function stackedRow(rowLines: string[], cols: Col[], ctx: DueContext): Agreement | null {
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
function ocrRow(rowLines: string[], cols: Col[], ctx: DueContext): Agreement | null {
  let first = rowLines[0]!;
  let number: string | null = null;
  if (cols[0] === 'number') {
    const m = /^(\S{1,24})\s+(?:\|\s*)?/.exec(first);
    if (m) { number = /^\d+$|^[\w.-]*\/[\w/.-]*\d$/.test(m[1]!) ? m[1]! : null; first = first.slice(m[0].length); }
  }
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

/** A stop inside a responsible line, where a due label may start ("Tesorero. Fecha límite: 7 de diciembre"). */
const FIELD_STOP = /[.;]\s+/g;

/**
 * The notes parseAgreement() reads for a "Responsable: ..." line under an item: the responsible, and a due its own
 * label gives after it on the same line.
 */
function responsibleNote(who: string, kw: Keywords): string {
  FIELD_STOP.lastIndex = 0;
  for (let m = FIELD_STOP.exec(who); m; m = FIELD_STOP.exec(who)) {
    const rest = who.slice(m.index + m[0].length);
    const label = kw.dueLabel.exec(rest);
    if (label) return ` (Resp.: ${who.slice(0, m.index).trim()}) (due: ${rest.slice(label[0].length).trim()})`;
  }
  return ` (Resp.: ${who.trim()})`;
}

/** Items of the agreements zone: table rows, numbered items, or one item per line. */
function listAgreements(lines: Labelled[], kw: Keywords, ctx: SegmentContext): Agreement[] {
  const out: Agreement[] = [];
  let cols: Col[] | null = null;
  /** The header set its cells apart by bars: so do its rows. */
  let barred = false;
  let cur: { number: string | null; text: string } | null = null;
  const flush = () => { if (cur && /\S/.test(cur.text)) out.push(parseAgreement(cur.text, cur.number, ctx)); cur = null; flushRow(); };
  let row: string[] = [];
  const flushRow = () => { if (row.length && cols) { const r = stackedRow(row, cols, ctx) ?? ocrRow(row, cols, ctx); if (r && r.text) out.push(r); } row = []; };
  let gap = false;
  /** The rows read are a table's inside the discussion. */
  let inDiscussion = false;
  for (const l of lines) {
    if (l.zone === 'discussion' && !l.heading && l.text.includes('\t')) {
      // A table whose header names the task, its owner and its due is an action list wherever it stands.
      if (inDiscussion && cols) { const r = tableRow(l.text, cols, ctx); if (r) out.push(r); continue; }
      const h = tableCols(l.text, kw);
      if (h && h.cols.includes('responsible') && h.cols.includes('due')) { flush(); cols = h.cols; barred = false; inDiscussion = true; continue; }
    }
    // (Most lines of a document are outside the zone: the flush runs only when an item or row is pending.)
    if (l.zone !== 'agreements' || l.heading || kw.noAgreements.test(ctx.trimmed(l))) { if (l.zone !== 'blank' && l.zone !== 'furniture') { if (cur || row.length) flush(); cols = null; inDiscussion = false; } gap = true; continue; }
    inDiscussion = false;
    if (l.blank) { gap = true; continue; }
    const afterGap = gap;
    gap = false;
    // ("Responsable: Vocal de Actividades" names no columns, whatever its words.)
    const header = kw.responsible.test(l.text.trimStart()) ? null : tableCols(l.text, kw);
    if (header) { flush(); cols = header.cols; barred = header.barred; continue; }
    if (cols && (l.text.includes('\t') || (barred && l.text.includes(' | ')))) { const r = tableRow(l.text, cols, ctx, barred); if (r) out.push(r); continue; }
    // (Header and tabbed rows read the line as it is: only the others are squashed.)
    const text = squash(l.text);
    if (cols) {
      // OCR'd rows start with their number; other lines wrap the row above.
      const token = /^(\S{1,24})\s+(?:\|\s*)?\p{Lu}/u.exec(text)?.[1] ?? '';
      // Without a number column, a row starts with its text cell's capital after a gap or with its due date on
      // its first line; other lines wrap the row above.
      const starts = cols[0] === 'number'
        ? (token && (/\d/.test(token) || (!row.length && token.length <= 4))) || (row.length > 0 && loneNumberLike(text, row[0]!))
        : /^\p{Lu}/u.test(text) && (!row.length || afterGap || findDates(text, { lang: ctx.lang, defaultYear: ctx.year }).length > 0);
      if (starts) { flushRow(); row.push(text); }
      else if (row.length) row.push(text);
      continue;
    }
    const resp = kw.responsible.exec(text);
    if (resp && cur) { cur.text += responsibleNote(text.slice(resp[0].length).replace(/\.$/, ''), kw); continue; }
    // The labeller split the line's trimmed text already: the squashed text is most often that same text.
    const n = text === ctx.trimmed(l) ? ctx.numbering(l) : splitNumbering(text);
    if (n) { flush(); cur = { number: n.number, text: n.rest }; continue; }
    const c = cur as { number: string | null; text: string } | null;
    // An unfinished long line goes on in the next one, unless a blank line, a bullet or a task box starts an item there.
    if (c && !l.bulleted && !BULLET.test(text) && (/^\p{Ll}/u.test(text) || (!afterGap && !/[.)]$/.test(c.text) && c.text.length >= 60 && !/\s[—–]\s/u.test(c.text))) && !TASK_BOX.test(text)) { c.text += ` ${text}`; continue; }
    flush();
    cur = { number: null, text };
  }
  flush();
  return unmergeRows(out, ctx);
}

/**
 * Two table rows OCR read as one, having lost the second's number: the row holds two sentences and two due dates,
 * and the next row's number skips one. They are split again; whose responsible is whose cannot be told, so neither
 * keeps one.
 */
function unmergeRows(rows: Agreement[], ctx: DueContext): Agreement[] {
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

/** /^[\p{L}\d]/u, with an ASCII first character answered without the Unicode pattern. */
function startsWithLetterOrDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 128) return /^\p{L}/u.test(s);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const atEnds = new WeakMap<RegExp, RegExp>();

/**
 * The twin of a pattern that can only match at the end of the text (each alternative ends in `$`), written as a
 * sticky look-behind: testEnd() tries it at the end of the text only, instead of trying the whole pattern (or even
 * just `$`) at each position, which matters on paragraph-long texts.
 */
function atEnd(re: RegExp): RegExp {
  let twin = atEnds.get(re);
  if (!twin) atEnds.set(re, (twin = new RegExp(`(?<=${re.source})`, `${re.flags.replace(/[gy]/g, '')}y`)));
  return twin;
}

/** Whether the atEnd() twin `twin` matches `s`: the pattern ends where the text does. */
function testEnd(twin: RegExp, s: string): boolean {
  twin.lastIndex = s.length;
  return twin.test(s);
}

/** The form of a motion: a word, "by" a mover, "seconded by" a seconder. */
const SECONDED_MOTION = /^\p{L}{4,7} by [^,;.]{2,40}, seconded by\b/iu;
/** "Moved by A that ...": a motion even when no one is said to second it. */
const MOVED_THAT = /^Moved by [^,;.]{2,40},? that\b/;
const SENTENCE_STOP = /[.;:!?]\s*$/;
const LOWER_START = /^\p{Ll}/u;

/** A sentence's stop, not after a title ("Mr.", "Sra.") or an initial ("J."). */
const STOP = String.raw`(?<!\b(?:${TITLE_WORDS}|[A-Z]))[.!?]`;
/** A sentence's end before the next one: its stop, a space and a capital. */
const SENTENCE_BREAK = new RegExp(String.raw`${STOP}\s+(?=["“«(]?\p{Lu})`, 'gu');
/** A stop ending a sentence, whatever comes after it. */
const SENTENCE_END_AFTER = new RegExp(String.raw`${STOP}(?=\s|$)`, 'gu');

/**
 * A motion said with no label, in the sentences of a paragraph: "After a short discussion, Ana Ruiz moved to approve
 * the minutes, Tom Paz seconded. The motion carried 5-0." Its text runs from the sentence naming the mover to the end
 * of the one giving the outcome, which must come after it; a seconding must be said in between. Null when the
 * paragraph holds no such motion.
 */
function spokenMotion(p: string, kw: Keywords): string | null {
  const moved = kw.motionMoved.exec(p);
  if (!moved) return null;
  const rest = p.slice(moved.index);
  const outcome = kw.motionOutcome.exec(rest);
  if (!outcome || !(kw.motionSeconded.test(rest.slice(0, outcome.index + outcome[0].length)) || MOVED_THAT.test(rest))) return null;
  return sentenceAround(p, moved.index, moved.index + outcome.index + outcome[0].length);
}

/** Stems every decision wording without a colon holds: resol-, minutes, motion, agreed, decided, recommend-. */
const DECISION_STEMS = /resol|minutes|motion|agreed|decided|recommend/i;

/**
 * Which colons the top-level alternatives of a pattern's source hold: `every` when each one has a colon that any match
 * must hold (outside groups and classes, with no quantifier after it), `none` when no match can hold a colon (the
 * source's colons are group syntax, "(?:", or in negated classes, "[^.;:]"), `some` otherwise.
 */
function colonsOf(source: string): 'every' | 'none' | 'some' {
  let depth = 0;
  /** Inside a class: 1 a class that may match ':', -1 a negated one. */
  let inClass = 0;
  let loose = false;
  let branchHas = false;
  let required = false;
  let every = true;
  for (let i = 0; i < source.length; i++) {
    let c = source[i]!;
    // An escaped character is a literal ("\\:" is a colon too).
    if (c === '\\') { c = source[++i]!; if (c !== ':') continue; }
    if (inClass) { if (c === ']') inClass = 0; else if (c === ':' && inClass > 0) loose = true; continue; }
    if (c === '[') { inClass = source[i + 1] === '^' ? -1 : 1; if (inClass < 0) i++; }
    else if (c === '(') { depth++; if (source[i + 1] === '?' && source[i + 2] === ':') i += 2; }
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { every &&= branchHas; branchHas = false; }
    else if (c === ':') {
      const q = source[i + 1];
      if (depth === 0 && q !== '?' && q !== '*' && q !== '{') branchHas = required = true;
      else loose = true;
    }
  }
  every &&= branchHas;
  return every ? 'every' : loose || required ? 'some' : 'none';
}

const decisionGates = new WeakMap<Keywords, (p: string) => boolean>();

/**
 * A cheap test every paragraph holding a decision sentence passes: a colon where every wording holds one (Spanish), the
 * stems where none does (English), either otherwise. A native search for ':' costs far less than a case-insensitive
 * pattern of several stems scanned over every paragraph.
 */
function decisionGate(kw: Keywords): (p: string) => boolean {
  let gate = decisionGates.get(kw);
  if (!gate) {
    const colons = colonsOf(kw.decisionSentence.source);
    gate = colons === 'every' ? (p) => p.includes(':') : colons === 'none' ? (p) => DECISION_STEMS.test(p) : (p) => p.includes(':') || DECISION_STEMS.test(p);
    decisionGates.set(kw, gate);
  }
  return gate;
}

/** The sentence of a paragraph stating a formal decision ("Cllr Lee reported ... It was RESOLVED to accept ..."), or null. */
function decisionSentence(p: string, kw: Keywords): string | null {
  // Every wording in the tables holds a colon or one of the stems: most paragraphs hold none.
  if (!decisionGate(kw)(p)) return null;
  const d = kw.decisionSentence.exec(p);
  if (!d) return null;
  const end = d.index + d[0].length;
  // "... se ACORDÓ: contratar la fumigación ...": what the colon announces is the agreement.
  return d[0].endsWith(':') ? sentenceAround(p, end, end, end) : sentenceAround(p, d.index, end);
}

/** The sentences of `p` from the one holding `from` (or from offset `start` when given) to the end of the one holding `to`. */
function sentenceAround(p: string, from: number, to: number, start?: number): string {
  start ??= sentenceStart(p, from);
  // The sentence ends at its stop, whatever follows (a link, a list mark).
  SENTENCE_END_AFTER.lastIndex = to;
  const stop = SENTENCE_END_AFTER.exec(p);
  return p.slice(start, stop ? stop.index + 1 : p.length).trim();
}

/** Where the sentence of `p` holding offset `at` starts. */
function sentenceStart(p: string, at: number): number {
  let start = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let b = SENTENCE_BREAK.exec(p); b && b.index + b[0].length <= at; b = SENTENCE_BREAK.exec(p)) start = b.index + b[0].length;
  return start;
}

/** A paragraph ending in a colon announces what follows; a colon after a full stop ("... per month. :") is an OCR speck. */
function announces(p: string): boolean {
  const t = p.trimEnd();
  return t.endsWith(':') && !/[.;]\s*:$/.test(t.slice(-4));
}

/** "RESOLVED:" opening a paragraph: a label, unlike "RESOLVED, that". */
const RESOLVED_COLON = /^resolved\s*:\s*/i;
/** The number in a decision's label: after "N°"/"No." or a word holding a figure ("2024-06", "GC/27/01"). */
const LABEL_NUMBER = /^(?:(?:acuerdo|motion|resoluci[oó]n|resolution)\s+|res[.,]\s*)(?:n\S*\s*([\w/.-]+)|([\w/.-]*\d[\w/.-]*))/iu;
/** "VOTE: approve the budget. +5, 0 against. Passed.": a vote's label before what it decided, a verb in lower case. */
const WORD_RUN = /\p{L}{3}/u;
const VOTE_LABEL = /^vote\s*[:;]$/i;

/** "Motion 2022-41", "Motion No. 7": a motion's number. */
const MOTION_NUMBER = String.raw`^motion\s+(?:no\.?\s*)?([\w./-]*\d[\w./-]*)`;
/** A motion's number printed before its "Moved by". */
const MOTION_LEAD = new RegExp(String.raw`${MOTION_NUMBER}\s+(?=moved by\b)`, 'i');
/** A motion's number alone on its line. */
const MOTION_ALONE = new RegExp(`${MOTION_NUMBER}$`, 'i');
/** A motion's outcome alone: "CARRIED", "Carried unanimously.", "DEFEATED", maybe after or before an OCR speck. */
const OUTCOME_STAMP = /^[^\p{L}]{0,3}(?:motion\s+)?(?:carried|defeated|lost|passed|failed|adopted)\b[^.]*\.?[^\p{L}]*$/iu;
/**
 * An outcome in capitals after the motion's stop and before the next sentence or the end, with no mark of its own: a
 * stamp printed on a line of its own ("... as circulated. CARRIED"), no part of the motion's text, unlike "CARRIED.".
 */
const STAMP = /(?<=[.;])\s+(?:CARRIED|DEFEATED|LOST|PASSED|ADOPTED)(?: UNANIMOUSLY)?(?=$|\s+\p{Lu})/u;

/** A sub-item's mark after a sentence's stop ("... be approved. b) The auditor's report ..."): the next item starts. */
const SUB_ITEM = /(?<=[.;])\s+(?:\(?[a-h]\)|\([ivx]{1,4}\)|[ivx]{1,4}\)|\d{1,2}\))\s+(?=\p{Lu})/u;

/** A decision's text up to the next sub-item a paragraph ran into it. */
function untilSubItem(text: string): string {
  // (Every mark holds a ')': most texts skip the pattern.)
  const s = text.includes(')') ? SUB_ITEM.exec(text) : null;
  return s ? text.slice(0, s.index) : text;
}

/** The motion's text without a stamp line's outcome and what follows it. */
function withoutStamp(text: string): string {
  const s = STAMP.exec(text);
  return s ? text.slice(0, s.index) : text;
}

/** A motion spoken in a paragraph, its "Motion 2022-43" number read and its stamp dropped. */
function motionAgreement(text: string, ctx: DueContext): Agreement {
  const lead = (text.charCodeAt(0) | 0x20) === 0x6d ? MOTION_LEAD.exec(text) : null;
  return parseAgreement(withoutStamp(lead ? text.slice(lead[0].length) : text), lead?.[1] ?? null, ctx);
}

/** Labelled decisions inside the discussion paragraphs. */
function inlineDecisions(parts: Part[], kw: Keywords, ctx: DueContext, inPassing: boolean): Agreement[] {
  const out: Agreement[] = [];
  /** The decisions told in passing, among `out`. */
  const passing = new Set<Agreement>();
  /** A decision's label carried its number. */
  let labelNumbered = false;
  const intro = atEnd(kw.decisionIntro);
  for (const part of parts) {
    const ps = part.paragraphs;
    for (let i = 0; i < ps.length; i++) {
      // A speck OCR read before the label ("_Se acuerda") is no part of it.
      let p = startsWithLetterOrDigit(ps[i]!) ? ps[i]! : ps[i]!.replace(/^[^\p{L}\d"“«(¿¡]{1,2}(?=\p{Lu})/u, '');
      // "Motion 2022-41" on a line of its own over "Moved by ...": the motion's number, not its text.
      const lead = (p.charCodeAt(0) | 0x20) === 0x6d ? MOTION_LEAD.exec(p) : null;
      if (lead) p = p.slice(lead[0].length);
      // (OCR may have set the number's line apart by a blank line.)
      const leadNumber = lead?.[1] ?? (i > 0 && p.startsWith('Moved by ') ? MOTION_ALONE.exec(ps[i - 1]!)?.[1] ?? null : null);
      // "Moved by A, seconded by B, that ..." over a "CARRIED" of its own: the motion without the stamp.
      if (p.startsWith('Moved by ') && ps[i + 1] && ps[i + 1]!.length <= 60 && OUTCOME_STAMP.test(ps[i + 1]!) && !kw.motionOutcome.test(p)) {
        out.push(parseAgreement(p, leadNumber, ctx));
        i++;
        continue;
      }
      const m = kw.decisionLabel.exec(p);
      if (testEnd(intro, p)) {
        // "... el Pleno ACUERDA:" / "... it was" introduce the following paragraph(s).
        const numbered = ps[i + 1] ? splitNumbering(ps[i + 1]!) : null;
        // (The paragraph taken is not read again: a motion in it would count twice.)
        if (!numbered && ps[i + 1] && !kw.decisionLabel.test(ps[i + 1]!)) out.push(parseAgreement(ps[++i]!, null, ctx));
        for (let j = i + 1; numbered && j < ps.length; j++) {
          const n = splitNumbering(ps[j]!);
          if (!n) break;
          out.push(parseAgreement(n.rest, n.number, ctx));
        }
        continue;
      }
      // (A label announcing what follows, "ACUERDO N° 5:", decides nothing itself.)
      // "Motion by A, seconded by B, ..." names a motion whatever OCR made of its first word ("Mofion by").
      const motion = m ? /^(motion by|upon motion)/i.test(m[0]) : SECONDED_MOTION.test(p);
      if (!m && !motion) {
        const spoken = spokenMotion(p, kw);
        if (spoken) out.push(motionAgreement(spoken, ctx));
        const decided = spoken ? null : decisionSentence(p, kw);
        if (decided) out.push(parseAgreement(decided, null, ctx));
        if (inPassing) { const n = out.length; decisionsInPassing(p, ctx, out); for (let k = n; k < out.length; k++) passing.add(out[k]!); }
        continue;
      }
      if (announces(p)) continue;
      const label = m ? m[0] : '';
      if (motion || /^(se acuerda|se acord|se resol|se decid)/i.test(fold(label)) || /^resolved/i.test(label)) {
        // "RESOLVED: The Board approved ..." loses its label, as "Decision:" does; "RESOLVED, that ..." keeps it.
        let text = p.replace(RESOLVED_COLON, '');
        // A blank line OCR put inside the motion's sentence: it goes on in the next paragraph, in lower case.
        if (motion && !SENTENCE_STOP.test(text) && ps[i + 1] && LOWER_START.test(ps[i + 1]!)) text = `${text} ${ps[++i]!}`;
        if (motion && !/\b(carried|passed|approved|adopted|failed)\b/i.test(text)) continue;
        const prev = ps[i - 1] ?? '';
        const num = /^resolved/i.test(label) ? /resolution no\.?\s*([\w-]+)/i.exec(prev)?.[1] ?? null : leadNumber;
        out.push(parseAgreement(untilSubItem(motion ? withoutStamp(text) : text), num, ctx));
        continue;
      }
      // "ACUERDO N° 45:", "Acuerdo 045-2021:", "MOTION 2024-06-01:", "Resolution GC/27/01:": the label's number is
      // the agreement's.
      const numbered = LABEL_NUMBER.exec(label);
      let rest = p.slice(label.length).trimStart();
      // ("Vote: 5-0" tallies the motion above: no decision of its own.)
      if (VOTE_LABEL.test(label) && !LOWER_START.test(rest)) continue;
      // OCR specks after a label ("Motion ; é é") are no decision: it says at least one word.
      if (!WORD_RUN.test(rest)) continue;
      // "MOTION 24-04: Moved by A that ... CARRIED. The meeting adjourned ...": the motion ends with its outcome's sentence.
      const outcome = rest.startsWith('Moved by ') ? kw.motionOutcome.exec(rest) : null;
      if (outcome) rest = withoutStamp(sentenceAround(rest, 0, outcome.index + outcome[0].length, 0));
      if (numbered) labelNumbered = true;
      out.push(parseAgreement(rest, numbered ? (numbered[1] ?? numbered[2]!).replace(/[.:-]+$/, '') : null, ctx));
    }
  }
  // Minutes that number their decisions ("RESOLUCIÓN N° 44/2011: Eximir ...") say the same in passing before each.
  return labelNumbered ? out.filter((a) => a.text && !passing.has(a)) : out.filter((a) => a.text);
}

/** A decision told inside a sentence: "Tras un breve intercambio, se acuerda por unanimidad fijar ...", "It was agreed to ...". */
const DECIDED_IN_PASSING = /(?<=[\s,;:])(?:[Ss]e (?:acuerda|acord[oó]|resuelve|resolvi[oó])(?:,| (?!que\b))|[Ii]t was (?:unanimously )?agreed (?:that|to)\b)/gu;

/** A sentence opening with the vote that took its decision ("Por unanimidad de los presentes, se acuerda ..."). */
const VOTE_FIRST = /^(?:por (?:unanimidad|mayor[ií]a)|con (?:el )?(?:voto|\S+ votos?)|by (?:a )?(?:unanimous|majority)|unanimously)\b/iu;

/**
 * Decisions told in passing in paragraph `p` (which opens with no decision label), each from its keyword to the end of
 * its sentence, added to `out`.
 */
function decisionsInPassing(p: string, ctx: DueContext, out: Agreement[]): void {
  // (Each keyword holds one of these runs: most paragraphs are passed over without the pattern.)
  if (!(p.includes('cuerd') || p.includes('cord') || p.includes('esuel') || p.includes('esolvi') || p.includes('agreed'))) return;
  DECIDED_IN_PASSING.lastIndex = 0;
  for (let m = DECIDED_IN_PASSING.exec(p); m; m = DECIDED_IN_PASSING.exec(p)) {
    // "Por unanimidad, se acuerda ...": the words giving the vote belong to the decision, as a "Se acuerda por
    // unanimidad ..." would have them; other words before the keyword ("Tras el debate, ...") tell what led to it.
    const start = sentenceStart(p, m.index);
    const from = VOTE_FIRST.test(p.slice(start, m.index)) ? start : m.index;
    const text = sentenceAround(p, from, m.index + m[0].length, from);
    const a = parseAgreement(text, null, ctx);
    if (a.text) out.push(a);
    DECIDED_IN_PASSING.lastIndex = from + text.length;
  }
}

/** Every agreement, inline decisions first (text order) and then the final list. */
export function extractAgreements(lines: Labelled[], parts: Part[], kw: Keywords, ctx: SegmentContext): Agreement[] {
  const list = listAgreements(lines, kw, ctx);
  // Decisions told in passing are read only when the minutes list no agreements: where they do, such sentences
  // restate what the list says.
  const inline = inlineDecisions(parts, kw, ctx, list.length === 0);
  // An inline decision the final list repeats is dropped: only worth folding when both have items.
  if (!inline.length || !list.length) return inline.length ? inline : list;
  // fold() keeps offsets: folding the first 60 characters is enough.
  const key = (a: Agreement): string => fold(a.text.slice(0, 60));
  const seen = new Set<string>();
  for (const a of list) seen.add(key(a));
  const out: Agreement[] = [];
  for (const a of inline) if (!seen.has(key(a))) out.push(a);
  for (const a of list) out.push(a);
  return out;
}
