// Header: title, subtitle, organization, session number, date, start/end time, location.
import type { Header } from '../types.js';
import { globalOf, type Keywords } from '../segment/keywords.js';
import type { SegmentContext } from '../segment/context.js';
import type { Labelled } from '../segment/zones.js';
import { WEEKDAYS, findDates, firstDate, parseDate } from './dates.js';
import { organization, withoutMeetingWords } from './header-org.js';
import { beforeFolding, fold, isSpace, orNull, squash, unmark, upperShare } from './text.js';

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
/** A location label, also in Markdown bold ("**Location:** Zoom"). */
const LOCATION_LABEL = /(?:^|\t|\s{2,}|[·|]\s*)(?:\*\*|__)?(?:lugar|location|place|venue|sede|lieu|where)\s*[:\t]\s*(?:\*\*|__)?\s*|(?:^|\s)(?:lugar|location|venue|place)\s*:\s*|(?:^|[|]\s*)(?:lugar|location)\s+(?=\p{Lu})/iu;
/** Words every location or date label holds: a cheap test before the label patterns. */
const LOCATION_WORD = /lugar|location|place|venue|sede|lieu|where/iu;
const DATE_WORD = /fecha|date/i;
/** Upper-case labels need no colon: "FECHA 23-05-2017 LUGAR Sala de reuniones". */
const LOCATION_CAPS = /(?:^|\s)(?:LUGAR|LOCATION)\s+(?=\p{Lu})/u;
const SUBTITLE_LABEL = /^(?:(?:tema|asunto|materia|subject|re|objeto)\s*[:\t]\s*|(?:TEMA|ASUNTO|MATERIA|SUBJECT)\s+(?=\p{Lu})(?!(?:n[o°º]\.?|n[uú]mero|number)\s*\d))/iu;
// (A row of labels whose gaps OCR read as one space: "Aula de medios Ciclo escolar: 2023-2024": the next label is
// a capitalised word and at most two lower-case ones before a colon.)
const NEXT_LABEL = /\s*(?:\t|\s{2,}|\s[·|]\s|\s[-–—]\s(?=\p{Lu}\p{L}+\s*:)|\s(?=(?:hora|time|lugar|location|fecha|date)\b))/iu;
const LATER_LABEL = /\s(?=\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2}:\s)/u;
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

function firstValue(s: string): string {
  return s.split(NEXT_LABEL)[0]!.split(LATER_LABEL)[0]!.trim();
}

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

const SESSION_LINE = /^\s*(?:sesi[oó]n|acta n|minuta n|session|meeting no)/iu;

function numberLabel(text: string): string | undefined {
  const m = NUMBER_LABEL.exec(text);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The session number printed on a "Sesión N° 5" / "Acta N° 12" line, else null. */
function sessionLine(text: Labelled[]): string | null {
  for (const l of text) {
    const n = SESSION_LINE.test(l.text) ? NUMBER_SIGN.exec(l.text)?.[1] : l.text.length < 80 ? numberLabel(l.text) : undefined;
    if (n) return n;
  }
  return null;
}

/** A date a body was founded on ("Fundado el 9 de julio de 1931"), not one it met on. */
// (Under /i, not /iu: V8 runs \b some ten times slower under /iu, and the pattern is ASCII.)
const FOUNDED = /\b(?:fundad[oa]|founded|established|cread[oa]|constituid[oa])\s+(?:el|en|on|in)?\s*\d/i;
/** A capitalised subject with its article ("la Comisión Directiva"), and a preposition ending the text before it. */
const SUBJECT_AFTER = /^\s(?:el|la|los|las)\s+\p{Lu}/u;
const PREPOSITION_END = /(?:^|\s)(?:de|del|en|a|al|con|por|para|y|e|entre|sobre|desde|hacia)$/iu;
/** A comma and a lower-case article before a capitalised name or the people meeting: the subject after a place. */
const LOCATION_SUBJECT = /^,\s*(?:el|la|los|las)\s+(?:\p{Lu}|miembros|integrantes|consejeros|concejales|socios|vecinos|propietarios|asistentes)/u;

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
    if (ctx.kw.callToOrder.test(l.text) && ctx.times(ctx.trimmed(l)).length) return l;
  }
  return null;
}

