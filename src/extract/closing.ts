// Closing block: preparedBy, preparedOn, nextMeeting, distribution, adjournedAt.
import type { Closing, Header } from '../types.js';
import { globalOf, type Keywords } from '../segment/keywords.js';
import type { SegmentContext } from '../segment/context.js';
import type { Labelled } from '../segment/zones.js';
import { MONTH, WEEKDAYS, findDates } from './dates.js';
import { findTimes, findWordTimes } from './times.js';
import { beforeFoldingOrNull, fold, orNull, wordCount } from './text.js';
import { ATTEST_ALONE, DATE_LINE, attestedBelow, cellsOf, loneSignature, person, signatureColumns, signedAbove, type Ctx } from './closing-signature.js';

type Field = 'preparedBy' | 'preparedOn' | 'nextMeeting' | 'distribution';

function fieldOf(label: string, kw: Keywords): Field | null {
  const l = label.trim();
  if (kw.preparedOn.test(l)) return 'preparedOn';
  if (kw.prepared.test(l)) return 'preparedBy';
  if (kw.nextMeeting.test(l)) return 'nextMeeting';
  if (kw.distribution.test(l)) return 'distribution';
  return null;
}

function dateOrWords(v: string, ctx: Ctx): string | null {
  const d = findDates(v, { lang: ctx.lang, defaultYear: ctx.year });
  if (d.length) return d[0]!.iso;
  return orNull(v.replace(/[.]$/, ''));
}

/** A second clause after who prepared the minutes: a semicolon (or a colon OCR made of one), or a comma before an approval. */
const OTHER_CLAUSE = /;|:\s|,\s*(?:and\s+|y\s+)?(?:approved|adopted|confirmed|aprobad[ao])\b/i;

/** The words leading to a date closing a preparedBy value: ", on", " on", " el", ", el", ", " (up to the date). */
const DATE_LEAD = new RegExp(String.raw`(?:,?\s+(?:on|el|the)|,)\s*(?:(?:${WEEKDAYS}),?\s*)?$`, 'i');

function setField(c: Closing, f: Field, v: string, ctx: Ctx): void {
  if (!v.trim() || c[f]) return;
  if (f === 'preparedBy') {
    // "Ann Lee; approved by the committee on May 1, 2025": what follows is another clause, its date another act's.
    const clause = OTHER_CLAUSE.exec(v);
    if (clause) v = v.slice(0, clause.index);
    // "Tom Keller on 7 May 2025", "Priya Raghunathan, Secretary, on June 24, 2024": the date is when, not who.
    const d = findDates(v, { lang: ctx.lang, defaultYear: ctx.year })[0];
    const cut = d ? DATE_LEAD.exec(v.slice(0, d.start)) : null;
    if (d && cut) c.preparedOn ??= d.iso;
    c.preparedBy = person(cut ? v.slice(0, cut.index) : v, ctx.kw);
  }
  else if (f === 'preparedOn') c.preparedOn = findDates(v, { lang: ctx.lang, defaultYear: ctx.year })[0]?.iso ?? null;
  else if (f === 'nextMeeting') c.nextMeeting = dateOrWords(v, ctx);
  else c.distribution = orNull(v.replace(/\.$/, ''));
}

/** "FSL 27-01-2016 Fecha por definir Publicado en página web" under split labels (a flattened table). */
function valueRow(text: string, fields: Set<Field>, c: Closing, ctx: Ctx): void {
  const dates = findDates(text, { lang: ctx.lang, defaultYear: ctx.year });
  if (!dates.length) return;
  const d0 = dates[0]!;
  if (fields.has('preparedBy')) setField(c, 'preparedBy', text.slice(0, d0.start), ctx);
  if (fields.has('preparedOn')) c.preparedOn ??= d0.iso;
  let rest = text.slice(d0.end).trim();
  if (fields.has('nextMeeting')) {
    const d1 = dates[1];
    const undef = ctx.kw.undefinedDue.exec(fold(rest));
    if (d1 && text.slice(d0.end, d1.start).trim() === '') { c.nextMeeting ??= d1.iso; rest = text.slice(d1.end).trim(); }
    else if (undef) { c.nextMeeting ??= rest.slice(0, undef[0].length); rest = rest.slice(undef[0].length).trim(); }
  }
  // (What is left after the dates must name someone: "Fecha de redacción: 07/06/2024." leaves its period only.)
  if (fields.has('distribution') && /\p{L}/u.test(rest)) c.distribution ??= orNull(rest);
}

