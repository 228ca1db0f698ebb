// The one date parser: every section reads dates through findDates()/parseDate().
// "27 de enero de 2016", "27-01-2016", "27/01/16", "March 3rd, 1998", "2024-05-14",
// "a los veintisiete días del mes de enero de dos mil dieciséis", "the 22nd day of March, 1979".
import type { Lang } from '../types.js';
import { calendar } from '../segment/keywords.js';
import { beforeFolding, fold } from './text.js';
import { ordinalToNumber, wordsToNumber } from './numbers.js';

export interface DateHit {
  iso: string;
  start: number;
  end: number;
}

export interface DateOptions {
  lang?: Lang;
  /** Year for dates printed without one ("el sábado 11 de junio"). */
  defaultYear?: number | null;
}

/** A month's name or its abbreviation, Spanish and English (lower case: the patterns using it take /i). */
export const MONTH = '(ene(?:ro)?|feb(?:rero)?|mar(?:zo)?|abr(?:il)?|may(?:o)?|jun(?:io)?|jul(?:io)?|ago(?:sto)?|sep(?:t(?:iembre)?)?|setiembre|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?|january|february|march|april|june|july|august|september|october|november|december|jan|apr|aug|dec)\\.?';
/** The days of the week, Spanish and English, as a pattern's alternatives (lower case: the patterns using them take /i). */
export const WEEKDAYS = 'lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const NW = '[a-z]+(?:\\s+(?:y\\s+)?[a-z]+){0,5}';
/** The English ordinals a day of the month is written in, tens aside ("twenty-" before "first"). */
const EN_DAY_ORDINALS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth';

interface Pattern {
  re: RegExp;
  /** A character every match holds: a line without it skips the pattern. */
  mark?: string;
  build(m: RegExpExecArray, o: DateOptions): [number | null, number, number] | null;
}

function month(name: string): number | null {
  // Without its final period ("sept."): a test of the last unit, not a pattern.
  return calendar().months[name.endsWith('.') ? name.slice(0, -1) : name] ?? null;
}

function year(y: string | undefined, o: DateOptions): number | null {
  if (!y) return o.defaultYear ?? null;
  const n = Number(y);
  if (y.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  return n;
}

const PATTERNS: Pattern[] = [
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, mark: '-', build: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  {
    re: /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b(?![.,]?\d)/g,
    build: (m, o) => {
      let d = Number(m[1]);
      let mo = Number(m[2]);
      if (o.lang === 'en' && mo <= 31 && d <= 12 && m[0].includes('/')) [d, mo] = [mo, d];
      return [year(m[3], o) ?? 0, mo, d];
    },
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:[º°o]|er|st|nd|rd|th)?\\s+(?:dias\\s+del\\s+mes\\s+|days?\\s+of\\s+(?:the\\s+month\\s+of\\s+)?)?(?:de\\s+|of\\s+)?${MONTH}(?![a-z])(?:\\s*(?:de|del|,)?\\s*(?:ano\\s+)?(\\d{4})\\b)?`, 'g'),
    build: (m, o) => [year(m[3], o) ?? 0, month(m[2]!) ?? 0, Number(m[1])],
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?`, 'g'),
    build: (m, o) => [year(m[3], o) ?? 0, month(m[1]!) ?? 0, Number(m[2])],
  },
  {
    // "the ninth day of May, 2022", "this twenty-first day of March 1979": an English day in ordinal words.
    re: new RegExp(`\\b((?:twenty|thirty)[\\s-])?(${EN_DAY_ORDINALS})\\s+day\\s+of\\s+${MONTH}(?![a-z])\\s*,?\\s*(?:in\\s+the\\s+year\\s+)?(\\d{4})\\b`, 'g'),
    mark: 'day of',
    build: (m) => {
      const day = ordinalToNumber(`${m[1] ?? ''}${m[2]}`);
      return day === null ? null : [Number(m[4]), month(m[3]!) ?? 0, day];
    },
  },
  {
    re: new RegExp(`\\b(${NW})\\s+(?:dias\\s+)?(?:del\\s+mes\\s+)?de\\s+${MONTH}\\s+(?:de|del)\\s+(?:ano\\s+)?(\\d{4}\\b|${NW})`, 'g'),
    build: (m) => {
      const dayWords = m[1]!.replace(/(?:\s+(?:dias?|del|mes))+$/, '').split(/\s+/);
      // The day is the number-word tail of the run ("a los veintiseis" -> "veintiseis").
      let day: number | null = null;
      for (let i = 0; i < dayWords.length && day === null; i++) day = wordsToNumber(dayWords.slice(i).join(' '));
      // The year in words ("de dos mil veinte"), or in figures ("a los diecisiete días del mes de junio de 2024").
      const y = /^\d{4}$/.test(m[3]!) ? Number(m[3]) : wordsToNumber(m[3]!.replace(/\b(?:a las|siendo|horas?).*$/, '').trim()) ?? firstNumberRun(m[3]!);
      if (day === null || y === null) return null;
      return [y, month(m[2]!) ?? 0, day];
    },
  },
];

