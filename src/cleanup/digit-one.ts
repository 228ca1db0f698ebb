// OCR reads a lower-case i or l at a word's start as the digit 1 ("1n", "1t", "1ts"): a word of a digit 1 and
// lower-case letters is that word when one of the two readings is a word of the language and typed minutes write
// it far more often than the other ("in", not "ln"). Ordinal abbreviations ("1st", "1er", "1ra", "1a") stay.
import type { Edit } from '../doc.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import type { Frequencies } from './prior.js';

const ONE_WORD = /^1\p{Ll}+$/u;
const ORDINAL = /^1(?:st|nd|rd|th|er|re|ra|ro|do|da|to|ta|a|o|as|os|ero|era|eros|eras)$/u;

export function repairDigitOne(tokens: readonly Token[], lexicon: Lexicon, frequencies: Frequencies, isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  const picks = new Map<string, string | null>();
  for (const t of tokens) {
    const w = t.text;
    if (w.charCodeAt(0) !== 49 || !ONE_WORD.test(w) || ORDINAL.test(w) || !isOcr(t.start)) continue;
    let pick = picks.get(w);
    if (pick === undefined) {
      const readings = ['i', 'l'].map((c) => c + w.slice(1)).filter((r) => lexicon.has(r));
      const count = (r: string) => frequencies.get(r) ?? 0;
      readings.sort((a, b) => count(b) - count(a));
      const [top, other] = readings;
      pick = top !== undefined && (other === undefined || count(top) > 10 * (count(other) + 1)) ? top : null;
      picks.set(w, pick);
    }
    if (pick) edits.push({ start: t.start, end: t.end, text: pick, kind: 'ocr', confidence: w.length <= 3 ? 0.75 : 0.85, rule: 'repairDigitOne' });
  }
  return edits;
}

/**
 * OCR reads a zero among figures as the letter O ("2O25", "1OO"): a token of three characters or more, figures and O's
 * after its first figure, is that number. A final lower-case "o" is an ordinal's ("10o", décimo) and stays; so do codes with
 * other letters ("A2O").
 */
const O_IN_FIGURES = /^\d(?:\d|O|o(?=\d))*$/;

export function repairDigitZero(tokens: readonly Token[], isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  for (const t of tokens) {
    const w = t.text;
    const c = w.charCodeAt(0);
    if (c < 48 || c > 57 || w.length < 3 || !/[Oo]/.test(w) || !O_IN_FIGURES.test(w) || !isOcr(t.start)) continue;
    edits.push({ start: t.start, end: t.end, text: w.replace(/[Oo]/g, '0'), kind: 'ocr', confidence: 0.85, rule: 'repairDigitZero' });
  }
  return edits;
}
