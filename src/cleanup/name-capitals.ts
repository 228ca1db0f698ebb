// OCR loses the capital of a surname more often than of any other word ("Ana T. whitley", "Mr. pendleton",
// "peter J. Osgood"): a lower-case word in a name's place, after a title or an initial or before an initial,
// gets its capital back when it is no common word of the language (unknown, or known only as a name).
import type { Edit } from '../doc.js';
import type { Lexicon } from './lexicon.js';
import { foldKey } from './fold.js';
import type { Token } from './tokens.js';

/** A title or an initial, its stop, and the space before the word. */
const BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Dra|Sr|Sra|Srta|Rev|Lic|Ing|Prof|Hon|\p{Lu})[.,] {1,2}$/u;
/** An initial and a capitalised word after the word ("peter J. Osgood"). */
const AFTER = /^ {1,2}\p{Lu}\. \p{Lu}/u;
const LOWER_WORD = /^\p{Ll}{3,}$/u;

export function repairNameCapitals(raw: string, tokens: readonly Token[], lexicon: Lexicon, isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  for (const t of tokens) {
    const w = t.text;
    if (!LOWER_WORD.test(w) || !isOcr(t.start)) continue;
    if (!BEFORE.test(raw.slice(Math.max(0, t.start - 6), t.start)) && !AFTER.test(raw.slice(t.end, t.end + 6))) continue;
    const forms = lexicon.forms(foldKey(w));
    if (forms && forms.some((f) => /^\p{Ll}/u.test(f))) continue;
    edits.push({ start: t.start, end: t.start + 1, text: w[0]!.toUpperCase(), kind: 'ocr', confidence: 0.7, rule: 'repairNameCapitals' });
  }
  return edits;
}
