import { isSpace, startsUpper, trimEndDot } from './text.js';
// Capitalised noun phrases in running text ("el Consejo de la Facultad de Ciencias Sociales y Educación, con"),
// used to find the organisation a minute belongs to.
const CONNECTOR = /^(de|del|la|las|los|el|y|e|en|of|the|and|for|&|para|por)$/u;
const NUMBER_MARK = /^(n[°º*?”]\.?|n\.º|no\.|nº|n°)$/iu;
const SUFFIX = /^(s\.a\.?|inc\.?|ltd[a]?\.?|spa|llc|s\.l\.?|a\.g\.)$/iu;

export interface Phrase {
  text: string;
  start: number;
}

/** Quotes and brackets a word sheds before it is judged, and the marks that end a phrase after it. */
const OPENING_MARKS = /^[«"“(]+/u;
const CLOSING_MARKS = /[»"”),;:]+$/u;
const TRAILING_MARKS = /[,;:)»"”]+$/u;

const INITIAL = /^\p{Lu}\.?$/u;
/** The kinds of place a Spanish body's name may end on, in lower case before the place's name. */
const PLACE_KIND = /^(?:aldea|municipio|comuna|barrio|villa|colonia|caser[ií]o|cant[oó]n|vereda|localidad|poblaci[oó]n)$/u;
/** A saint's or a mount's abbreviation inside a name ("St. Hilda's Episcopal Church", "Sta. Rosa", "Mt. Hope"). */
const SAINT = /^(?:St|Ste|Sta|Sto|Mt)\.$/;
const DOTTED_INITIAL = /^\p{Lu}\.$/u;
const DIGIT_START = /^\d/;

/** The code unit can start SUFFIX: a, i, l, s in either case, or the long s that /iu matches as s. */
function suffixStart(c: number): boolean {
  const lower = c | 0x20; // ASCII lower case
  return lower === 0x61 || lower === 0x69 || lower === 0x6c || lower === 0x73 || c === 0x17f;
}

/** A company suffix ("S.A.", "Inc.", "Ltda.") has at most five characters: other words skip the pattern. */
function isSuffix(w: string): boolean {
  return w.length <= 5 && suffixStart(w.charCodeAt(0)) && SUFFIX.test(w);
}

/** A connector has at most four characters. */
function isConnector(w: string): boolean {
  return w.length <= 4 && CONNECTOR.test(w);
}

/**
 * A word starting with this code unit joins no phrase and starts none (not a capital, a suffix or a quote): the
 * common lower-case word is passed over before it is cut out of the line.
 */
function plainStart(c: number): boolean {
  return c < 128 && !(c >= 65 && c <= 90) && !suffixStart(c) && !opening(c);
}

/** A number mark ("N°", "No.") starts with an n: other words skip the pattern. */
function isNumberMark(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c === 0x6e || c === 0x4e) && NUMBER_MARK.test(w);
}

/** The code unit can start OPENING_MARKS / end CLOSING_MARKS or TRAILING_MARKS (the same set): a cheap gate. */
function opening(c: number): boolean {
  return c === 0x28 || c === 0x22 || c === 0xab || c === 0x201c;
}
function closing(c: number): boolean {
  return c === 0x29 || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x22 || c === 0xbb || c === 0x201d;
}

/** Every maximal run of capitalised words (with inner connectors) in `s`. */
export function capitalisedPhrases(s: string): Phrase[] {
  const out: Phrase[] = [];
  scanPhrases(s, (p) => { out.push(p); return false; });
  return out;
}

/** The first capitalised phrase of `s` that passes `test`; the scan stops there (opening paragraphs are long). */
export function firstPhrase(s: string, test: (p: Phrase) => boolean): Phrase | undefined {
  let found: Phrase | undefined;
  scanPhrases(s, (p) => { if (!test(p)) return false; found = p; return true; });
  return found;
}

/** Hands each phrase of `s` to `visit`, in order, until it returns true. */
function scanPhrases(s: string, visit: (p: Phrase) => boolean): void {
  let words: Array<{ w: string; start: number; end: number }> = [];
  let done = false;
  const close = () => {
    if (!words.length) return;
    while (words.length && (isConnector(words[words.length - 1]!.w) || isNumberMark(words[words.length - 1]!.w))) words.pop();
    if (words.length) {
      // Without one final comma, semicolon or colon.
      let text = s.slice(words[0]!.start, words[words.length - 1]!.end);
      if (closesClause(text.charCodeAt(text.length - 1))) text = text.slice(0, -1);
      done = visit({ text: trimEndDot(text), start: words[0]!.start });
    }
    words = [];
  };
  let prevNumberMark = false;
  let prevCapital = false;
  let prevDigits = false;
  // Words are the runs of non-spaces (what /\S+/g finds), walked by code unit: the common lower-case word outside
  // a phrase is passed over without a match array or a copy of it.
  const n = s.length;
  for (let i = 0; i < n && !done; ) {
    const first = s.charCodeAt(i);
    if (isSpace(first)) { i++; continue; }
    const start = i;
    while (++i < n && !isSpace(s.charCodeAt(i)));
    if (!words.length && plainStart(first)) { prevNumberMark = false; prevCapital = false; prevDigits = false; continue; }
    // Outside a phrase, a word opening with a lower-case a, i, l or s starts one only as a company suffix (five units
    // at most, its closing marks aside): "la", "sesión" are passed over without being cut out of the line.
    if (!words.length && first >= 97 && first <= 122 && !mayBeSuffix(s, start, i)) { prevNumberMark = false; prevCapital = false; prevDigits = false; continue; }
    const raw = s.slice(start, i);
    const last = raw.charCodeAt(raw.length - 1);
    const unquoted = opening(first) ? raw.replace(OPENING_MARKS, '') : raw;
    const w = closing(unquoted.charCodeAt(unquoted.length - 1)) ? unquoted.replace(CLOSING_MARKS, '') : unquoted;
    const cap = startsUpper(w) && !INITIAL.test(w) || isSuffix(w);
    // A number goes on a name after a capitalised word ("Sector 3", "Local 1186"), as after a number mark ("N° 1").
    // (After such a number a connector starts no more of the name: "calle Soler 2260 la Comisión Directiva".)
    // "... Consejo Comunitario de Desarrollo de la aldea Chuicumbal": a place's kind between a connector and its name.
    const placeKind = !cap && words.length > 0 && w.length >= 5 && isConnector(words[words.length - 1]!.w) && PLACE_KIND.test(w) && startsUpper(wordAt(s, i));
    const ok = cap || placeKind || (words.length > 0 && ((isConnector(w) && !prevDigits) || isNumberMark(w) || ((prevNumberMark || prevCapital) && DIGIT_START.test(w) && w.length <= 5)));
    if (!ok) { close(); prevNumberMark = false; prevCapital = false; prevDigits = false; continue; }
    words.push({ w, start, end: start + (closing(last) ? raw.replace(TRAILING_MARKS, '') : raw).length });
    prevNumberMark = isNumberMark(w);
    prevCapital = cap && !DIGIT_START.test(w);
    prevDigits = !cap && DIGIT_START.test(w);
    // A comma ends the phrase unless a company suffix follows ("Council, Inc.").
    const comma = last === 0x2c;
    if (comma || last === 0x3b || last === 0x3a || last === 0x2e && !isSuffix(w) && !DOTTED_INITIAL.test(w) && !SAINT.test(w) && !isNumberMark(w)) {
      if (!comma || !isSuffix(wordAt(s, i))) close();
    }
  }
  if (!done) close();
}

/** The word s[start, end) may be a company suffix once its closing marks are dropped (SUFFIX, tested only when short). */
function mayBeSuffix(s: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && closing(s.charCodeAt(e - 1))) e--;
  return e - start <= 5 && SUFFIX.test(s.slice(start, e));
}

/** A comma, semicolon or colon. */
function closesClause(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a;
}

const NEXT_WORD = /\s*(\S*)/y;

/** The first whitespace-separated word of `s` from `at` on ('' when there is none). */
function wordAt(s: string, at: number): string {
  NEXT_WORD.lastIndex = at;
  return NEXT_WORD.exec(s)![1]!;
}