interface ClosingLabels {
  /** Every closing label pattern as one alternation, after only spaces, bars, middle dots and colons: a label line. */
  opening: RegExp;
  /** Each label's field and its global pattern. */
  each: Array<[Field | 'stop', RegExp]>;
}

const closingLabels = new WeakMap<Keywords, ClosingLabels>();

function labelsFor(kw: Keywords): ClosingLabels {
  let l = closingLabels.get(kw);
  if (!l) {
    const entries = Object.entries(kw.closingLabels) as Array<[Field | 'stop', RegExp]>;
    const any = entries.map(([, r]) => `(?:${r.source})`).join('|');
    l = { opening: new RegExp(`^[\\s|·:*_]*(?:${any})`, 'i'), each: entries.map(([f, r]) => [f, globalOf(r)]) };
    closingLabels.set(kw, l);
  }
  return l;
}

/** Marks around a label's value (no /u: the classes hold no astral character, and it is tried at every position). */
const VALUE_EDGES = /^[\s:|+.,*_-]+|[\s|+·*_-]+$/g;

/** Every "label value" pair of a line, in order: each value runs to the next label. */
function labelledValues(text: string, labels: ClosingLabels): Array<[Field, string, string]> {
  // A label line starts with a label (a mid-sentence "próxima sesión" is not one): an anchored test turns away the
  // other lines before every label is looked for.
  if (!labels.opening.test(text)) return [];
  const hits: Array<{ f: Field | 'stop'; start: number; end: number }> = [];
  for (const [f, g] of labels.each) {
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) { hits.push({ f, start: m.index, end: m.index + m[0].length }); if (!m[0]) g.lastIndex++; }
  }
  hits.sort((a, b) => a.start - b.start);
  const out: Array<[Field, string, string]> = [];
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    if (h.f === 'stop' || (k > 0 && hits[k - 1]!.end > h.start)) continue;
    const end = k + 1 < hits.length ? hits[k + 1]!.start : text.length;
    const v = text.slice(h.end, end).replace(VALUE_EDGES, '');
    if (v) out.push([h.f, v, text.slice(h.start, h.end)]);
  }
  return out;
}

/** The bare "Minutes:" label, and a value opening with a name: two capitalised words, then a stop or a comma. */
const BARE_MINUTES = /^minutes\s*:/i;
const NAME_FIRST = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’.-]*){1,3}\s*(?:[.,;(]|$)/u;

/** A note-taker's role after a name (and its parenthesis) in an attendance line. */
const TAKER_HINT = /(?:minute|note)[- ]?taker/i;
const TAKER_AFTER_NAME = /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4})\s*(?:\([^()]*\))?\s*(?:,|–|-)?\s*\(?(?:minute|note)[- ]?taker\b/u;
/** The note-taker's role inside the name's parenthesis: "Ms Ann Lee (Deputy Clerk and minute taker)". */
const TAKER_IN_PAREN = /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4})\s*\([^()]*\b(?:minute|note)[- ]?taker\b[^()]*\)/u;

/** The header lines read for who took the minutes. */
const HEAD_LINES = 20;

const CELL_MARK = /[\t·|]/;
/** The field each cell names as a label (a final ':' aside), null for a cell that is no label. */
function cellFields(cells: string[], kw: Keywords): Array<Field | null> {
  const out: Array<Field | null> = [];
  for (const x of cells) out.push(fieldOf(x.endsWith(':') ? x.slice(0, -1) : x, kw));
  return out;
}

/**
 * Stems of the preparedBy, preparedOn and distribution cues (no spaces: none spans two joined lines). A value row
 * takes two cues, at most one of them a next meeting: it needs one of these near it.
 */
const ROW_CUE = /prepar|elabora|distribu|published/i;
/** Stems of a next-meeting or adjournment sentence: a cheap test before the keyword patterns. */
export const CLOSING_HINT = /pr[oó]xim|next|levant|clausur|cerrad|cierra|cerr[oó]|culmin|habiendo|adjourn|finaliz|conclu|ended|closed|t[eé]rmin/i;

