// Sentences inside a paragraph: where the one holding an offset starts and ends, as decisions are cut from them.
import { TITLE_WORDS } from './text.js';

/** A sentence's stop, not after a title ("Mr.", "Sra.") or an initial ("J."). */
const STOP = String.raw`(?<!\b(?:${TITLE_WORDS}|[A-Z]))[.!?]`;
/** A sentence's end before the next one: its stop, a space and a capital. */
const SENTENCE_BREAK = new RegExp(String.raw`${STOP}\s+(?=["“«(]?\p{Lu})`, 'gu');
/**
 * A stop ending a sentence, whatever comes after it; not a speck OCR set apart by a space ("solicita a : . Departamento"),
 * a thousands point OCR spaced ("la Ordenanza N° 2. 315/96"), nor a speck before a word in lower case ("para. jubilados").
 */
const SENTENCE_END_AFTER = new RegExp(String.raw`(?<![\s\d])${STOP}(?=\s|$)(?!\s+\p{Ll}{2})|(?<=\d)${STOP}(?=\s|$)(?!\s\d{3}(?!\d)|\s+\p{Ll}{2})`, 'gu');

/** The sentences of `p` from the one holding `from` (or from offset `start` when given) to the end of the one holding `to`. */
export function sentenceAround(p: string, from: number, to: number, start?: number): string {
  start ??= sentenceStart(p, from);
  // The sentence ends at its stop, whatever follows (a link, a list mark).
  SENTENCE_END_AFTER.lastIndex = to;
  const stop = SENTENCE_END_AFTER.exec(p);
  return p.slice(start, stop ? stop.index + 1 : p.length).trim();
}

/** Where the sentence of `p` holding offset `at` starts. */
export function sentenceStart(p: string, at: number): number {
  let start = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let b = SENTENCE_BREAK.exec(p); b && b.index + b[0].length <= at; b = SENTENCE_BREAK.exec(p)) start = b.index + b[0].length;
  return start;
}