/** Nouns of the place table that also end a meeting's or a body's name ("REGULAR MEETING", "Town"). */
const NOT_A_PLACE = /^(?:meeting|conference|community|city|town|sesion|reunion)$/;

/**
 * A line naming a place by its last noun before the first comma ("District Office Board Room, 4410 Canyon Oak
 * Drive", "Union Hall, 2250 Fremont Avenue"): a place's noun that heads no body ("City Council" is a body).
 */
function namesPlace(text: string, kw: Keywords): boolean {
  // ("Seminar Room 2", "Hall B-14": a room's number or letter after its noun.)
  const head = text.split(',', 1)[0]!.trim().replace(ROOM_NUMBER, '');
  if (!head || head.length > 50 || !/^\p{Lu}/u.test(head)) return false;
  return isPlaceNoun(fold(head.slice(head.lastIndexOf(' ') + 1)), kw);
}
const ROOM_NUMBER = /\s+(?:\d[\w-]*|\p{Lu}(?:-?\d+)?)$/u;

/** A place's noun that ends no body's name. */
function isPlaceNoun(word: string, kw: Keywords): boolean {
  return kw.locationNouns.test(word) && !NOT_A_PLACE.test(word) && !kw.orgHeads.test(word) && !kw.institutionWords.test(word);
}

/**
 * What a date line holds after its date and time ("Monday, January 22, 2024 · 7:00 PM · Valley Activity Center,
 * Room B"): a place, when a place's noun is among its first words.
 */
function afterDateAndTime(line: Labelled, ctx: SegmentContext): string | null {
  const t = ctx.trimmed(line);
  let end = 0;
  for (const d of findDates(t, { lang: ctx.lang })) end = Math.max(end, d.end);
  for (const h of ctx.times(t)) end = Math.max(end, h.end);
  if (!end) return null;
  const rest = squash(t.slice(end).replace(DATE_LINE_GAP, '')).replace(/\.$/, '');
  // "Held: Tuesday 9 March 2021, 5.45pm, by Zoom": met online, the platform is where.
  const online = rest.length < 40 ? ONLINE.exec(rest) : null;
  if (online) return online[1]!;
  if (!rest || rest.length > 90 || !/^\p{Lu}/u.test(rest)) return null;
  const words = rest.split(',', 1)[0]!.split(' ');
  return words.some((w) => isPlaceNoun(fold(w), ctx.kw)) ? rest : null;
}
const ONLINE = /^(?:by|via|over)\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})$/u;
/** The marks between a date line's parts ("·", "|", a comma, a dash), and a time's zone. */
const DATE_LINE_GAP = /^(?:\s*(?:UTC|GMT|[A-Z]{1,2}T)\b)?[\s·|,;–—-]+/;