const sentenceGates = new WeakMap<Keywords, { nextMeeting: RegExp | null; adjourned: RegExp | null }>();

function sentenceGatesFor(kw: Keywords): { nextMeeting: RegExp | null; adjourned: RegExp | null } {
  let g = sentenceGates.get(kw);
  if (!g) sentenceGates.set(kw, (g = { nextMeeting: beforeFoldingOrNull(kw.nextMeeting.source), adjourned: beforeFoldingOrNull(kw.adjourned.source) }));
  return g;
}

/** "held in the second week of September 2023", "se realizará en la primera quincena de marzo de 2024". */
const WHEN_IN_WORDS = new RegExp(String.raw`\b(?:held|be|realizar[aá]|celebrar[aá]|ser[aá])\s+(?:in|during|en|durante)\s+(?:the\s+|la\s+|el\s+)?((?:[a-zá-ú]+\s+){0,4}${MONTH}(?:\s+de)?\s+\d{4})`, 'i');

/** A note-taker's label after another label's value on one line. */
const LATER_TAKER_LABEL = /\s(?=(?:[Nn]otes|[Mm]inutes|[Ss]cribe|[Rr]ecorder|(?:[Nn]ote|[Mm]inute)[- ]?[Tt]aker)\s*:\s*\p{Lu})/u;

/** "Notes by Tom Farrelly", "Minutes taken by Ann Lee" opening a sentence of the closing lines. */
const NOTES_BY = /(?:^|[.;]\s+)(?:[Tt]he\s+)?(?:[Mm]inutes|[Nn]otes)\s+(?:were\s+)?(?:taken\s+|recorded\s+|prepared\s+|written\s+)?by\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})/u;

/** A closing block with no field read. */
export function emptyClosing(): Closing {
  return { preparedBy: null, preparedOn: null, nextMeeting: null, distribution: null, adjournedAt: null };
}

/** The date opening the short line after line `i` (blank lines aside), or null. */
function dateBelow(lines: Labelled[], i: number, ctx: SegmentContext): string | null {
  let k = i + 1;
  while (k < lines.length && lines[k]!.blank) k++;
  const below = lines[k];
  if (!below || below.zone === 'furniture' || wordCount(below.text) > 12) return null;
  const d = findDates(ctx.trimmed(below), { lang: ctx.lang, defaultYear: ctx.year })[0];
  return d && d.start <= 12 ? d.iso : null;
}

