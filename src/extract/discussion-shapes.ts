// Heading shapes the discussion reads beside its numbered headings: lettered section headings (A, B, C ...), a
// heading in capitals joined with its paragraph, and a hyphen near a line's start (a sub-item's "VII-A").
import type { Labelled } from '../segment/zones.js';
import type { SegmentContext } from '../segment/context.js';
import type { Numbered } from './text.js';
import { itemKey } from './numbers.js';

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

/** The place of a list item's number in its list: 1 for "1", "a", "I" or "PRIMERO", 0 for none. */
function place(number: string): number {
  // (A letter first: itemKey() reads "c" and "d" as Roman numbers.)
  if (/^[a-h]$/i.test(number)) return (number.charCodeAt(0) | 0x20) - 96;
  const k = itemKey(number);
  return /^\d{1,2}$/.test(k) ? Number(k) : 0;
}

/**
 * A list a decision's intro announces inside an item ("We agreed:" / "1. Replace the swings ..." / "2. Paint ..."):
 * its items, numbered from one, head no discussion part, though numbered as the items' headings are. The list ends at
 * a paragraph of other words or a number out of turn. A number in turn after a blank line that is also the next
 * heading's ("3. Trail maintenance" after part 2's list "1.", "2.") is that heading, unless the list's items are set
 * apart by blank lines.
 */
export class IntroList {
  /** The next item's place, 0 when no list is open. */
  private next = 0;
  /** Whether an item after the first came after a blank line. */
  private spaced = false;
  constructor(private readonly intro: RegExp) {}

  get active(): boolean {
    return this.next > 0;
  }

  /**
   * Whether the line, numbered `n` (or not), is an item of the open list; `gap`: a blank line is above it; `lastHead`:
   * the number of the last heading found; `titled`: whether a line so numbered prints its agenda item's title.
   */
  item(n: Numbered | null | undefined, gap: boolean, lastHead: string | null, titled: (n: Numbered) => boolean): boolean {
    // (An unnumbered line right under an item is that item's, wrapped.)
    if (!n) { if (gap) this.next = 0; return false; }
    if (place(n.number) !== this.next || titled(n)) { this.next = 0; return false; }
    if (gap && this.next > 1 && !this.spaced) {
      if (lastHead !== null && place(lastHead) + 1 === this.next) { this.next = 0; return false; }
      this.spaced = true;
    }
    this.next++;
    return true;
  }

  /** Opens a list after a line ending in a decision's intro and its colon ("The committee agreed:", "Se acordó lo siguiente:"). */
  after(text: string): void {
    let end = text.length - 1;
    while (end > 0 && text.charCodeAt(end) === 32) end--;
    if (text.charCodeAt(end) === 58 && this.intro.test(text)) { this.next = 1; this.spaced = false; }
  }
}

/** The first character of a numbered list item. */
export const LIST_NUMBER_START = /^\s*[\dA-Za-z(]/;

/** A list's bullet and a space before the item's first word. */
const LIST_BULLET = /^\s*[-–—•·*▪●◦]\s+["“«(¿¡]?[\p{L}\d]/u;

/** A bulleted line: its bullet printed, or removed by cleanup. (Its first character gates the pattern.) */
export function isBullet(l: Labelled): boolean {
  if (l.bulleted) return true;
  const c = l.text.charCodeAt(0);
  return (c === 45 || c === 32 || c === 42 || c >= 0x2013) && LIST_BULLET.test(l.text);
}
