// Recognise section headings and inline list labels ("TABLA", "Asistentes:", "Present: ...").
import { testOnly, type Keywords } from './keywords.js';
import { HEADINGS, type Heading } from './zones.js';
import { isSpace, splitNumbering, stripBullet, unmark, type Numbered } from '../extract/text.js';

export interface HeadingHit {
  heading: Heading;
  /** Text after the label (inline list), '' for a bare heading. */
  after: string;
}

// Discussion is tried before agenda so "Temas tratados" is not read as "Temas".
const ATTENDANCE = new Set<Heading>(['attendees', 'excused', 'absent', 'guest']);
const ORDER: Heading[] = ['discussion', 'excused', 'absent', 'guest', 'attendees', 'agenda', 'agreements'];

/** All heading patterns as one alternation, and the number of the group around each (in ORDER). */
interface AnyHeading {
  re: RegExp;
  /** `re` without its groups: most lines start no heading, and a test of this fails sooner. */
  test: RegExp;
  groups: number[];
}

const anyHeadings = new WeakMap<Keywords, AnyHeading>();
/** The table asked last and its patterns: a document asks one table line after line (a WeakMap lookup each costs more). */
let lastKw: Keywords | null = null;
let lastAny: AnyHeading | null = null;

/**
 * One test turns away the many lines that start no heading, and tells the first heading that matches: the patterns
 * are anchored, so the alternation matches where and as the first matching one does.
 */
function anyHeading(kw: Keywords): AnyHeading {
  if (kw === lastKw) return lastAny!;
  let any = anyHeadings.get(kw);
  if (!any) {
    const sources = ORDER.map((h) => kw.headings[h]!.source);
    if (sources.some((s) => !s.startsWith('^'))) throw new Error('headings: every heading pattern must start with ^');
    // Each pattern's own groups come after the group around it; an empty match of `s|` counts them (its length is
    // one more than their number, the group around included).
    const groups: number[] = [];
    let next = 1;
    for (const s of sources) {
      groups.push(next);
      next += new RegExp(`${s}|`).exec('')!.length;
    }
    const re = new RegExp(sources.map((s) => `(${s})`).join('|'), 'i');
    any = { re, test: testOnly(re), groups };
    anyHeadings.set(kw, any);
  }
  lastKw = kw;
  lastAny = any;
  return any;
}

/**
 * True when no bullet, quote or stray mark can start `text` (an ASCII letter or digit, a Latin letter): its start
 * stays as it is. Not 'e' or 'o', which OCR prints for a bullet ("e Minutes").
 */
function plainStart(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122 && c !== 101 && c !== 111) || (c >= 0xc0 && c <= 0x24f);
}

/** Lower-case words between a heading word and a tab: a sentence's cell, not a label. */
const TABBED_WORDS = /^\s+\p{Ll}[^\t]*\t/u;

/** A semicolon where an attendance label's colon was, before a capitalised name. */
const OCR_SEMICOLON = /^\s?;\s*(?=\p{Lu})/u;

