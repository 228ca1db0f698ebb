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

/** Spanish tens ordinals' stems (folded, without their gender ending) and English ordinal words, to their values. The
 * Spanish units are calendar.json's ordinals, which itemKey() reads too. */
const ES_TENS: Record<string, number> = { decim: 10, vigesim: 20, trigesim: 30, cuadragesim: 40, quincuagesim: 50, sexagesim: 60, septuagesim: 70, octogesim: 80, nonagesim: 90, centesim: 100 };
const EN_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** A Spanish ordinal word in either gender and number ("vigésima", "tercer", "primeros"), folded, to its value. */
function spanishOrdinalWord(w: string): number | undefined {
  ordinals ??= new Map(Object.entries(calendar().ordinals));
  const masculine = w.endsWith('as') || w.endsWith('os') ? `${w.slice(0, -2)}o` : w.endsWith('a') ? `${w.slice(0, -1)}o` : w;
  const unit = ordinals.get(w) ?? ordinals.get(masculine);
  if (unit !== undefined) return Number(unit);
  return masculine.endsWith('o') ? ES_TENS[masculine.slice(0, -1)] : undefined;
}

/**
 * The value of an ordinal in words, folded: "vigesima tercera" (or "vigesimotercera", "decimo quinto") -> 23,
 * "twenty-third" -> 23, "octava" -> 8; null when a word is not an ordinal or the words do not make one.
 */
export function ordinalToNumber(words: string): number | null {
  const parts = words.trim().split(/[\s-]+/);
  if (!parts.length || parts.length > 3) return null;
  // (Spanish: a tens word, then a units one, as two words or one: "vigesimo tercera", "decimoquinta".)
  const joined = /^(decim|vigesim|trigesim|cuadragesim|quincuagesim|sexagesim|septuagesim|octogesim|nonagesim)o(\p{L}+)$/u.exec(parts.join(''));
  if (joined) {
    const unit = spanishOrdinalWord(joined[2]!);
    const ten = ES_TENS[joined[1]!];
    if (unit !== undefined && unit < 10 && ten !== undefined) return ten + unit;
  }
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i]!;
    const es = spanishOrdinalWord(w);
    if (es !== undefined && (i === 0 ? true : total % 10 === 0 && es < 10 && total >= 10)) { total += es; continue; }
    // (English: "twenty-third", "twentieth".)
    if (EN_TENS[w] !== undefined && i === 0 && parts.length > 1) { total += EN_TENS[w]!; continue; }
    const en = EN_ORDINALS[w];
    if (en !== undefined && (i === 0 || (total >= 20 && en < 10))) { total += en; continue; }
    return null;
  }
  return total || null;
}
