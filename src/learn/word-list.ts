// A collection's own words: names, places and institutions that its documents write in full (accented or
// capitalised) often enough to be trusted. `acta learn` writes the list once for a whole archive; `acta parse
// --words` gives it to every document's cleanup as read-only evidence, so outputs stay the same whatever the order,
// --jobs or --shard of the run.
import { ActaError } from '../errors.js';
import { WordMemory } from '../cleanup/memory.js';
import { tokenize } from '../cleanup/tokens.js';

const HEADER = '# acta word list: form<TAB>documents<TAB>occurrences; made by `acta learn`, read by `acta parse --words`';

export interface WordCounts {
  /** form (lower case) -> [documents it appears in, occurrences] */
  readonly counts: Map<string, [number, number]>;
  documents: number;
}

export function emptyCounts(): WordCounts {
  return { counts: new Map(), documents: 0 };
}

/** Adds one document's accented or capitalised words (WordMemory decides which words are evidence). */
export function addDocument(acc: WordCounts, raw: string): void {
  const doc = new WordMemory();
  doc.learn(tokenize(raw));
  for (const [form, n] of doc.entries()) {
    const c = acc.counts.get(form) ?? [0, 0];
    acc.counts.set(form, [c[0] + 1, c[1] + n]);
  }
  acc.documents++;
}

/**
 * The list, sorted by form so it is byte-stable. A form is kept when `minDocuments` documents write it: one
 * document's spelling alone is no better evidence than what cleanup already learns from that document.
 */
export function formatWordList(acc: WordCounts, minDocuments = 2): string {
  const rows = [...acc.counts].filter(([, [docs]]) => docs >= minDocuments).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [HEADER, ...rows.map(([form, [docs, n]]) => `${form}\t${docs}\t${n}`)].join('\n') + '\n';
}

/** Reads a word list into a memory (errors give the line; the caller names the file). */
export function parseWordList(text: string): WordMemory {
  const memory = new WordMemory();
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const [form, docs, n] = line.split('\t');
    const count = Number(n ?? docs ?? '1');
    if (!form || !Number.isInteger(count) || count < 1) {
      throw new ActaError('words-invalid', `line ${i + 1} of the word list is not "form<TAB>documents<TAB>occurrences"`,
        'make the list with `acta learn`', 'read');
    }
    memory.learnWord(form, count);
  });
  return memory;
}