function firstNumberRun(words: string): number | null {
  const ws = words.split(/\s+/);
  for (let n = ws.length; n > 0; n--) {
    const v = wordsToNumber(ws.slice(0, n).join(' '));
    if (v !== null) return v;
  }
  return null;
}

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function valid(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  // The Gregorian calendar's length of the month (what a Date would say), without building one.
  const leap = m === 2 && (y % 4 === 0 && y % 100 !== 0 || y % 400 === 0);
  return d <= MONTH_DAYS[m - 1]! + (leap ? 1 : 0);
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every pattern but the last needs a digit; the last (a date in words) needs "de <month> de". */
const DIGIT = /\d/;
const WORDS_SOURCE = `\\bde\\s+${MONTH}\\s+de`;
/**
 * In folded text a date in words also has words, not figures, on both sides of "de <month> de(l)": the common
 * "11 de marzo de 1996" skips its costly pattern.
 */
const WORDS_HINT = new RegExp(`[a-z]\\s+de\\s+${MONTH}\\s+(?:de|del)\\s+(?:[a-z]|\\d{4})`);
const MAY_HAVE_WORDS = beforeFolding(WORDS_SOURCE);
const IN_WORDS = PATTERNS[PATTERNS.length - 1]!;

/** What findDates reads of its options (only English swaps day and month): equal keys find equal dates. */
export function optionsKey(o: DateOptions): string {
  return `${o.lang === 'en' ? 'en' : ''}|${o.defaultYear ?? ''}`;
}

/** Every date in `s`, in text order, non-overlapping (earlier patterns win ties). */
export function findDates(s: string, o: DateOptions = {}): readonly DateHit[] {
  const hits: DateHit[] = [];
  // Most lines hold no digit and no month in words: they are not even folded.
  const digits = DIGIT.test(s);
  if (!digits && !MAY_HAVE_WORDS.test(s)) return hits;
  const f = fold(s);
  scan(f, 0, o, digits, WORDS_HINT.test(f), hits);
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * An ASCII unit no pattern consumes (they take letters, digits, whitespace and "-/.,º°"), folded or not: every match
 * lies wholly before or wholly after it, and a match attempt before it reads at most that unit of it.
 */
const BARRIER = /[!-+:-@[-`{-~]/g;
/** firstDate() reads a line in pieces of at least this many units, each ending at a barrier. */
const PIECE = 48;

/**
 * findDates(s, o)[0]: the first date of `s`, read piece by piece up to the first piece holding one. A piece ends at
 * a barrier, so the matches inside it, and which of them overlap, are the same as in the whole line, and the dates
 * of a later piece all start later. A long opening sentence is folded and read only up to its date.
 */
export function firstDate(s: string, o: DateOptions = {}): DateHit | undefined {
  const digits = DIGIT.test(s);
  if (!digits && !MAY_HAVE_WORDS.test(s)) return undefined;
  const hits: DateHit[] = [];
  for (let from = 0; from < s.length; ) {
    BARRIER.lastIndex = from + PIECE;
    const cut = from + PIECE < s.length && BARRIER.test(s) ? BARRIER.lastIndex - 1 : s.length;
    // The text up to the piece's barrier (a lookahead at the piece's end reads it), folded: fold() maps unit by
    // unit, so this is the whole line's folding cut there. A date in words holds all of its hint.
    const f = fold(cut < s.length ? s.slice(0, cut + 1) : s);
    scan(f, from, o, digits, WORDS_HINT.test(f), hits);
    if (hits.length) {
      let first = hits[0]!;
      for (const h of hits) if (h.start < first.start) first = h;
      return first;
    }
    from = cut + 1;
  }
  return undefined;
}

/** Pushes onto `hits` the dates of folded text `f` that start at `from` or later (earlier patterns win ties). */
function scan(f: string, from: number, o: DateOptions, digits: boolean, words: boolean, hits: DateHit[]): void {
  for (const p of PATTERNS) {
    if ((p === IN_WORDS ? !words : !digits) || (p.mark !== undefined && !f.includes(p.mark, from))) continue;
    p.re.lastIndex = from;
    for (let m = p.re.exec(f); m; m = p.re.exec(f)) {
      const parts = p.build(m, o);
      if (!parts) continue;
      const [y, mo, d] = parts;
      if (y === null || !valid(y, mo, d)) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      hits.push({ iso: iso(y, mo, d), start, end });
    }
  }
}

/** The first date in `s` as YYYY-MM-DD, or null. */
export function parseDate(s: string, o: DateOptions = {}): string | null {
  return findDates(s, o)[0]?.iso ?? null;
}
