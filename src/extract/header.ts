// Header: title, subtitle, organization, session number, date, start/end time, location.
import type { Header } from '../types.js';
import type { Keywords } from '../segment/keywords.js';
import type { SegmentContext } from '../segment/context.js';
import type { Labelled } from '../segment/zones.js';
import { findDates, firstDate, parseDate } from './dates.js';
import { organization, withoutMeetingWords } from './header-org.js';
import { location } from './header-location.js';
import { beforeFolding, fold, orNull, squash, unmark, upperShare } from './text.js';
import { ordinalToNumber } from './numbers.js';
import { findWordTimes, type TimeHit } from './times.js';

const LABEL = (words: string) => new RegExp(`(?:^|\\t|\\s{2,}|[·|]\\s*)(?:${words})\\s*[:\\t]?\\s*`, 'iu');
const DATE_LABEL = LABEL('fecha|date');
// Start and end labels are read in folded text (lower case, no accents): no /i nor /u, under which \b is slow.
const START_LABEL = /(?:hora\s+(?:de\s+)?inicio|hora|time|start)\s*[:\t|"'.]*\s*/;
const END_LABEL = /(?:hora\s+(?:de\s+)?termino|hora\s+(?:de\s+)?fin(?:alizacion)?|hora\s+de\s+cierre|\bend\b|\bfinish(?:ed)?\b|\bhasta\b)\s*[:\t|"'.]*\s*/;
/**
 * END_LABEL over the unfolded line, loosely (any non-ASCII unit may fold to a letter or not): a line it misses is
 * not folded to look for an end label. "end" and "hasta" stand alone ("siendo", "attend" hold no end label).
 */
const NOT_WORD_BEFORE = '(?:^|[^A-Za-z0-9_])';
const NOT_WORD_AFTER = '(?![A-Za-z0-9_])';
const END_WORD = new RegExp(`${beforeFolding('hora\\s+(de\\s+)?(termino|fin|cierre)').source}|${NOT_WORD_BEFORE}(?:${beforeFolding('end').source}${NOT_WORD_AFTER}|${beforeFolding('finish').source}|${beforeFolding('hasta').source})`);
const DATE_WORD = /fecha|date/i;
const SUBTITLE_LABEL = /^(?:(?:tema|asunto|materia|subject|re|objeto)\s*[:\t]\s*|(?:TEMA|ASUNTO|MATERIA|SUBJECT)\s+(?=\p{Lu})(?!(?:n[o°º]\.?|n[uú]mero|number)\s*\d))/iu;
// No /u: \b and \w are some 15x slower under /iu.
/** "MINUTES OF THE 27TH MEETING OF ...": the meeting's ordinal is its number. */
// ("17TH MANAGEMENT COMMITTEE MEETING": up to three words of the body's or the meeting's name between.)
const ORDINAL_MEETING = /\b(\d{1,4})(?:st|nd|rd|th)\s+(?:(?!of\b|day\b|and\b)[a-z]+\s+){0,3}meeting\b/i;
// ("n.?" is OCR's "n.º".)
const NUMBER_SIGN = /\bn(?:[°º*?”"]|o\.|ú?mero:?|\.[º°?*])\s*([A-Z0-9][\w/.-]*[A-Z0-9]|\d)/i;
/** "Número de acta: CT/SO/03/2021", "Número de sesión: 12": the number as a labelled value. */
// (Also a cell of a row of labels: "Fecha:\t26 de enero de 2024\tNúmero de sesión:\t4".)
// (OCR may read the cells' gap as one space: then the label's colon is asked.)
const NUMBER_LABEL = /(?:^|\t)\s*n[uú]mero\s+de(?:l|\s+la)?\s+(?:acta|sesi[oó]n|reuni[oó]n)\s*:?\s*([A-Z0-9][\w/.-]*[A-Z0-9]|\d)[ ]*(?:\t|$)|\sn[uú]mero\s+de(?:l|\s+la)?\s+(?:acta|sesi[oó]n|reuni[oó]n)\s*:\s*([A-Z0-9][\w/.-]*[A-Z0-9]|\d)\s*$/i;

function isTitle(line: Labelled, ctx: SegmentContext): boolean {
  const t = ctx.trimmed(line);
  // The cheap tests first: the keyword pattern would scan every long opening paragraph.
  if (t.length > 200 || /^[^:]{1,25}:/.test(t)) return false;
  // "Minutes of the Meeting of the Parish Council held on ... at 7.30pm in the Village Hall" wraps into what reads as
  // prose, but it holds no sentence's end.
  if (LONG_TITLE.test(t) && !/[.;]\s/.test(t)) return true;
  return t.length <= 160 && !ctx.isProse(line) && ctx.kw.titleWords.test(t);
}
/** A title that may run long: "Minutes of ...". */
// (A Scots minute is singular: "Minute of Meeting of the Committee held in ...".)
const LONG_TITLE = /^minutes? of\s/i;

// ("Regular Meeting No. 231", "Sesión Ordinaria N° 45": the meeting's kind may come first.)
const SESSION_LINE = /^\s*(?:(?:regular|special|annual|ordinary|extraordinary|ordinaria|extraordinaria)\s+)?(?:sesi[oó]n|acta n|minuta n|session|meeting\s*(?:no|#))/iu;
/** "Regular Meeting #12", "TC Meeting #18": a meeting's number after a hash sign. */
const HASH_NUMBER = /\b(?:meeting|session|sesi[oó]n|reuni[oó]n|acta|asamblea)\s*#\s?(\d[\w/.-]*[A-Za-z0-9]|\d)/iu;

/** The noun of a meeting, in folded text, and a meeting's kind between its ordinal and it. */
const MEETING_NOUN = /\b(?:sesion|reunion|asamblea|meeting|session)\b/;
const MEETING_KIND = /^(?:ordinaria|extraordinaria|regular|special|annual|ordinary|extraordinary|general)$/;

/**
 * "ACTA DE LA VIGÉSIMA TERCERA SESIÓN ORDINARIA", "Minutes of the Twenty-Third Regular Meeting": the ordinal in words
 * before the meeting's noun is its number.
 */
function ordinalSession(title: string): string | null {
  const f = fold(title);
  const m = MEETING_NOUN.exec(f);
  if (!m) return null;
  const words = f.slice(0, m.index).trim().split(/\s+/).slice(-4);
  if (words.length && MEETING_KIND.test(words[words.length - 1]!)) words.pop();
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const v = ordinalToNumber(words.slice(-n).join(' '));
    if (v) return String(v);
  }
  return null;
}

function numberLabel(text: string): string | undefined {
  const m = NUMBER_LABEL.exec(text);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The session number printed on a "Sesión N° 5" / "Acta N° 12" line, else null. */
function sessionLine(text: Labelled[]): string | null {
  for (const l of text) {
    const n = SESSION_LINE.test(l.text) ? NUMBER_SIGN.exec(l.text)?.[1] ?? HASH_NUMBER.exec(l.text)?.[1] : l.text.length < 80 ? numberLabel(l.text) : undefined;
    if (n) return n;
  }
  return null;
}

/** A date a body was founded on ("Fundado el 9 de julio de 1931"), not one it met on. */
// (Under /i, not /iu: V8 runs \b some ten times slower under /iu, and the pattern is ASCII.)
const FOUNDED = /\b(?:fundad[oa]|founded|established|cread[oa]|constituid[oa])\s+(?:el|en|on|in)?\s*\d/i;

/** The words between the two times of a range, in folded text. */
const RANGE_BEFORE = /\d\s*(?:[ap]\.?\s?m\.?\s*)?(?:a|-|–|to|hasta)\s*$/;
const DIGIT_BEFORE = /\d\s*$/;
/** A time-like run and a dash before a range's end, in folded text: the start there was not read as a time. */
const LOST_START = /\d[:.h]\d\d\s?[-–—]\s?$/;
const RANGE_LEAD = /^(?:a las|hasta)\s/;

/**
 * Time `t` of folded line `f` closes a range ("09:17 - 13:50", "de las 09:17 a las 13:50 horas"): the range's words
 * stand before it, or its own match holds them ("a las 13:50"). Only the few units before it are read.
 */
function closesRange(f: string, t: { start: number; end: number }): boolean {
  const before = f.slice(Math.max(0, t.start - 16), t.start);
  return RANGE_BEFORE.test(before) || (DIGIT_BEFORE.test(before) && RANGE_LEAD.test(f.slice(t.start, t.end)));
}

/** The lines of the body read for the sentence calling the meeting to order. */
const CALL_LINES = 12;

/** The first of the body's first lines (from index `from`) saying when the meeting was called to order, if any. */
function callToOrder(lines: Labelled[], from: number, ctx: SegmentContext): Labelled | null {
  if (from < 0) return null;
  for (let i = from, seen = 0; i < lines.length && seen < CALL_LINES; i++) {
    const l = lines[i]!;
    if (l.blank || l.zone === 'furniture') continue;
    seen++;
    // (A heading "1. CALL TO ORDER" says it too, with no time: the sentence under it is read.)
    if (ctx.kw.callToOrder.test(l.text) && callTimes(l, ctx).length) return l;
  }
  return null;
}

/** The times of a line calling the meeting to order, in figures or, failing them, in words ("at seven o'clock p.m."). */
function callTimes(l: Labelled, ctx: SegmentContext): readonly TimeHit[] {
  const t = ctx.trimmed(l);
  const times = ctx.times(t);
  return times.length ? times : findWordTimes(t);
}

/** A title's tail giving the meeting's date ("... Parish Council held on Tuesday 10 October 2023 at 7.30 pm ..."). */
const HELD_TAIL = /\s+held\s+(?:on|at|in)\s+[^]*\d[^]*$/i;

/** One or two lower-case letters OCR read from specks after a line in capitals ("... DE USUARIOS e", "... - da"). */
const CAPS_SPECKS = /(?:\s+[-–.,:;'~_*]+)?\s+\p{Ll}{1,2}$/u;
const LOWER = /\p{Ll}/u;

/** A line in capitals without the specks OCR read after it: no word of such a line is in lower case. */
function withoutSpecks(s: string): string {
  const m = CAPS_SPECKS.exec(s);
  if (!m) return s;
  const rest = s.slice(0, m.index);
  return LOWER.test(rest) || !/\p{Lu}{3}/u.test(rest) ? s : rest;
}
/**
 * "Meeting minutes – April 3, 2025, 3:30–4:50 pm, Hall 214", "Meeting notes, 2025-01-22": a title running on, after a
 * dash or a comma, into its date.
 */
function withoutWhen(title: string, lang: SegmentContext['lang']): string {
  const dash = TITLE_DASH.exec(title);
  if (!dash) return title;
  const rest = title.slice(dash.index + dash[0].length);
  const d = findDates(rest, { lang })[0];
  return d && d.start <= WEEKDAY_ROOM ? title.slice(0, dash.index) : title;
}
const TITLE_DASH = /\s[–—-]\s|,\s/;
/** Room for a weekday before the date ("Wednesday, "). */
const WEEKDAY_ROOM = 11;

/** A title that is only the minutes' number, and a line opening with a meeting's kind. */
const NUMBER_TITLE = /^(?:acta|minutes)\s+(?:n[°º.o]*\.?|no\.|n[uú]mero|number)\s*[\w./-]+$/iu;
const DOCUMENT_KIND = /^(?:ayuda\s+memoria|minuta|memoria|minutes|notes)$/iu;
const MEETING_LINE = /^(?:reuni[oó]n|sesi[oó]n|asamblea|meeting)\s+\p{Ll}/iu;
const MEETING_KIND_LINE = /^(?:reuni[oó]n|sesi[oó]n|asamblea|junta|meeting|session)\s+(?:ordinaria|extraordinaria|especial|regular|special|general|ordinary|extraordinary)\b/iu;

/** A lower-case word of four letters or more: a subtitle has two. */
const LOWER_WORD = /^\p{Ll}{4,}/u;

/** Connectors a name cut before a date ends with (no /u: it is tried at every space and is slower under /iu). */
const DANGLING_CONNECTORS = /(?:\s+(?:de|del|de la|de los|of|of the|the|y|and|en|in))+\s*$/i;

/** unmark() of a value that may be missing (a letterhead may be a Markdown heading: "# Kestrel Committee"). */
const unmarked = (s: string | null): string | null => (s === null ? null : withoutSpecks(unmark(s)));

/** The title among several candidates: an "Acta" or a "Minutes" line (no /u: \b is slow under /iu). */
const TITLE_NOUN = /^acta\b|^ayuda memoria\b|^minuta\b|\bminutes\b|\bnotes\b/i;

/** Words a title starts with; a title line starting otherwise may be the second line of a wrapped title. */
const TITLE_START = /^(acta|minuta|minutes|meeting|reuni[oó]n|sesi[oó]n|notes|record|regular|special|annual|ordinary)\b/iu;

/**
 * A title wrapped over two lines ("OASIS Common Security Advisory" / "Framework (CSAF) TC Meeting #18"): the line
 * right above, in the same letter case, short, naming no body, with no date, number, label or final stop, is its first half.
 */
function withHead(title: string, prev: Labelled | undefined, kw: Keywords): string {
  if (!prev || prev.blank || prev.zone !== 'header' || TITLE_START.test(title)) return title;
  const p = squash(prev.text);
  // A line naming a body ("Willow Creek Homeowners Association") above the title is the organization.
  if (p.split(' ').some((w) => { const f = fold(w); return kw.orgHeads.test(f) || kw.institutionWords.test(f); })) return title;
  // "Board Meeting Minutes", "Council Meeting": a title opening with a body's noun is whole.
  const first = fold(title.split(' ')[0]!);
  if (kw.orgHeads.test(first) || kw.institutionWords.test(first)) return title;
  if (p.length > 60 || p.split(' ').length < 3 || /[\d:;.,!?]/.test(p) || (upperShare(p) > 0.6) !== (upperShare(title) > 0.6)) return title;
  return `${p} ${title}`;
}

/**
 * With no title line nor markup title, minutes that open with a sentence naming the meeting ("Reunión del
 * Directorio de ... del 3 de marzo de 2019, por videollamada.") are titled by it up to its first comma or stop.
 */
const LETTERHEAD_LINES = 5;

export function openingTitle(lines: Labelled[], ctx: SegmentContext): string | null {
  // The first line, or the first paragraph under a letterhead of a few short lines ("ACTA NÚMERO 14-2023. En la
  // aldea ...").
  let first: Labelled | undefined;
  for (let i = 0, seen = 0; i < lines.length && seen < LETTERHEAD_LINES; i++) {
    const l = lines[i]!;
    if (l.blank || l.zone === 'furniture') continue;
    // (A short letterhead line may be read as another zone's: "CASERÍO LAS PEÑAS, TOTONICAPÁN" as names.)
    if (l.zone !== 'header' && (seen === 0 || l.text.length > 80 || ctx.isProse(l))) return null;
    if (seen++ === 0 || ctx.isProse(l)) first = l;
    if (first === l && (TITLE_START.test(ctx.trimmed(l)) || ctx.isProse(l))) break;
    if (l.text.length > 80) return null;
  }
  if (!first) return null;
  // (A long paragraph is read up to its first stop only: its first 300 units.)
  const t = ctx.trimmed(first).slice(0, 300);
  if (!TITLE_START.test(t)) return null;
  const stop = t.search(/[,;:]\s|\.(?:\s|$)/u);
  if (stop < 0 && first.text.length > 300) return null;
  const head = squash(stop < 0 ? t : t.slice(0, stop));
  return head.split(' ').length >= 3 ? head : null;
}

/** A header with no field read. */
export function emptyHeader(): Header {
  return { title: null, subtitle: null, organization: null, sessionNumber: null, date: null, startTime: null, endTime: null, location: null };
}

/** The header fields from the lines before the agenda and discussion. */
export function extractHeader(lines: Labelled[], ctx: SegmentContext): Header {
  const { kw, lang } = ctx;
  const stop = lines.findIndex((l) => l.zone === 'agenda' || l.zone === 'discussion');
  const head = lines.slice(0, stop < 0 ? lines.length : stop).filter((l) => l.zone !== 'furniture');
  const text = head.filter((l) => !l.blank);
  // The first title line holding a title noun, else the first title line: the lines after the first with one are
  // not tested.
  let titleLine: Labelled | undefined;
  let firstCandidate: Labelled | undefined;
  for (const l of text) {
    if (l.zone === 'attendees' || !isTitle(l, ctx)) continue;
    firstCandidate ??= l;
    if (TITLE_NOUN.test(ctx.trimmed(l))) { titleLine = l; break; }
  }
  titleLine ??= firstCandidate;
  const titleIdx = titleLine?.index ?? -1;
  // A title running on into when and where the meeting was held (a wrapped second line) ends before it.
  const title = titleLine ? withoutSpecks(withHead(withoutWhen(squash(unmark(titleLine.text)).replace(HELD_TAIL, ''), lang), lines[titleIdx - 1], kw)) : null;
  let subtitle: string | null = null;
  const labelled = text.find((l) => SUBTITLE_LABEL.test(ctx.trimmed(l)));
  if (labelled) subtitle = orNull(l2(ctx.trimmed(labelled).replace(SUBTITLE_LABEL, '')));
  else if (titleLine) {
    // Cheap tests first: the line after the title is often a long opening paragraph.
    const next = text.find((l) => l.index > titleIdx);
    const t = next && !/^[^:]{1,25}:|\t/.test(next.text) ? squash(next.text) : '';
    // A line squash leaves as it is has its prose flag memoised by index.
    if (t && !(t === next!.text ? ctx.isProse(next!) : ctx.prose(t)) && t.split(/\s+/).filter((w) => LOWER_WORD.test(w)).length >= 2 && upperShare(t) < 0.5 && !ctx.times(t).length && !parseDate(t)) subtitle = t;
    // "ACTA N° 1.287" / "REUNIÓN ORDINARIA DEL CONSEJO": under a title that is only a number, the meeting's kind.
    else if (t && NUMBER_TITLE.test(title!) && MEETING_KIND_LINE.test(t) && !ctx.times(t).length && !parseDate(t)) subtitle = t;
    // "AYUDA MEMORIA" / "Reunión de coordinación de la Mesa Técnica ...": under a title naming only the document's
    // kind, the meeting.
    else if (t && DOCUMENT_KIND.test(title!) && MEETING_LINE.test(t) && !ctx.times(t).length && !parseDate(t)) subtitle = t;
  }
  // (A number printed on a line of its own beats an ordinal in words: "OCTAVA SESIÓN" over "Acta N° CT/SO/08/2020".)
  const session = (title && (NUMBER_SIGN.exec(title)?.[1] ?? HASH_NUMBER.exec(title)?.[1] ?? ORDINAL_MEETING.exec(title)?.[1])) ?? sessionLine(text) ?? (title && ordinalSession(title));
  let date: string | null = null;
  let dateIdx = -1;
  // A line labelled "Fecha:" / "Date:" first, then any line.
  // Only a line's first date is read, so a long opening sentence is read up to its date (no later stage asks these
  // lines' dates: they are not kept in the context's memo).
  const dateOf = (l: Labelled) => firstDate(ctx.trimmed(l), { lang })?.iso ?? null;
  for (const l of text) if (DATE_WORD.test(l.text) && DATE_LABEL.test(l.text) && (date = dateOf(l))) { dateIdx = l.index; break; }
  // (A letterhead's founding date, "Fundado el 9 de julio de 1931", "Established 1887", is not the meeting's.)
  if (!date) {
    for (const l of text) {
      const d = dateOf(l);
      if (d && !FOUNDED.test(l.text)) { date = d; dateIdx = l.index; break; }
    }
  }
  let startTime: string | null = null;
  let endTime: string | null = null;
  /** A start label was read: only an end label may follow ("Hora de inicio: 17:30" / "Hora de término: 18:45"). */
  let onlyEnd = false;
  for (const l of text) {
    if (onlyEnd && !END_WORD.test(l.text)) continue;
    // The trimmed text, as the labeller read it: its times are found once.
    // (The header's few lines may give it in words: "Time: seven o'clock p.m.".)
    const times = callTimes(l, ctx);
    if (!times.length) continue;
    // The folded line is read only for an end label, a second time or a start label: a line holding one time and
    // no end word (most opening paragraphs) is not folded.
    const f = () => ctx.folded(l);
    // An adjournment sentence the header ran on to ("The meeting adjourned at 8:46 p.m.") gives no start: the closing
    // reads its time.
    if (ctx.mayClose(l) && kw.adjourned.test(f())) continue;
    // The end label is read only while no end time is known (it decides nothing else).
    const endM = !endTime && END_WORD.test(l.text) ? END_LABEL.exec(f()) : null;
    for (const t of times) {
      if (endM && t.start >= endM.index && !endTime) endTime = t.hhmm;
      else if (onlyEnd) continue;
      // (A range whose start OCR left unreadable, "£4:00-16:10", gives its end only.)
      else if (!startTime && !endTime && LOST_START.test(f().slice(Math.max(0, t.start - 10), t.start))) endTime = t.hhmm;
      else if (!startTime) startTime = t.hhmm;
      else if (!endTime && closesRange(f(), t)) endTime = t.hhmm;
    }
    if (startTime && endTime) break;
    if (startTime && !ctx.isProse(l) && START_LABEL.test(f())) onlyEnd = true;
  }
  // Minutes whose header gives no time may open their body saying when (and where) the meeting was called to order.
  let place = location(text, dateIdx, ctx);
  if (!startTime || place === null) {
    const call = callToOrder(lines, stop, ctx);
    if (call) {
      startTime ??= callTimes(call, ctx)[0]!.hhmm;
      place ??= location([call], -1, ctx);
    }
  }
  return {
    title,
    subtitle,
    // A name cut before the date ("... de Python Argentina del 12 de abril") loses its dangling connector;
    // "Reunión de la ..." loses the meeting words.
    organization: orNull(closeQuote(withoutMeetingWords(unmarked(organization(title, titleIdx, text, lines, ctx))?.replace(DANGLING_CONNECTORS, '')))),
    sessionNumber: orNull(session),
    date,
    startTime,
    endTime,
    location: place,
  };
}

/** A name whose closing quote was cut with the phrase's final marks ("Asociación Vecinal «Carmen Alto") gets it back. */
function closeQuote(s: string | undefined): string | undefined {
  if (s === undefined) return s;
  if (s.includes('«')) return s.lastIndexOf('«') > s.lastIndexOf('»') ? `${s}»` : s;
  if (s.includes('“')) return s.lastIndexOf('“') > s.lastIndexOf('”') ? `${s}”` : s;
  // (Straight quotes open and close alike: an odd count has lost its last.)
  const first = s.indexOf('"');
  return first >= 0 && s.split('"').length % 2 === 0 ? `${s}"` : s;
}

function l2(s: string): string {
  return squash(s.replace(/\t/g, ' '));
}
