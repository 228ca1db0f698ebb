// How often dictionary words are written in typed real minutes (data/lexicon/<lang>-freq.tsv, made by
// scripts/build-lexicon.ts; counts only). OCR correction asks it to break a tie between two readings of a slip:
// "trom" is "from" or "tram", and minutes write "from" hundreds of times. Missing file = no frequencies.
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../types.js';
import { dataDir } from '../paths.js';

export type Frequencies = ReadonlyMap<string, number>;

const loaded = new Map<Lang, Frequencies>();

export function loadFrequencies(lang: Lang): Frequencies {
  let freq = loaded.get(lang);
  if (freq) return freq;
  const map = new Map<string, number>();
  const file = path.join(dataDir, 'lexicon', `${lang}-freq.tsv`);
  if (fs.existsSync(file)) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const tab = line.indexOf('\t');
      map.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
  }
  loaded.set(lang, map);
  return map;
}
