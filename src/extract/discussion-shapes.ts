// Heading shapes the discussion reads beside its numbered headings: lettered section headings (A, B, C ...), a
// heading in capitals joined with its paragraph, and a hyphen near a line's start (a sub-item's "VII-A").
import type { Labelled } from '../segment/zones.js';
import type { SegmentContext } from '../segment/context.js';
import type { Numbered } from './text.js';

/** A lettered section heading in ordinary case ("B. Finance", "C) Equipment"), which splitNumbering() leaves to initials. */
const LETTERED_HEAD = /^\s*([A-H])[.)]\s+(?=\p{Lu})/u;

/**
 * Lettered section headings, each a short line after a blank one, their letters running A, B, C ... (three at least):
 * a run of initials ("A. Smith") never spells the alphabet. The line's number and rest by line index.
 */
export function letteredHeads(lines: Labelled[], ctx: SegmentContext, squashed: (i: number) => string): Map<number, Numbered> {
  const out = new Map<number, Numbered>();
  let want = 65;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // (The first character gates the pattern: most lines open with no capital A to H.)
    const c = l.blank ? 0 : l.text.trimStart().charCodeAt(0);
    if (c !== want || (i > 0 && !lines[i - 1]!.blank) || l.text.length > 90) continue;
    const text = squashed(i);
    const m = LETTERED_HEAD.exec(text);
    if (!m) continue;
    out.set(i, { number: m[1]!, rest: text.slice(m[0].length) });
    want++;
  }
  return out.size >= 3 ? out : new Map();
}

/** A word with no lower-case letter: a heading's word in capitals ("TESORERÍA", "N°", "44"). */
const NO_LOWER = /^[^\p{Ll}]+$/u;
/** A sentence's first word: a capital, then lower case ("La", "El", "Staff"). */
const SENTENCE_WORD = /^["«(]?\p{Lu}\p{Ll}/u;
/** A word of three letters in capitals. */
const CAPS_WORD = /\p{Lu}{3}/u;

/**
 * "PROYECTO DE ALARMAS COMUNITARIAS El presidente explica ...": a heading in capitals that the line's text runs on
 * after with no stop between (a long heading joined with the paragraph under it). The words in capitals, when at
 * least half of their words are the item's (`likeness`: the share of a title's words the item has), are the title;
 * what follows from the first word in ordinary case is the text. A lone capital letter before a lower-case word
 * ("A public hearing ...") opens the text. Null for any other line.
 */
export function capsLed(rest: string, likeness: (title: string) => number): [string, string] | null {
  // (Cheap gate: two capitals open the line.)
  const c0 = rest.charCodeAt(0);
  const c1 = rest.charCodeAt(1);
  if (!(c0 >= 65 && c0 <= 90) && !(c0 > 191 && c0 < 222)) return null;
  if (!(c1 >= 65 && c1 <= 90) && !(c1 > 191 && c1 < 222)) return null;
  const words = rest.split(' ');
  let k = 0;
  while (k < words.length && NO_LOWER.test(words[k]!)) k++;
  if (k >= words.length - 1) return null;
  // "... HEARING A public hearing ...": the lone capital opens the sentence.
  if (k > 1 && /^\p{Lu}$/u.test(words[k - 1]!) && /^\p{Ll}/u.test(words[k]!)) k--;
  else if (!SENTENCE_WORD.test(words[k]!)) return null;
  const title = words.slice(0, k).join(' ');
  // (A title closed by its stop is a run-in title as typed, runIn()'s to read: only one that runs on unstopped is
  // a heading its paragraph was joined to.)
  if (title.endsWith('.') || !CAPS_WORD.test(title) || likeness(title) < 0.5) return null;
  return [title, words.slice(k).join(' ')];
}

/** A hyphen among a line's first twelve characters. */
export function mayHyphen(s: string): boolean {
  const n = Math.min(s.length, 12);
  for (let i = 1; i < n; i++) if (s.charCodeAt(i) === 45) return true;
  return false;
}
