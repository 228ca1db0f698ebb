// OCR runs a short word into its neighbour ("delacta", "itand"): an unknown lower-case word that is exactly a
// function word plus a known word the document also uses alone, in one way only, gets its space back.
import fs from 'node:fs';
import path from 'node:path';
import type { Edit } from '../doc.js';
import type { Lang } from '../types.js';
import { dataDir } from '../paths.js';
import type { Token } from './tokens.js';
import type { Vocabulary } from './vocabulary.js';
import type { WordMemory } from './memory.js';

interface Table { es: string[]; en: string[]; clitics: Record<string, string[]> }
let table: Table | null = null;

function load(): Table {
  return (table ??= JSON.parse(fs.readFileSync(path.join(dataDir, 'cleanup', 'function-words.json'), 'utf8')) as Table);
}

export function functionWords(lang: Lang): ReadonlySet<string> {
  return new Set(load()[lang] ?? []);
}

/** Pronouns a verb takes as a suffix ("empoderarse"): never split off the end of a word. */
export function clitics(lang: Lang): ReadonlySet<string> {
  return new Set(load().clitics[lang] ?? []);
}

/** Where to put the space in lower-case `word`, or -1 when no single split is sure. */
export function mergedSplit(word: string, vocab: Vocabulary, fn: ReadonlySet<string>, enclitic: ReadonlySet<string> = new Set()): number {
  // Two merged words are rarely longer than this; junk runs are, and every split point costs two slices.
  if (word.length > 40) return -1;
  const lower = word.toLowerCase();
  const splits: number[] = [];
  for (let i = 1; i < lower.length; i++) {
    const left = lower.slice(0, i);
    const right = lower.slice(i);
    const leftFn = fn.has(left);
    const rightFn = fn.has(right) && !enclitic.has(right);
    if (!leftFn && !rightFn) continue;
    // The part that is not a function word must be a real word of some length.
    if (!leftFn && (left.length < 3 || !vocab.lexicon.has(left))) continue;
    if (!rightFn && (right.length < 3 || !vocab.lexicon.has(right))) continue;
    splits.push(i);
  }
  // The content word must be one the document uses on its own too ("acta" for "delacta"); "de lacta" or
  // "it ens" have no such support. Of several ways, only one may have it.
  const used = splits.filter((i) => {
    const left = lower.slice(0, i);
    const right = lower.slice(i);
    return (fn.has(left) || vocab.uses(left) > 0) && ((fn.has(right) && !enclitic.has(right)) || vocab.uses(right) > 0);
  });
  return used.length === 1 ? used[0] : -1;
}

/** Two capitalised words run together ("HannahOstrowski", "CountyCommissioners"), each three letters or more. */
const CAMEL = /^\p{Lu}\p{Ll}{2,}(\p{Lu})\p{Ll}{2,}$/u;

/**
 * Where to put the space in a capitalised word OCR ran into the next ("HannahOstrowski"), or -1. Both halves must
 * stand alone elsewhere in the document, as written: a name or a heading word is repeated in minutes, while the
 * halves of a brand written this way ("FireEye", "WhatsApp") are not.
 */
function camelSplit(w: string, vocab: Vocabulary): number {
  const m = CAMEL.exec(w);
  if (!m) return -1;
  const at = w.search(/(?<=\p{Ll})\p{Lu}/u);
  return vocab.info(w.slice(0, at)).count > 0 && vocab.info(w.slice(at)).count > 0 ? at : -1;
}

export function splitMerged(tokens: readonly Token[], vocab: Vocabulary, memory: WordMemory,
  isOcr: (offset: number) => boolean): Edit[] {
  const fn = functionWords(vocab.lexicon.lang);
  const enclitic = clitics(vocab.lexicon.lang);
  const edits: Edit[] = [];
  const splits = new Array<number | undefined>(vocab.size);
  for (const t of tokens) {
    const w = t.text;
    if (w.length < 4) continue;
    const info = vocab.at(t.index);
    if (info.forms) continue;
    let at = splits[info.id];
    if (at === undefined) {
      // Only lower-case words (capitalised unknown words are mostly names: "Daniela", "Loreto") that the
      // lexicon does not know and the document writes once (a repeated spelling is a word: "kermesse").
      const shape = /^\p{Ll}+$/u.test(w) && info.count === 1;
      // Written the same way elsewhere in the batch: a name, not a slip.
      const seenElsewhere = memory.count(w) > info.count;
      if (info.digit || seenElsewhere || info.count > 1) at = -1;
      else at = shape ? mergedSplit(w, vocab, fn, enclitic) : camelSplit(w, vocab);
      splits[info.id] = at;
    }
    if (at < 0 || !isOcr(t.start)) continue;
    edits.push({ start: t.start + at, end: t.start + at, text: ' ', kind: 'spacing', confidence: 0.7, rule: 'splitMerged' });
  }
  return edits;
}