/** What may follow a bare heading: a colon, a stop, or OCR specks. */
const BARE_REST = /^[\s:.,;\-–—_|·'‘’"`~*°]*$/u;

/** A short note in brackets after a heading word, and what may follow a bare heading. */
const BRACKETED_REST = /^\s*\([^()]{1,30}\)\s*:?\s*$/u;

/** Cheap pre-check: a heading is short or starts with a short label before ':' or a tab, or before ';' or '('. */
function mayBeHeading(t: string): boolean {
  return t.length <= 60 || /^[^:\t]{1,45}[:\t]/.test(t) || /^[^;(]{1,60}[;(]/.test(t);
}

/**
 * mayBeHeading() reads a long line's first 61 characters only (its labels end within them): a longer line that holds
 * none of its label marks nor a mark unmark() drops there is no heading.
 */
const LONG = 61;
const LABEL_OR_MARKUP = /[:\t;(#*_\\`]/;
/** Markup unmark() drops: '#', '*', '_', a backslash and a backtick. */
const MARKUP = '#*_\\`';

/**
 * True when `text` (longer than LONG, starting with a plain character) cannot be a heading, known without unmarking
 * the whole line (most long lines are prose). Its first 61 characters and its last one (neither markup nor a space)
 * survive unmark().trimEnd(): that text is longer than 60 characters and mayBeHeading() fails on it as on `text`.
 * (A class search over a slice runs faster than a counted repetition over the line.)
 */
function longNoHeading(text: string): boolean {
  const last = text[text.length - 1]!;
  return !LABEL_OR_MARKUP.test(text.slice(0, LONG)) && !MARKUP.includes(last) && !isSpace(last.charCodeAt(0));
}

/**
 * The heading a line is, or null. Numbered lines are agenda items, never headings. `numbered` is
 * splitNumbering(text) when the caller has it already.
 */
export function headingOf(text: string, kw: Keywords, numbered?: Numbered | null): HeadingHit | null {
  const plain = plainStart(text.charCodeAt(0));
  if (plain && text.length > LONG && longNoHeading(text)) return null;
  // A line starting with a letter or digit loses only inner markup (and the spaces it leaves at the end).
  const t = plain ? unmark(text).trimEnd() : stripBullet(unmark(text)).trim().replace(/^[|#*'‘’"“”.,;:_~]+\s*/u, '');
  if (!t) return null;
  const inner = t === text && numbered !== undefined ? numbered : splitNumbering(t);
  if (inner) {
    if (!mayBeHeading(t)) return null;
    // A numbered line is an agenda item, unless it is a bare attendance heading ("2.1 Members Present").
    const h = headingOf(inner.rest, kw);
    return h && !h.after && ATTENDANCE.has(h.heading) ? h : null;
  }
  // The heading patterns are anchored: one test turns away most lines before the length gate.
  const any = anyHeading(kw);
  if (!any.test.test(t) || !mayBeHeading(t)) return null;
  const first = any.re.exec(t)!;
  let from = 0;
  while (first[any.groups[from]!] === undefined) from++;
  for (let k = from; k < ORDER.length; k++) {
    const h = ORDER[k]!;
    const m = k === from ? first : kw.headings[h]!.exec(t);
    if (!m) continue;
    const rest = t.slice(m[0].length);
    // (Specks OCR leaves after a heading, "Attendees -", "ASISTENTES ,", do not make it a label.)
    // (Nor does a short note in brackets: "Action log (new actions)", "Attendance (in person)".)
    const bare = BARE_REST.test(rest) || (rest.charCodeAt(rest.length - 1) === 41 || rest.trimEnd().endsWith('):')) && BRACKETED_REST.test(rest);
    // "ASISTENTES", "Temas a tratar:" or a label followed by ':' / tab ("Present: Mayor ...").
    if (bare && t.length <= 60) return { heading: h, after: '' };
    const label = /^[^:\t]{0,40}?(?:\s*:\s*|\t+)(.*)$/u.exec(rest);
    // (A table's first cell opening on the word is no label: "Present two board candidates<tab>Ana Ruiz<tab>May 22".)
    if (label && t.length - rest.length <= 45 && !(TABBED_WORDS.test(rest) && !rest.includes(':'))) return { heading: h, after: label[1]!.trim() };
    // OCR reads a list label's colon as a semicolon, spaced or not: "Present ; Trustee Mark Lane, ...".
    if (ATTENDANCE.has(h) && t.length - rest.length <= 45 && OCR_SEMICOLON.test(rest)) return { heading: h, after: rest.replace(OCR_SEMICOLON, '').trim() };
    // Two-column OCR puts the first agenda item on the heading line: "AGENDA 4.0 New Business".
    if (h === 'agenda' && splitNumbering(rest.trim())) return { heading: h, after: rest.trim() };
    // OCR drops the tab between a list label and its names: "Board members present Karen Lofgren (President); ...".
    if (ATTENDANCE.has(h) && /^\s+\p{Lu}/u.test(rest) && (/\s/.test(m[0].trim()) || /[;(]/.test(rest)) && /[;(,]/.test(rest)) return { heading: h, after: rest.trim() };
    // Excused/absent sentences ("Se excusa el concejal ...") stay prose.
  }
  return null;
}

export { HEADINGS };
