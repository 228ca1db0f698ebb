// Agreements: the final list or table (Acuerdo | Responsable | Plazo) plus labelled decisions inside
// the discussion ("ACUERDO N° 45:", "Se acuerda ...", "ACUERDA:", "RESOLVED, that", "Motion by ..."). Tables are read in
// agreement-table.ts, decisions inside paragraphs in decisions.ts.
import type { Agreement, Attendee } from '../types.js';
import type { Keywords } from '../segment/keywords.js';
import type { Labelled } from '../segment/zones.js';
import type { SegmentContext } from '../segment/context.js';
import type { Part } from './discussion.js';
import { parseAgreement } from './agreement-item.js';
import { loneNumberLike, ocrRow, stackedRow, tableCols, tableRow, unmergeRows, type Col } from './agreement-table.js';
import { findDates } from './dates.js';
import { inlineDecisions } from './decisions.js';
import { cellTable } from './agreement-cells.js';
import { motionBlocks } from './motion-block.js';
import { BULLET, TASK_BOX, fold, splitNumbering, squash } from './text.js';

/** A number column's name opening a header line ("No.", "N°", "#", "Ref."). */
const OCR_HEADER_START = /^\s*(?:[Nn][\p{L}°º.*?]{0,2}\s|#|[Rr]ef)/u;
/** Two capitalised words opening a line: an owner and the task's first word. */
const OWNER_AND_TASK = /^\p{Lu}\S*\s+\p{Lu}\p{Ll}/u;
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

/**
 * A table's due column OCR read apart, under the rows ("January 2023 meeting" / "30 November" / "2022"): lines of dates
 * with a word or two between them, no row.
 */
function onlyDates(row: string[], ctx: SegmentContext): boolean {
  const text = row.join(' ');
  if (!/^\d|^\p{Lu}\p{Ll}+ \d/u.test(text)) return false;
  const dates = findDates(text, { lang: ctx.lang, defaultYear: ctx.year });
  if (!dates.length) return false;
  let rest = text;
  for (let k = dates.length - 1; k >= 0; k--) rest = rest.slice(0, dates[k]!.start) + rest.slice(dates[k]!.end);
  // (Figures left over are a month's year or a date's day OCR set apart; a month and a word, "June 2022 meeting", is a
  // due in words.)
  return rest.split(/\s+/).filter((w) => w && !/^\d+$/.test(w)).length <= dates.length + 1;
}

/** "Siendo las 20:15 horas", "Siendo la 1.30 p.m.": the hour opening a Spanish closing sentence. */
const CLOSING_HOUR = /^\s*Siendo las? (?:\d{1,2}(?:[.:,h]\s?\d{2})?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinte|veinti\S+|hora)\b/iu;
/** Specks OCR set before a line's lower-case first word ("-.. exonerando"), a bullet's dash among them. */
const SPECKS_LOWER = /^\s*[-–.,:;·•~_'"]{1,4}\s*\p{Ll}/u;
const LEAD_SPECKS = /^[-–.,:;·•~_'"\s]+/u;

/** A reference with figures ("002-2024-CODISEC/MDS", "14/2023"): eight characters at least. */
const REFERENCE = /\S*\d\S*/g;

/**
 * A short line repeating a reference of the minutes' own title (its first lines): a running header the page furniture
 * was not found for (it heads one page only).
 */
function runningHeader(text: string, lines: Labelled[]): boolean {
  if (text.length > 60 || !/\d/.test(text)) return false;
  const refs = (text.match(REFERENCE) ?? []).filter((r) => r.length >= 8);
  if (!refs.length) return false;
  let seen = 0;
  for (const l of lines) {
    if (l.blank) continue;
    if (++seen > 5 || l.zone !== 'header') break;
    if (refs.some((r) => l.text.includes(r))) return true;
  }
  return false;
}

/** Items of the agreements zone: table rows, numbered items, or one item per line. */
function listAgreements(lines: Labelled[], kw: Keywords, ctx: SegmentContext, people: readonly Attendee[]): Agreement[] {
  const out: Agreement[] = [];
  let cols: Col[] | null = null;
  /** The header set its cells apart by bars: so do its rows. */
  let barred = false;
  let cur: { number: string | null; text: string } | null = null;
  const flush = () => { if (cur && /\S/.test(cur.text)) out.push(parseAgreement(cur.text, cur.number, ctx)); cur = null; flushRow(); };
  let row: string[] = [];
  const flushRow = () => { if (row.length && cols && !onlyDates(row, ctx)) { const r = stackedRow(row, cols, ctx) ?? ocrRow(row, cols, ctx, people); if (r && r.text) out.push(r); } row = []; };
  let gap = false;
  /** The rows read are a table's inside the discussion. */
  let inDiscussion = false;
  /** The number the next row of an OCR'd numbered table inside the discussion must carry, or 0 outside one. */
  let nextRow = 0;
  /** The closing sentence was read: the zone's lines after it are the signatures. */
  let closed = false;
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li]!;
    if (l.zone === 'discussion' && !l.heading && !l.text.includes('\t')) {
      if (nextRow && cols) {
        // Rows carry their numbers in order; a line after a row's wraps it; anything else ends the table.
        const text = squash(l.text);
        const token = /^(\d{1,2})\s+\p{Lu}/u.exec(text)?.[1];
        if (token === String(nextRow)) { flushRow(); row.push(text); nextRow++; continue; }
        if (row.length && !token && text.length <= 60 && /^\p{L}/u.test(text)) { row.push(text); continue; }
        flushRow();
        cols = null;
        nextRow = 0;
      } else if (l.text.length <= 80 && OCR_HEADER_START.test(l.text)) {
        // An OCR'd header naming the number, task, owner and due columns ("No. Action Responsible Date").
        const h = tableCols(l.text, kw);
        if (h && h.cols[0] === 'number' && h.cols.includes('responsible') && h.cols.includes('due')) { flush(); cols = h.cols; barred = false; nextRow = 1; continue; }
      }
    }
    if (l.zone === 'discussion' && !l.heading && l.text.includes('\t')) {
      // A table whose header names the task, its owner and its due is an action list wherever it stands.
      if (inDiscussion && cols) { const r = tableRow(l.text, cols, ctx); if (r) out.push(r); continue; }
      const h = tableCols(l.text, kw);
      if (h && h.cols.includes('responsible') && h.cols.includes('due')) { flush(); cols = h.cols; barred = false; inDiscussion = true; continue; }
    }
    // (Most lines of a document are outside the zone: the flush runs only when an item or row is pending.)
    if (l.zone !== 'agreements' || l.heading || kw.noAgreements.test(ctx.trimmed(l))) { if (l.zone !== 'blank' && l.zone !== 'furniture') { if (cur || row.length) flush(); cols = null; inDiscussion = false; closed = false; } gap = true; continue; }
    inDiscussion = false;
    if (l.blank) { gap = true; continue; }
    const afterGap = gap;
    gap = false;
    // "Compromiso" / "Responsable" / "Plazo" one under another, then the cells of each row: a table read cell by cell.
    if (!cols && l.text.length <= 30) {
      const t = cellTable(lines, li, ctx);
      if (t) { flush(); out.push(...t.rows); li = t.next - 1; gap = true; continue; }
    }
    // ("Responsable: Vocal de Actividades" names no columns, whatever its words.)
    const header = kw.responsible.test(l.text.trimStart()) ? null : tableCols(l.text, kw);
    if (header) { flush(); cols = header.cols; barred = header.barred; continue; }
    if (cols && (l.text.includes('\t') || (barred && l.text.includes(' | ')))) { const r = tableRow(l.text, cols, ctx, barred); if (r) out.push(r); continue; }
    // "Se pone término a la sesión a las 20:55 hrs." after the list closes the meeting: no agreement, nor a row's end.
    if (ctx.mayClose(l) && !ctx.numbering(l) && kw.adjourned.test(ctx.folded(l))) { flush(); cols = null; continue; }
    // "Siendo la 1.30 p.m. del mismo día, ... se dio por : / terminada la asamblea": the closing sentence opens with
    // the hour even when OCR broke its adjournment words; it and the signatures under it end the list.
    if (l.text.charCodeAt(l.text.search(/\S/)) === 83 && CLOSING_HOUR.test(l.text)) { flush(); cols = null; closed = true; continue; }
    if (closed) continue;
    // A line OCR began with specks before a lower-case word ("-.. exonerando del pago ...") goes on the item above,
    // which its comma left open.
    if (cur && SPECKS_LOWER.test(l.text) && !/[.;:)]$/.test((cur as { text: string }).text)) { (cur as { text: string }).text += ` ${squash(l.text).replace(LEAD_SPECKS, '')}`; continue; }
    // (Header and tabbed rows read the line as it is: only the others are squashed.)
    const text = squash(l.text);
    if (cols) {
      // OCR'd rows start with their number; other lines wrap the row above.
      const token = /^(\S{1,24})\s+(?:\|\s*)?\p{Lu}/u.exec(text)?.[1] ?? '';
      // Without a number column, a row starts with its text cell's capital after a gap or with its due date on
      // its first line; other lines wrap the row above.
      // Under an owner column printed first, a row starts with the owner's capital and the task's ("Merv Obtain ...").
      const starts = cols[0] === 'number'
        ? (token && (/\d/.test(token) || (!row.length && token.length <= 4))) || (row.length > 0 && loneNumberLike(text, row[0]!))
        : /^\p{Lu}/u.test(text) && (!row.length || afterGap || (cols[0] === 'responsible' && OWNER_AND_TASK.test(text)) || findDates(text, { lang: ctx.lang, defaultYear: ctx.year }).length > 0);
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
    // "Acta N° 002-2024-CODISEC/MDS" at a page's top: the minutes' own reference, a running header.
    if (runningHeader(text, lines)) continue;
    cur = { number: null, text };
  }
  flush();
  return unmergeRows(out, ctx);
}

/**
 * Every agreement, inline decisions first (text order) and then the final list. An action table's owner cells are
 * read with the names of the attendees, `people`.
 */
export function extractAgreements(lines: Labelled[], parts: Part[], kw: Keywords, ctx: SegmentContext, people: readonly Attendee[] = []): Agreement[] {
  const blocks = motionBlocks(lines, ctx).map((b) => b.agreement);
  let list = listAgreements(lines, kw, ctx, people);
  // Decisions told in passing are read only when the minutes list no agreements: where they do, such sentences
  // restate what the list says.
  let inline = inlineDecisions(parts, kw, ctx, list.length === 0 && blocks.length === 0);
  if (blocks.length) {
    // A MOVED/SECONDED block's lines are read again as a paragraph or a list item: those readings give way.
    const heads = blocks.map((a) => fold(a.text.slice(0, 40)));
    const apart = (a: Agreement): boolean => { const f = fold(a.text); return !heads.some((h) => f.includes(h) || h.startsWith(f.slice(0, 40))); };
    list = list.filter(apart);
    inline = [...blocks, ...inline.filter(apart)];
  }
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
