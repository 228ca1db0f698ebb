// Header: where the meeting was held, from a label, the date line, "held at/in" or the opening sentences.
import { globalOf, type Keywords } from '../segment/keywords.js';
import type { SegmentContext } from '../segment/context.js';
import type { Labelled } from '../segment/zones.js';
import { WEEKDAYS, findDates } from './dates.js';
import { fold, isSpace, orNull, squash } from './text.js';

/** A location label, also in Markdown bold ("**Location:** Zoom"). */
const LOCATION_LABEL = /(?:^|\t|\s{2,}|[·|]\s*)(?:\*\*|__)?(?:lugar|location|place|venue|sede|lieu|where)\s*[:\t]\s*(?:\*\*|__)?\s*|(?:^|\s)(?:lugar|location|venue|place)\s*:\s*|(?:^|[|]\s*)(?:lugar|location)\s+(?=\p{Lu})/iu;
/** Words every location or date label holds: a cheap test before the label patterns. */
const LOCATION_WORD = /lugar|location|place|venue|sede|lieu|where/iu;
/** Upper-case labels need no colon: "FECHA 23-05-2017 LUGAR Sala de reuniones". */
const LOCATION_CAPS = /(?:^|\s)(?:LUGAR|LOCATION)\s+(?=\p{Lu})/u;
// (A row of labels whose gaps OCR read as one space: "Aula de medios Ciclo escolar: 2023-2024": the next label is
// a capitalised word and at most two lower-case ones before a colon.)
const NEXT_LABEL = /\s*(?:\t|\s{2,}|\s[·|]\s|\s[-–—]\s(?=\p{Lu}\p{L}+\s*:)|\s(?=(?:hora|time|lugar|location|fecha|date)\b))/iu;
const LATER_LABEL = /\s(?=\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2}:\s)/u;

function firstValue(s: string): string {
  return s.split(NEXT_LABEL)[0]!.split(LATER_LABEL)[0]!.trim();
}

/** A capitalised subject with its article ("la Comisión Directiva"), and a preposition ending the text before it. */
const SUBJECT_AFTER = /^\s(?:el|la|los|las)\s+\p{Lu}/u;
const PREPOSITION_END = /(?:^|\s)(?:de|del|en|a|al|con|por|para|y|e|entre|sobre|desde|hacia)$/iu;
/** A comma and a lower-case article before a capitalised name or the people meeting: the subject after a place. */
const LOCATION_SUBJECT = /^,\s*(?:el|la|los|las)\s+(?:\p{Lu}|miembros|integrantes|consejeros|concejales|socios|vecinos|propietarios|asistentes)/u;
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
/** A capitalised subject and the verb opening the meeting, after a comma. */
// (Each word a whole one or an initial: "Iowa. Chair Ana Ruiz called" holds a sentence's stop, no subject.)
const CHAIR_SUBJECT = /^,\s*(?:\p{Lu}(?:[\p{L}'’-]+|\.)\s+){1,5}(?:called|opened|convened|presided|chaired|welcomed)\b/u;
/** "held at" / "held in" and the place after it, up to the date, the time or the sentence's end. */
const HELD_AT = new RegExp(String.raw`\bheld\s+(?:at|in)\s+(?!\d{1,2}[:.]\d)(?:the\s+)?(.*?)(?=,?\s+on\s|,?\s+at\s+\d|,?\s+(?:${WEEKDAYS})\b|${CHAIR_SUBJECT.source.slice(1)}|\.\s|\.?$)`, 'iu');

/** A line opening with when the meeting was held ("Meeting held 1:30–3:05 p.m., ..."). */
const HELD_WHEN = /^(?:(?:the\s+)?meeting\s+)?held\s+(?:on\s+|from\s+)?(?:\p{Lu}\p{Ll}+,?\s+)?\d/iu;

/** A trigger ending in its article ("in the ", "en la "). */
const ARTICLE_END = /(?:the|el|la|los|las|sus)\s+$/i;
/** Places a Spanish sentence names after "en" with no article. */
const BARE_PLACE = /^(?:dependencias|instalaciones)\s/;
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

export function location(head: Labelled[], dateIdx: number, ctx: SegmentContext): string | null {
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
    // (Not a list's label: "Officers at the meeting: Ana Ruiz (chair), ..." names people, not a place.)
    if ((!ctx.isProse(l) && l.index !== dateIdx) || l.heading) continue;
    const text = squash(l.text);
    // Folded once per line, from its first trigger on ("en la", "en el" are everywhere): fold() maps unit by unit,
    // so the folding of the line's tail is the tail of its folding.
    let folded: string | undefined;
    let base = 0;
    trig.lastIndex = 0;
    for (let m = trig.exec(text); m; m = trig.exec(text)) {
      const at = m.index + m[0].length;
      // A trigger with no article ("in Room 104") needs a name's capital after it ("in person", "at least" are none).
      // ("en dependencias de la biblioteca", "en instalaciones del club": places named without their article.)
      if (!ARTICLE_END.test(m[0]) && !/\p{Lu}/u.test(text[at] ?? '') && !BARE_PLACE.test(text.slice(at, at + 16))) continue;
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
