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
      // Six letters at least: a shorter word is one letter off too many others.
      table[l] = Object.entries(byHeading).flatMap(([heading, words]) => words.filter((w) => w.length >= 6).map((word) => ({ heading: heading as Heading, word })));
    }
  }
  return table[lang] ?? [];
}

/** Marks OCR leaves at a heading's end ("AGENA .", "Attendees -"). */
const TRAILING_MARKS = /[\s.,;\-–—_|·'"`~*°]+$/u;

/**
 * The heading `text` (a trimmed, unnumbered line the keyword patterns did not read) is one letter or space off, or
 * null: its label before a colon, or the whole short line. Only a label no word of the language spells: "Asistente:"
 * and "Assent" are words, not damaged headings.
 */
export function fuzzyHeading(text: string, lang: Lang, lexicon: Lexicon): HeadingHit | null {
  // Most lines are turned away by the label's length alone: no heading word is longer than 25 letters.
  const colon = text.indexOf(':');
  const end = colon >= 0 ? colon : text.length;
  if (end < 5 || end > 30) return null;
  const label = fold(text.slice(0, end).replace(TRAILING_MARKS, ''));
  if (label.length < 5 || /\d/.test(label)) return null;
  let hit: HeadingWord | null = null;
  for (const w of headingWords(lang)) {
    // (One edit leaves the first or the second letter as it was: most names share neither with a heading word.)
    if (Math.abs(w.word.length - label.length) > 1 || (label[0] !== w.word[0] && label[1] !== w.word[1]) || w.word === label) continue;
    if (levenshtein.get(label, w.word) !== 1) continue;
    // Two headings one letter off: no telling which.
    if (hit && hit.heading !== w.heading) return null;
    hit = w;
  }
  if (!hit) return null;
  const words = label.split(' ').filter(Boolean);
  if (words.every((w) => lexicon.forms(foldKey(w)) !== null)) return null;
  return { heading: hit.heading, after: colon >= 0 ? text.slice(colon + 1).trim() : '' };
}
