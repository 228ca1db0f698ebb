// Domain prior for accent-ambiguous keys: how often each form was written in accented real minutes
// (data/lexicon/<lang>-prior.tsv, made by scripts/build-lexicon.ts). Missing file = no prior.
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../types.js';
import { dataDir } from '../paths.js';

export type Prior = ReadonlyMap<string, number>;

const loaded = new Map<Lang, Prior>();

export function loadPrior(lang: Lang): Prior {
  let prior = loaded.get(lang);
  if (prior) return prior;
  const map = new Map<string, number>();
  const file = path.join(dataDir, 'lexicon', `${lang}-prior.tsv`);
  if (fs.existsSync(file)) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      for (const pair of line.slice(line.indexOf('\t') + 1).split(',')) {
        const colon = pair.lastIndexOf(':');
        map.set(pair.slice(0, colon), Number(pair.slice(colon + 1)));
      }
    }
  }
  loaded.set(lang, map);
  return map;
}