export function extractClosing(lines: Labelled[], ctx: SegmentContext): Closing {
  const { kw } = ctx;
  const c = emptyClosing();
  // One pass over the lines picks the tail (the closing and agreements zones) and the lines that may hold a
  // next-meeting or adjournment sentence; plain loops rather than filter(), map() and their callbacks, here and
  // below: this code runs once per document.
  const tail: Labelled[] = [];
  const sentences: Labelled[] = [];
  const head: Labelled[] = [];
  // Attendance lines naming who took the minutes ("Ms Ann Lee (Office Manager), minute-taker").
  const takers: Labelled[] = [];
  // The document's last two lines of text, for a lone signature.
  let last: Labelled | undefined;
  let aboveLast: Labelled | undefined;
  for (const l of lines) {
    if (l.blank) continue;
    if (l.zone !== 'furniture') { aboveLast = last; last = l; }
    const zone = l.zone;
    if (zone === 'closing' || zone === 'agreements') tail.push(l);
    else if (zone === 'header' && head.length < HEAD_LINES) head.push(l);
    if ((zone === 'attendees' || zone === 'header') && TAKER_HINT.test(l.text)) takers.push(l);
    if (zone !== 'furniture' && ctx.mayClose(l) && CLOSING_HINT.test(l.text)) sentences.push(l);
  }
  // Which tail lines hold a value-row cue (0: not known yet, 1: no, 2: yes).
  const cues = new Uint8Array(tail.length);
  const cueNear = (i: number) => {
    for (let k = Math.max(0, i - 3); k < Math.min(tail.length, i + 3); k++) {
      if (k === i) continue;
      if (cues[k] === 0) cues[k] = ROW_CUE.test(tail[k]!.text) ? 2 : 1;
      if (cues[k] === 2) return true;
    }
    return false;
  };
  const labels = labelsFor(kw);
  for (let i = 0; i < tail.length; i++) {
    const l = tail[i]!;
    const text = ctx.trimmed(l);
    // Cells exist only around a tab, a middle dot or a bar; labels are read only where they are used.
    const cells = CELL_MARK.test(text) ? cellsOf(text) : [text];
    let fields: Array<Field | null> | null = null;
    if (cells.length >= 2 && !(fields = cellFields(cells, kw)).includes(null)) {
      // A header row; the next row holds the values in the same order.
      const next = tail[i + 1] ? ctx.trimmed(tail[i + 1]!).split(/\t+/) : undefined;
      if (next && next.length === cells.length) {
        for (let k = 0; k < fields.length; k++) setField(c, fields[k]!, next[k]!, ctx);
        i++;
        continue;
      }
    }
    for (const [f, v, label] of labelledValues(text, labels)) {
      // A bare "Minutes:" names who took them ("Minutes: Ann Lee."), not what was said of the last ones.
      if (BARE_MINUTES.test(label) && !NAME_FIRST.test(v)) continue;
      setField(c, f, v, ctx);
    }
    if (DATE_LINE.test(text) && !c.preparedBy && i >= 2) signedAbove(tail, i, c, ctx);
    if (/^respectfully submitted/i.test(text)) { const nx = tail[i + 1]; if (nx) setField(c, 'preparedBy', nx.text, ctx); }
    if (!c.preparedBy && ATTEST_ALONE.test(text)) attestedBelow(tail, i, c, ctx);
    if (l.zone === 'closing' && cueNear(i) && ctx.dates(text).length && (fields ??= cellFields(cells, kw)).every((f) => f === null)) {
      const near = tail.slice(Math.max(0, i - 3), i + 3).filter((x) => x !== l).map((x) => x.text).join(' ');
      const want = new Set<Field>();
      if (/prepara|elabora/i.test(near)) want.add('preparedBy');
      if (/fecha|date/i.test(near) && /elabora|prepar/i.test(near)) want.add('preparedOn');
      if (kw.nextMeeting.test(near)) want.add('nextMeeting');
      if (/distribu|published/i.test(near)) want.add('distribution');
      if (want.size >= 2) valueRow(text, want, c, ctx);
    }
  }
  // "Meeting ended at 4:45. ... Notes by Tom Farrelly; ...": a closing sentence naming who took them.
  for (let i = tail.length - 1; i >= 0 && i >= tail.length - 6 && !c.preparedBy; i--) {
    const l = tail[i]!;
    if (l.zone !== 'closing' || !l.text.includes(' by ')) continue;
    const m = NOTES_BY.exec(ctx.trimmed(l));
    if (m) c.preparedBy = person(m[1]!, kw);
  }
  // (The minutes' last line, under an "Adjournment" heading, may be read as that item's text.)
  if (!c.preparedBy && last && last.zone === 'discussion' && last.text.includes(' by ')) {
    const m = NOTES_BY.exec(ctx.trimmed(last));
    if (m) c.preparedBy = person(m[1]!, kw);
  }
  // "Chair: ..." / "Minutes: Freya Lindholm" among the header's labels: who took them, when the tail names no one.
  // (A label may follow another's value: "Facilitator: Renata Solberg    Notes: Ikaika Fernandes".)
  for (let i = 0; i < head.length && !c.preparedBy; i++) {
    const t = ctx.trimmed(head[i]!);
    const later = t.includes(':') ? t.search(LATER_TAKER_LABEL) : -1;
    for (const cell of later > 0 ? [t, t.slice(later + 1)] : [t]) {
      for (const [f, v] of labelledValues(cell, labels)) if (f === 'preparedBy' && NAME_FIRST.test(v)) setField(c, f, v, ctx);
    }
  }
  for (let i = 0; i < takers.length && !c.preparedBy; i++) {
    const m = TAKER_AFTER_NAME.exec(ctx.trimmed(takers[i]!)) ?? TAKER_IN_PAREN.exec(ctx.trimmed(takers[i]!));
    if (m) c.preparedBy = person(m[1]!, kw);
  }
  // "Notes by Bartholomew" at the end, "Scribe: Bartholomew Nwankwo" at the top: the full name.
  if (c.preparedBy && !c.preparedBy.includes(' ')) {
    const first = c.preparedBy;
    for (let i = 0; i < head.length; i++) {
      for (const [f, v] of labelledValues(ctx.trimmed(head[i]!), labels)) {
        const full = f === 'preparedBy' && NAME_FIRST.test(v) ? person(v, kw) : null;
        if (full?.startsWith(`${first} `)) c.preparedBy = full;
      }
    }
  }
  if (!c.preparedBy && ctx.lang === 'en' && last?.zone === 'closing') signatureColumns(tail, c, ctx);
  if (!c.preparedBy && last?.zone === 'closing') loneSignature(ctx.trimmed(last), aboveLast && ctx.trimmed(aboveLast), c, ctx);
  // Sentences anywhere: next meeting and adjournment. The first next-meeting sentence with a date after its words
  // wins, unless a label gave the date: read from the top, stopping there.
  const gates = sentenceGatesFor(kw);
  for (let i = 0; i < sentences.length && !c.nextMeeting; i++) {
    const l = sentences[i]!;
    if (gates.nextMeeting && !gates.nextMeeting.test(ctx.trimmed(l))) continue;
    const nm = kw.nextMeeting.exec(ctx.folded(l));
    if (!nm) continue;
    const d = findDates(ctx.trimmed(l), { lang: ctx.lang, defaultYear: ctx.year }).find((x) => x.start > nm.index);
    if (d) c.nextMeeting = d.iso;
    // "... will be held in the second week of September 2023": a month and year, with the words before them.
    else if (WHEN_IN_WORDS.test(l.text)) c.nextMeeting = WHEN_IN_WORDS.exec(ctx.trimmed(l).slice(nm.index))?.[1] ?? null;
    // A heading naming it ("5. Date of next meeting") gives the date its next short line holds.
    else if (wordCount(l.text) <= 6) c.nextMeeting = dateBelow(lines, l.index, ctx);
  }
  // The last adjournment sentence with a time wins: read from the bottom, stopping there.
  for (let i = sentences.length - 1; i >= 0; i--) {
    const l = sentences[i]!;
    if (gates.adjourned && !gates.adjourned.test(ctx.trimmed(l))) continue;
    const f = ctx.folded(l);
    const adj = kw.adjourned.exec(f);
    if (!adj) continue;
    // Adjournment lines are read by no other stage: their times are found from the folded line at hand.
    // ("There being no further business, the meeting adjourned at nine o'clock p.m.": a time in words.)
    let times = findTimes(ctx.trimmed(l), f);
    if (!times.length) times = findWordTimes(ctx.trimmed(l));
    if (!times.length) continue;
    // A next meeting the sentence goes on to name ("..., se levanta la sesión; la próxima reunión será ... a las
    // 19:30 horas") holds its own time: the adjournment's is before it.
    const next = kw.nextMeeting.exec(f);
    const end = next && next.index > adj.index ? next.index : f.length;
    const after = times.find((t) => t.start >= adj.index && t.start < end);
    const before = [...times].reverse().find((t) => t.start < adj.index);
    // ("Meeting ended. Next meeting: June 5, 2024, 7 PM." holds the next meeting's time only.)
    const at = after ?? before;
    if (!at) continue;
    c.adjournedAt = at.hhmm;
    break;
  }
  return c;
}

/**
 * The meeting's end: the time it adjourned beats the time it was called for ("Time: 14:00–15:30" over "The call
 * ended at 15:27"). An adjournment read without its meridiem ("adjourned at 8:15" after "Time: 6:00 pm – 8:15 pm",
 * or before a 6 pm start) is the afternoon's.
 */
export function settleEnd(header: Header, c: Closing): void {
  let adj = c.adjournedAt;
  if (adj && Number(adj.slice(0, 2)) < 12) {
    const later = `${Number(adj.slice(0, 2)) + 12}${adj.slice(2)}`;
    if (header.endTime === later || (header.startTime && adj < header.startTime && later > header.startTime)) adj = c.adjournedAt = later;
  }
  header.endTime = adj ?? header.endTime;
}
