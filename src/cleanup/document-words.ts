// An unknown lower-case word one slip away from a word the same document writes correctly several times
// ("allowiag" beside "allowing", "ahd" beside "and") is that word misread: the document is the best dictionary of
// itself. Candidates come from a one-deletion index over the document's known words (SymSpell style).
import levenshtein from 'fast-levenshtein';
import type { Edit } from '../doc.js';
import { type Token, inIdentifier } from './tokens.js';
import type { Vocabulary } from './vocabulary.js';
import type { WordMemory } from './memory.js';

const LOWER = /^\p{Ll}+$/u;
const MIN_USES = 2;

const MANY = '';

/** Deletion index: key (a word or the word less one letter) -> the document's known lower-case word that has it,
 *  or MANY when several do (then unsure anyway). One string per key: no sets to allocate. */
function buildIndex(vocab: Vocabulary): Map<string, string> {
  const index = new Map<string, string>();
  const add = (k: string, w: string): void => {
    const old = index.get(k);
    index.set(k, old === undefined || old === w ? w : MANY);
  };
  for (const [text, n] of vocab.counts()) {
    if (n < MIN_USES || text.length < 3 || !LOWER.test(text) || !vocab.info(text).forms) continue;
    add(text, text);
    for (let i = 0; i < text.length; i++) add(text.slice(0, i) + text.slice(i + 1), text);
  }
  return index;
}

/** The one document word within one edit of `word`, or null (none, or several: unsure). */
export function documentNeighbour(word: string, index: Map<string, string>): string | null {
  let found: string | null = null;
  for (let i = -1; i < word.length; i++) {
    const w = index.get(i < 0 ? word : word.slice(0, i) + word.slice(i + 1));
    if (w === undefined || w === word) continue;
    if (w === MANY) return null;
    if (levenshtein.get(w, word) !== 1 || w === found) continue;
    if (found !== null) return null;
    found = w;
  }
  return found;
}

export function documentWords(raw: string, tokens: readonly Token[], vocab: Vocabulary, memory: WordMemory,
  isOcr: (offset: number) => boolean): Edit[] {
  let index: Map<string, string> | null = null;
  const picks = new Array<string | null | undefined>(vocab.size);
  const edits: Edit[] = [];
  for (const t of tokens) {
    const w = t.text;
    if (w.length < 3) continue;
    const info = vocab.at(t.index);
    if (info.forms) continue;
    let pick = picks[info.id];
    if (pick === undefined) {
      // Unknown, written once, lower-case (capitalised unknown words are mostly names: "Rosas" is no "Rojas").
      const eligible = !info.forms && !info.digit && info.count === 1 && LOWER.test(w) && memory.count(w) === 0;
      pick = eligible ? documentNeighbour(w, (index ??= buildIndex(vocab))) : null;
      picks[info.id] = pick;
    }
    if (!pick || !isOcr(t.start) || inIdentifier(raw, t)) continue;
    edits.push({ start: t.start, end: t.end, text: pick, kind: 'ocr', confidence: 0.7, rule: 'documentWords' });
  }
  return edits;
}
