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

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Deletion index: key (a word or the word less one letter) -> the document's known lower-case words. */
function buildIndex(vocab: Vocabulary): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (k: string, w: string): void => {
    const set = index.get(k);
    if (set) set.add(w);
    else index.set(k, new Set([w]));
  };
  for (const [text, n] of vocab.counts()) {
    if (n < MIN_USES || text.length < 3 || !LOWER.test(text) || !vocab.info(text).forms) continue;
    add(text, text);
    for (const d of deletes(text)) add(d, text);
  }
  return index;
}

/** The one document word within one edit of `word`, or null (none, or several: unsure). */
export function documentNeighbour(word: string, index: Map<string, Set<string>>): string | null {
  const found = new Set<string>();
  for (const k of [word, ...deletes(word)]) for (const w of index.get(k) ?? []) found.add(w);
  const close = [...found].filter((w) => w !== word && levenshtein.get(w, word) === 1);
  return close.length === 1 ? close[0] : null;
}

export function documentWords(raw: string, tokens: readonly Token[], vocab: Vocabulary, memory: WordMemory,
  isOcr: (offset: number) => boolean): Edit[] {
  let index: Map<string, Set<string>> | null = null;
  const picks = new Map<string, string | null>();
  const edits: Edit[] = [];
  for (const t of tokens) {
    const w = t.text;
    if (w.length < 3) continue;
    let pick = picks.get(w);
    if (pick === undefined) {
      const info = vocab.info(w);
      // Unknown, written once, lower-case (capitalised unknown words are mostly names: "Rosas" is no "Rojas").
      const eligible = !info.forms && !info.digit && info.count === 1 && LOWER.test(w) && memory.count(w) === 0;
      pick = eligible ? documentNeighbour(w, (index ??= buildIndex(vocab))) : null;
      picks.set(w, pick);
    }
    if (!pick || !isOcr(t.start) || inIdentifier(raw, t)) continue;
    edits.push({ start: t.start, end: t.end, text: pick, kind: 'ocr', confidence: 0.7, rule: 'documentWords' });
  }
  return edits;
}
