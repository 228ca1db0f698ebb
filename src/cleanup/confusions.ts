// The OCR confusion table (data/cleanup/confusions.json) and the variants of a word it allows.
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '../paths.js';
import { foldKey } from './fold.js';

export interface Confusion {
  ocr: string;
  truth: string;
  cost: number;
  /** foldKey(truth): variants carry their lexicon key along, built piece by piece. */
  truthKey: string;
}

let table: Confusion[] | null = null;

export function loadConfusions(): Confusion[] {
  if (table) return table;
  const raw = JSON.parse(fs.readFileSync(path.join(dataDir, 'cleanup', 'confusions.json'), 'utf8')) as { pairs: [string, string, number][] };
  const seen = new Set<string>();
  table = [];
  for (const [ocr, truth, cost] of raw.pairs) {
    // Upper-case twins: "é"->"ó" also reads "É"->"Ó" in headings.
    for (const [o, t] of [[ocr, truth], [ocr.toUpperCase(), truth.toUpperCase()]]) {
      if (o === t || seen.has(o + '\0' + t)) continue;
      seen.add(o + '\0' + t);
      table.push({ ocr: o, truth: t, cost, truthKey: foldKey(t) });
    }
  }
  return table;
}

export interface Variant {
  text: string;
  /** foldKey(text), the lexicon key. */
  key: string;
  cost: number;
}

let index: { byFirst: Map<string, Confusion[]>; inserts: Confusion[] } | null = null;

/** The table indexed by the first character a pair reads (insertions apart): a word only meets its own pairs. */
function confusionIndex(): NonNullable<typeof index> {
  if (index) return index;
  const byFirst = new Map<string, Confusion[]>();
  const inserts: Confusion[] = [];
  for (const p of loadConfusions()) {
    if (p.ocr === '') { inserts.push(p); continue; }
    const list = byFirst.get(p.ocr[0]);
    if (list) list.push(p);
    else byFirst.set(p.ocr[0], [p]);
  }
  return (index = { byFirst, inserts });
}

/** Every string reachable from `word` by at most `depth` non-overlapping confusions, cheapest cost kept, each with
 *  its lexicon key (folded alongside, so no variant is folded again). */
export function confusionVariants(word: string, depth: number, maxCost: number, inserts = true): Variant[] {
  const { byFirst, inserts: insertPairs } = confusionIndex();
  const wordKey = foldKey(word);
  // Folding maps letter to letter for nearly every word; when it does not, variants are folded one by one.
  const aligned = wordKey.length === word.length;
  const best = new Map<string, Variant & { from: number }>();
  let frontier: Array<Variant & { from: number }> = [{ text: word, key: wordKey, cost: 0, from: 0 }];
  for (let d = 0; d < depth; d++) {
    const next: typeof frontier = [];
    const add = (text: string, key: string, cost: number, from: number): void => {
      const old = best.get(text);
      if (old !== undefined && old.cost <= cost) return;
      const v = { text, key: aligned ? key : foldKey(text), cost, from };
      best.set(text, v);
      next.push(v);
    };
    for (const v of frontier) {
      const t = v.text;
      const k = v.key;
      for (let i = v.from; i < t.length; i++) {
        const list = byFirst.get(t[i]);
        if (!list) continue;
        for (const p of list) {
          if (v.cost + p.cost > maxCost || !t.startsWith(p.ocr, i)) continue;
          const j = i + p.ocr.length;
          add(t.slice(0, i) + p.truth + t.slice(j), k.slice(0, i) + p.truthKey + k.slice(j), v.cost + p.cost, i + p.truth.length);
        }
      }
      // Insertions only as the single edit: they multiply the search.
      if (d > 0 || !inserts) continue;
      for (const p of insertPairs) {
        if (v.cost + p.cost > maxCost) continue;
        for (let i = 1; i < t.length; i++) {
          add(t.slice(0, i) + p.truth + t.slice(i), k.slice(0, i) + p.truthKey + k.slice(i), v.cost + p.cost, i + p.truth.length);
        }
      }
    }
    frontier = next;
  }
  return [...best.values()];
}
