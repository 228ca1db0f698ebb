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
