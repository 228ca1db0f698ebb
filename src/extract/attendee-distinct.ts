// Each attendee once: a name whose words are all in an earlier one's is that person again.
import type { Attendee } from '../types.js';
import { spacedWords } from './names.js';
import { foldCode } from './text.js';

function nameWords(a: Attendee): string[] | null {
  // Names are tidied (single spaces), so a space means two words or more. The words are compared as folded
  // (sameFolded) without folding them: most pairs of names differ in a word's length or first letters.
  return a.name && a.name.includes(' ') ? spacedWords(a.name) : null;
}

/** fold(a) === fold(b), read unit by unit (fold() keeps the length). */
function sameFolded(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y && foldCode(x) !== foldCode(y)) return false;
  }
  return true;
}

/** One bit per length of a word in `words` (a 31st for any longer): a folded word keeps its length. */
function lengthMask(words: string[]): number {
  let m = 0;
  for (const w of words) m |= 1 << Math.min(w.length, 31);
  return m;
}

/**
 * Every word of the shorter name (two words or more each) is in the longer one, as folded. `ma` and `mb` are the
 * names' lengthMask()s: a word of the shorter whose length no word of the longer has decides most pairs.
 */
function sameName(wa: string[], ma: number, wb: string[], mb: number): boolean {
  const aShort = wa.length <= wb.length;
  if ((aShort ? ma & ~mb : mb & ~ma) !== 0) return false;
  const short = aShort ? wa : wb;
  const long = aShort ? wb : wa;
  for (const w of short) if (!long.some((v) => sameFolded(w, v))) return false;
  return true;
}

/**
 * The attendees, each once: a name whose words are all in an earlier one's is that person again; entries naming no
 * one nor any body go. Every attendee is built with orNull()'d fields, so the kept ones are returned as they are.
 */
export function distinct(out: Attendee[]): Attendee[] {
  const kept: Attendee[] = [];
  const keptNames: string[][] = [];
  const keptMasks: number[] = [];
  const keptNamed: Attendee[] = [];
  outer: for (const a of out) {
    const words = nameWords(a);
    if (words) {
      const mask = lengthMask(words);
      for (let k = 0; k < keptNames.length; k++) {
        if (!sameName(keptNames[k]!, keptMasks[k]!, words, mask)) continue;
        // The person named again (the opening sentence, then the attendance table) lends the first mention what
        // it lacked: "el Decano Dr. Ana Ruiz" then "Ana Ruiz | Decana | Autoridad".
        const first = keptNamed[k]!;
        if (first.status === a.status) { first.role ??= a.role; first.organization ??= a.organization; }
        continue outer;
      }
      keptNames.push(words);
      keptMasks.push(mask);
      keptNamed.push(a);
    }
    if (a.name || a.organization) kept.push(a);
  }
  return kept;
}

