import { trimEndDot } from './text.js';
// Capitalised noun phrases in running text ("el Consejo de la Facultad de Ciencias Sociales y Educación, con"),
// used to find the organisation a minute belongs to.
const CONNECTOR = /^(de|del|la|las|los|el|y|e|en|of|the|and|for|&|para)$/u;
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

const UPPER_START = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}\.?$/u;
const DOTTED_INITIAL = /^\p{Lu}\.$/u;
const DIGIT_START = /^\d/;

/** /^\p{Lu}/u, answered from the first code unit when it is ASCII (most words are). */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(w);
}

/** A company suffix ("S.A.", "Inc.", "Ltda.") has at most five characters: longer words skip the pattern. */
function isSuffix(w: string): boolean {
  return w.length <= 5 && SUFFIX.test(w);
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
  // Runs of non-spaces are the same with or without /u (surrogates are no spaces); without it they scan faster.
  const re = /\S+/g;
  let words: Array<{ w: string; start: number; end: number }> = [];
  let done = false;
  const close = () => {
    if (!words.length) return;
    while (words.length && (CONNECTOR.test(words[words.length - 1]!.w) || isNumberMark(words[words.length - 1]!.w))) words.pop();
    if (words.length) done = visit({ text: trimEndDot(s.slice(words[0]!.start, words[words.length - 1]!.end).replace(/[,;:]$/, '')), start: words[0]!.start });
    words = [];
  };
  let prevNumberMark = false;
  for (let m = re.exec(s); m && !done; m = re.exec(s)) {
    const raw = m[0];
    const last = raw.charCodeAt(raw.length - 1);
    const unquoted = opening(raw.charCodeAt(0)) ? raw.replace(OPENING_MARKS, '') : raw;
    const w = closing(unquoted.charCodeAt(unquoted.length - 1)) ? unquoted.replace(CLOSING_MARKS, '') : unquoted;
    const cap = startsUpper(w) && !INITIAL.test(w) || isSuffix(w);
    const ok = cap || (words.length > 0 && (CONNECTOR.test(w) || isNumberMark(w) || (prevNumberMark && DIGIT_START.test(w))));
    if (!ok) { close(); prevNumberMark = false; continue; }
    words.push({ w, start: m.index, end: m.index + (closing(last) ? raw.replace(TRAILING_MARKS, '') : raw).length });
    prevNumberMark = isNumberMark(w);
    // A comma ends the phrase unless a company suffix follows ("Council, Inc.").
    const comma = last === 0x2c;
    if (comma || last === 0x3b || last === 0x3a || last === 0x2e && !isSuffix(w) && !DOTTED_INITIAL.test(w)) {
      if (!comma || !isSuffix(firstWord(s.slice(m.index + raw.length)))) close();
    }
  }
  if (!done) close();
}

/** The first whitespace-separated word of `s` ('' when there is none). */
function firstWord(s: string): string {
  const t = s.trimStart();
  const end = t.search(/\s/);
  return end < 0 ? t : t.slice(0, end);
}
