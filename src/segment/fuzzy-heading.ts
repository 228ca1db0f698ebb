// A bare section heading OCR damaged by one letter or space ("AGENA", "Prese nt: Ann Lee", "Absenl:"): the keyword
// patterns miss it, and the whole section with it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import levenshtein from 'fast-levenshtein';
import { dataDir } from '../paths.js';
import type { Lang } from '../types.js';
import type { Lexicon } from '../cleanup/lexicon.js';
import { foldKey } from '../cleanup/fold.js';
import { fold } from '../extract/text.js';
import type { HeadingHit } from './headings.js';
import type { Heading } from './zones.js';

interface HeadingWord { heading: Heading; word: string }

let table: Record<string, HeadingWord[]> | null = null;

function headingWords(lang: Lang): HeadingWord[] {
  if (!table) {
    const raw = JSON.parse(readFileSync(path.join(dataDir, 'segment', 'heading-words.json'), 'utf8')) as Record<string, Record<string, string[]> | string>;
    table = {};
    for (const [l, byHeading] of Object.entries(raw)) {
      if (typeof byHeading === 'string') continue;
      table[l] = Object.entries(byHeading).flatMap(([heading, words]) => words.map((word) => ({ heading: heading as Heading, word })));
    }
  }
  return table[lang] ?? [];
}

/** A label before a colon, or a whole short line: what a heading can be. */
const LABEL = /^([^:]{5,30}?)\s*(?::\s*(.*))?$/su;
/** Marks OCR leaves at a heading's end ("AGENA .", "Attendees -"). */
const TRAILING_MARKS = /[\s.,;\-–—_|·'"`~*°]+$/u;

/**
 * The heading `text` (a trimmed, unnumbered line the keyword patterns did not read) is one letter or space off, or
 * null. Only a label no word of the language spells: "Asistente:" and "Assent" are words, not damaged headings.
 */
export function fuzzyHeading(text: string, lang: Lang, lexicon: Lexicon): HeadingHit | null {
  if (text.length > 120) return null;
  const m = LABEL.exec(text);
  if (!m) return null;
  const label = fold(m[1]!.replace(TRAILING_MARKS, ''));
  if (label.length < 5 || /\d/.test(label)) return null;
  let hit: HeadingWord | null = null;
  for (const w of headingWords(lang)) {
    if (w.word.length < 6 || Math.abs(w.word.length - label.length) > 1 || w.word === label) continue;
    if (levenshtein.get(label, w.word) !== 1) continue;
    // Two headings one letter off: no telling which.
    if (hit && hit.heading !== w.heading) return null;
    hit = w;
  }
  if (!hit) return null;
  const words = label.split(' ').filter(Boolean);
  if (words.every((w) => lexicon.forms(foldKey(w)) !== null)) return null;
  return { heading: hit.heading, after: (m[2] ?? '').trim() };
}
