// Numbers written in words ("dos mil dieciséis", "veintisiete", "treinta y uno") to integers.
import { calendar } from '../segment/keywords.js';
import { fold } from './text.js';

/** Value of a run of number words, or null when a word is not a number word. */
export function wordsToNumber(words: string): number | null {
  const table = calendar().numberWords;
  const parts = fold(words).split(/[\s-]+/).filter((w) => w && w !== 'y' && w !== 'and');
  if (!parts.length) return null;
  let total = 0;
  let current = 0;
  for (const w of parts) {
    const v = table[w];
    if (v === undefined) return null;
    if (v === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else current += v;
  }
  return total + current;
}

const WORD = '[a-záéíóúñ]+';
/** A source fragment matching one to five number words joined by spaces or "y". */
export const NUMBER_WORDS = `${WORD}(?:\\s+(?:y\\s+)?${WORD}){0,5}`;

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

/** Folded roman numeral to digits ("iv" -> "4"); anything else unchanged. An agenda numbered 1, 2, 3 is
 * often treated point by point as I, II, III. */
export function fromRoman(f: string): string {
  if (!/^[ivxl]{1,6}$/.test(f)) return f;
  let n = 0;
  for (let i = 0; i < f.length; i++) {
    const v = ROMAN[f[i]!]!;
    n += i + 1 < f.length && ROMAN[f[i + 1]!]! > v ? -v : v;
  }
  return String(n);
}

let ordinals: Map<string, string> | null = null;
let cardinals: Map<string, string> | null = null;
/** "tres" -> "3": a number word up to twelve, else undefined (the first character gates the lookup). */
function cardinalOf(f: string): string | undefined {
  const c = f.charCodeAt(0);
  if (c < 97 || c > 122) return undefined;
  cardinals ??= new Map(Object.entries(calendar().numberWords).filter(([, v]) => v >= 1 && v <= 12).map(([k, v]) => [k, String(v)]));
  return cardinals.get(f);
}
const TRAILING_DOTS = /[.\s]+$/;
/** The ordinal sign after a number ("1°", "2.º"): "1°)" numbers the same item as "1)". */
const ORDINAL_SIGN = /(?<=\d)[.\s]*[°º]$/;

/** An item number in the form agendas and headings are compared by: "II." and "SEGUNDO" -> "2". */
export function itemKey(n: string): string {
  const folded = fold(n);
  const unsigned = folded.endsWith('°') || folded.endsWith('º') ? folded.replace(ORDINAL_SIGN, '') : folded;
  const f = TRAILING_DOTS.test(unsigned) ? unsigned.replace(TRAILING_DOTS, '') : unsigned;
  // The ordinal words in a Map: numbers are fresh strings, which an object's property lookup would first intern.
  ordinals ??= new Map(Object.entries(calendar().ordinals));
  // (A number in words, "PUNTO TRES", numbers the item as "3" does.)
  return fromRoman(ordinals.get(f) ?? cardinalOf(f) ?? f);
}
