// The OCR confusion table (data/cleanup/confusions.json) and the variants of a word it allows.
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '../paths.js';

export interface Confusion {
  ocr: string;
  truth: string;
  cost: number;
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
      table.push({ ocr: o, truth: t, cost });
    }
  }
  return table;
}

export interface Variant {
  text: string;
  cost: number;
}

/** Every string reachable from `word` by at most `depth` non-overlapping confusions, cheapest cost kept. */
export function confusionVariants(word: string, depth: number, maxCost: number): Variant[] {
  const pairs = loadConfusions();
  const best = new Map<string, number>();
  let frontier: Array<{ text: string; cost: number; from: number }> = [{ text: word, cost: 0, from: 0 }];
  for (let d = 0; d < depth; d++) {
    const next: typeof frontier = [];
    for (const v of frontier) {
      for (const p of pairs) {
        if (v.cost + p.cost > maxCost) continue;
        if (p.ocr === '') {
          if (d > 0) continue; // insertions only as the single edit: they multiply the search
          for (let i = 1; i < v.text.length; i++) add(v.text.slice(0, i) + p.truth + v.text.slice(i), v.cost + p.cost, i + p.truth.length);
          continue;
        }
        let i = v.text.indexOf(p.ocr, v.from);
        while (i >= 0) {
          add(v.text.slice(0, i) + p.truth + v.text.slice(i + p.ocr.length), v.cost + p.cost, i + p.truth.length);
          i = v.text.indexOf(p.ocr, i + 1);
        }
      }
    }
    frontier = next;
    function add(text: string, cost: number, from: number): void {
      const old = best.get(text);
      if (old !== undefined && old <= cost) return;
      best.set(text, cost);
      next.push({ text, cost, from });
    }
  }
  return [...best].map(([text, cost]) => ({ text, cost }));
}
