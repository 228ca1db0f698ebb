// A bare section heading OCR damaged by one letter or space ("AGENA", "Prese nt: Ann Lee", "Absenl:"): the keyword
// patterns miss it, and the whole section with it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import levenshtein from 'fast-levenshtein';
import { dataDir } from '../paths.js';
import type { Lang } from '../types.js';
import type { Lexicon } from '../cleanup/lexicon.js';
import { foldKey } from '../cleanup/fold.js';
import { fold, foldCode, isSpace } from '../extract/text.js';
import type { HeadingHit } from './headings.js';
import type { Heading } from './zones.js';

interface HeadingWord { heading: Heading; word: string }

interface HeadingWords {
  words: HeadingWord[];
  /**
   * starts(length, 0, first code unit) and starts(length, 1, second code unit) of every label length one letter off
   * a word's: the label's two first units and its length tell, before it is folded, whether any word is worth a
   * comparison (most short lines, names above all, share neither with a word of their length).
   */
  starts: Set<number>;
}

let table: Record<string, HeadingWords> | null = null;
const NONE: HeadingWords = { words: [], starts: new Set() };

const startKey = (length: number, at: number, unit: number): number => (length * 2 + at) * 0x10000 + unit;

function headingWords(lang: Lang): HeadingWords {
  if (!table) {
    const raw = JSON.parse(readFileSync(path.join(dataDir, 'segment', 'heading-words.json'), 'utf8')) as Record<string, Record<string, string[]> | string>;
    table = {};
    for (const [l, byHeading] of Object.entries(raw)) {
      if (typeof byHeading === 'string') continue;
      // Six letters at least: a shorter word is one letter off too many others.
      const words = Object.entries(byHeading).flatMap(([heading, words]) => words.filter((w) => w.length >= 6).map((word) => ({ heading: heading as Heading, word })));
      const starts = new Set<number>();
      for (const { word } of words) {
        for (let n = word.length - 1; n <= word.length + 1; n++) {
          starts.add(startKey(n, 0, word.charCodeAt(0)));
          starts.add(startKey(n, 1, word.charCodeAt(1)));
        }
        // A letter OCR put before the first ("lACUERDOS"): the label's second unit is the word's first.
        starts.add(startKey(word.length + 1, 1, word.charCodeAt(0)));
      }
      table[l] = { words, starts };
    }
  }
  return table[lang] ?? NONE;
}

/** Marks OCR leaves at a heading's end ("AGENA .", "Attendees -"): \s and . , ; - – — _ | · ' " ` ~ * °. */
const TRAILING_MARKS = new Set([...'.,;-–—_|·\'"`~*°'].map((c) => c.charCodeAt(0)));
const isTrailingMark = (c: number): boolean => TRAILING_MARKS.has(c) || isSpace(c);

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
  // The label without its trailing marks, found by a walk back from its end (a $-anchored pattern is tried at every
  // position of the label).
  let n = end;
  while (n > 0 && isTrailingMark(text.charCodeAt(n - 1))) n--;
  if (n < 5) return null;
  const bare = text.slice(0, n);
  // fold() keeps the length and maps each unit on its own: the folded label's first two units are known unfolded.
  const { words, starts } = headingWords(lang);
  if (!starts.has(startKey(bare.length, 0, foldCode(bare.charCodeAt(0)))) && !starts.has(startKey(bare.length, 1, foldCode(bare.charCodeAt(1))))) return null;
  let label = fold(bare);
  // OCR reads a capital O as a zero and an l as a one ("R0LL CALL", "ACUERD0S"): inside a word they are those letters.
  let misread = false;
  if (/\d/.test(label)) {
    label = label.replace(/(?<=\p{L})[01]|[01](?=\p{L})/gu, (d) => (d === '0' ? 'o' : 'l'));
    if (/\d/.test(label)) return null;
    misread = true;
  }
  let hit: HeadingWord | null = null;
  for (const w of words) {
    // (One edit leaves the first or the second letter as it was, or puts one before the first: most names share
    // neither with a heading word.)
    if (Math.abs(w.word.length - label.length) > 1 || (label[0] !== w.word[0] && label[1] !== w.word[1] && label[1] !== w.word[0]) || (w.word === label && !misread)) continue;
    if (w.word !== label && levenshtein.get(label, w.word) !== 1) continue;
    // Two headings one letter off: no telling which.
    if (hit && hit.heading !== w.heading) return null;
    hit = w;
  }
  if (!hit) return null;
  const labelWords = label.split(' ').filter(Boolean);
  // (A label OCR wrote with a digit for a letter is no word as printed.)
  if (!misread && labelWords.every((w) => lexicon.forms(foldKey(w)) !== null)) return null;
  return { heading: hit.heading, after: colon >= 0 ? text.slice(colon + 1).trim() : '' };
}