/** "held on Tuesday 10 October 2023 at 7.30 pm in Hatherby Village Hall, Church Street": the place after its date and time. */
// (In a title in capitals, "HELD ON SATURDAY 14TH MARCH, 2009 AT THE SOCIETY'S SECRETARIAT, SAKI, AT 10.00AM", the
// place ends before its time.)
const HELD_ON_IN = /\b(?:held|HELD)\s+(?:on|ON)\s+.{0,60}?\d.{0,30}?\s(?:in|at|IN|AT)\s+(?:the\s+|THE\s+)?(?!\d)(\p{Lu}.*?)(?:,?\s+(?:at|AT)\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?)?\.?$/u;
/** A title's tail giving the meeting's date ("... Parish Council held on Tuesday 10 October 2023 at 7.30 pm ..."). */
const HELD_TAIL = /\s+held\s+(?:on|at|in)\s+[^]*\d[^]*$/i;
/** A capitalised subject and the verb opening the meeting, after a comma. */
// (Each word a whole one or an initial: "Iowa. Chair Ana Ruiz called" holds a sentence's stop, no subject.)
const CHAIR_SUBJECT = /^,\s*(?:\p{Lu}(?:[\p{L}'’-]+|\.)\s+){1,5}(?:called|opened|convened|presided|chaired|welcomed)\b/u;
/** "held at" / "held in" and the place after it, up to the date, the time or the sentence's end. */
const HELD_AT = new RegExp(String.raw`\bheld\s+(?:at|in)\s+(?!\d{1,2}[:.]\d)(?:the\s+)?(.*?)(?=,?\s+on\s|,?\s+at\s+\d|,?\s+(?:${WEEKDAYS})\b|${CHAIR_SUBJECT.source.slice(1)}|\.\s|\.?$)`, 'iu');

/** A line opening with when the meeting was held ("Meeting held 1:30–3:05 p.m., ..."). */
const HELD_WHEN = /^(?:(?:the\s+)?meeting\s+)?held\s+(?:on\s+|from\s+)?(?:\p{Lu}\p{Ll}+,?\s+)?\d/iu;

/** A trigger ending in its article ("in the ", "en la "). */
const ARTICLE_END = /(?:the|el|la|los|las|sus)\s+$/i;
/** How a meeting was held, where a place would be named. */
const HOW_HELD = /^(?:public|private|camera|person|open|closed)\b/i;

/** An address word abbreviated before its period ("Av. Ejército 512", "Jr. Lampa", "Cra. 7"): no sentence ends there. */
const STREET_ABBREVIATION = /(?:^|[\s,])(?:Av|Avda|Jr|Pje|Psje|Cl|Cll|Cra|Kra|Dg|Tv|Urb|Mz|Lt|Dpto|Depto|Of|Ave|Blvd|St|Rd)$/;

/** `head` holds the header's non-blank lines; its prose lines are the opening sentences. */
/** A sentence's stop after a place's last word ("..., 4, Almudévar."), not an abbreviation's ("Cía.", "Ltda."). */
function withoutFinalStop(s: string): string {
  return s.endsWith('.') && FINAL_STOP.test(s) ? s.slice(0, -1).trimEnd() : s;
}
const FINAL_STOP = /(?:\s|^|[^\p{L}.])\p{L}{5,}\s?\.$|\s\.$/u;

function location(head: Labelled[], dateIdx: number, ctx: SegmentContext): string | null {
  const { kw } = ctx;
  for (let i = 0; i < head.length; i++) {
    const l = head[i]!;
    if (!LOCATION_WORD.test(l.text)) continue;
    const m = LOCATION_LABEL.exec(l.text) ?? LOCATION_CAPS.exec(l.text);
    if (!m) continue;
    const value = firstValue(l.text.slice(m.index + m[0].length)).replace(/^\|\s*/, '');
    // "Lugar: Sede social, calle Ocho N° 120," / "Villa Alegre": a value ending in a comma goes on in a short
    // line of its own below, which is no label nor sentence.
    const below = value.endsWith(',') ? head[i + 1] : undefined;
    if (below && below.text.trim().length <= 40 && !/[:\t]/.test(below.text) && !ctx.isProse(below) && /^\p{Lu}/u.test(ctx.trimmed(below))) {
      return orNull(withoutFinalStop(`${value} ${ctx.trimmed(below)}`));
    }
    return orNull(withoutFinalStop(value));
  }
  const next = head.find((l) => l.index > dateIdx && !l.blank && dateIdx >= 0);
  if (next && !/[:\t]/.test(next.text) && !ctx.prose(next.text) && (kw.locationNouns.test(fold(next.text.trim())) || namesPlace(next.text, kw))) return squash(next.text);
  const dateLine = dateIdx >= 0 ? head.find((l) => l.index === dateIdx) : undefined;
  const onDateLine = dateLine && !ctx.isProse(dateLine) ? afterDateAndTime(dateLine, ctx) : null;
  if (onDateLine) return onDateLine;
  // "Held at Unit 4, Castlegate Business Park on Thursday ...": the place named after "held at", up to its date or time.
  for (const l of head) {
    if (!l.text.includes('eld ') && !l.text.includes('ELD ')) continue;
    const t = squash(l.text);
    const m = HELD_AT.exec(t) ?? HELD_ON_IN.exec(t);
    // (A place is named with a capital: "held at two in the afternoon" names none.)
    // ("held in Public", "held in Camera" say how, not where.)
    if (m && /^\p{Lu}/u.test(m[1]!) && !HOW_HELD.test(m[1]!)) return orNull(m[1]!.replace(/[,.]$/, ''));
    // "Meeting held 1:30–3:05 p.m., Training Room B, Administration Building, ...": the place after its time.
    const after = HELD_WHEN.test(t) ? afterDateAndTime(l, ctx) : null;
    if (after) return after;
  }
  // The table's own flags: \b is slow under /iu.
  const trig = globalOf(kw.locationTriggers);
  for (const l of head) {
    // The opening sentences, and the line giving the date ("Minutes of the meeting held on 8 May 2024 in the Village Hall").
    if (!ctx.isProse(l) && l.index !== dateIdx) continue;
    const text = squash(l.text);
    // Folded once per line, from its first trigger on ("en la", "en el" are everywhere): fold() maps unit by unit,
    // so the folding of the line's tail is the tail of its folding.
    let folded: string | undefined;
    let base = 0;
    trig.lastIndex = 0;
    for (let m = trig.exec(text); m; m = trig.exec(text)) {
      const at = m.index + m[0].length;
      // A trigger with no article ("in Room 104") needs a name's capital after it ("in person", "at least" are none).
      if (!ARTICLE_END.test(m[0]) && !/\p{Lu}/u.test(text[at] ?? '')) continue;
      if (folded === undefined) folded = fold(text.slice((base = m.index)));
      // The place's noun is its first or second word ("the Council Chambers", "the Village Hall").
      const after = folded.slice(at - base);
      if (!kw.locationNouns.test(after) && !kw.locationNouns.test(after.slice(after.indexOf(' ') + 1 || after.length))) continue;
      const rest = text.slice(at);
      let depth = 0;
      let end = rest.length;
      for (let i = 0; i < rest.length; i++) {
        const c = rest[i]!;
        if (c === '(') depth++;
        else if (c === ')') depth--;
        else if (depth === 0 && c === ',' && /^,\s*(se|sé|y|en|con|siendo|a las|al|bajo|para|and|with|on|at|was|were|from|del|el d[ií]a|previamente|previ[oa]|conforme|seg[uú]n|convocad|following|pursuant)(?![\p{L}\d])/iu.test(rest.slice(i))) { end = i; break; }
        // ", el Consejo ...", ", los miembros ...": the sentence's subject comes after the place (case-sensitive: ", La
        // Reina" names a town).
        else if (depth === 0 && c === ',' && LOCATION_SUBJECT.test(rest.slice(i, i + 40))) { end = i; break; }
        // ", Mayor Raymond T. Quigley called the meeting ...": a sentence's stop OCR read as a comma.
        else if (depth === 0 && c === ',' && CHAIR_SUBJECT.test(rest.slice(i, i + 60))) { end = i; break; }
        else if (depth === 0 && c === '.' && /^\.\s+\p{Lu}/u.test(rest.slice(i)) && !STREET_ABBREVIATION.test(rest.slice(Math.max(0, i - 6), i))) { end = i; break; }
        // "... calle Soler 2260 la Comisión Directiva de ...": the subject after the place, with no comma (not after a
        // preposition: "la sede de la Junta de Vecinos" is one place).
        // (An article starts with 'e' or 'l': other spaces are passed over before the patterns.)
        else if (depth === 0 && isSpace(rest.charCodeAt(i)) && (rest.charCodeAt(i + 1) === 108 || rest.charCodeAt(i + 1) === 101) && SUBJECT_AFTER.test(rest.slice(i, i + 40)) && !PREPOSITION_END.test(rest.slice(Math.max(0, i - 8), i))) { end = i; break; }
        else if (depth === 0 && isSpace(rest.charCodeAt(i)) && /^\s(se reúnen?|se reunen?|(?:los|las) (?:propietarios|miembros|integrantes|consejeros|concejales|socios|socias|vecinos|asistentes)|the meeting)\b/iu.test(rest.slice(i))) { end = i; break; }
      }
      return orNull(rest.slice(0, end).replace(/\.$/, ''));
    }
  }
  return null;
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
const unmarked = (s: string | null): string | null => (s === null ? null : unmark(s));

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
  const title = titleLine ? withHead(withoutWhen(squash(unmark(titleLine.text)).replace(HELD_TAIL, ''), lang), lines[titleIdx - 1], kw) : null;
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
  const session = (title && (NUMBER_SIGN.exec(title)?.[1] ?? ORDINAL_MEETING.exec(title)?.[1])) ?? sessionLine(text);
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
    const times = ctx.times(ctx.trimmed(l));
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
      startTime ??= ctx.times(ctx.trimmed(call))[0]!.hhmm;
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
