// Counts from typed real minutes (data/lexicon/, made by scripts/build-lexicon.ts; counts only, never text):
// - <lang>-prior.tsv: how often each form of an accent-ambiguous key was written (publica/pública);
// - <lang>-freq.tsv: how often each dictionary word was written, OCR correction's tie-breaker between two readings
//   of a slip that cost about the same ("trom": "from", written hundreds of times, or "tram").
// A missing file means no counts.
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../types.js';
import { dataDir } from '../paths.js';

/** Form -> times written. */
export type Counts = ReadonlyMap<string, number>;
export type Prior = Counts;
export type Frequencies = Counts;

const loaded = new Map<string, Counts>();

/** The table `name` for `lang`, read once per process; `row` adds one line's counts. */
function load(lang: Lang, name: string, row: (line: string, into: Map<string, number>) => void): Counts {
  const id = `${lang}-${name}`;
  let counts = loaded.get(id);
  if (counts) return counts;
  const map = new Map<string, number>();
  const file = path.join(dataDir, 'lexicon', `${id}.tsv`);
  if (fs.existsSync(file)) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (line && !line.startsWith('#')) row(line, map);
  }
  loaded.set(id, map);
  return map;
}

/** "key<tab>form:count,form:count" rows. */
export function loadPrior(lang: Lang): Prior {
  return load(lang, 'prior', (line, into) => {
    for (const pair of line.slice(line.indexOf('\t') + 1).split(',')) {
      const colon = pair.lastIndexOf(':');
      into.set(pair.slice(0, colon), Number(pair.slice(colon + 1)));
    }
  });
}

/** "word<tab>count" rows. */
export function loadFrequencies(lang: Lang): Frequencies {
  return load(lang, 'freq', (line, into) => {
    const tab = line.indexOf('\t');
    into.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  });
}
