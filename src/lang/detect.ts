// Detects the main language of a document (Spanish or English) by counting frequent function words;
// OCR errors barely touch short function words, so this is robust on raw OCR text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '../paths.js';
import type { Lang } from '../types.js';

let tables: Record<Lang, Set<string>> | undefined;

function stopwords(): Record<Lang, Set<string>> {
  if (!tables) {
    const json = JSON.parse(readFileSync(path.join(dataDir, 'lang', 'stopwords.json'), 'utf8')) as Record<Lang, string[]>;
    tables = { es: new Set(json.es), en: new Set(json.en) };
  }
  return tables;
}

export interface LangGuess {
  lang: Lang;
  /** 0..1: share of the counted function words that belong to the winner. */
  confidence: number;
}

/** Looks at up to the first 20,000 characters. Ties and texts without function words default to Spanish. */
export function detectLanguage(text: string): LangGuess {
  const { es, en } = stopwords();
  let esHits = 0;
  let enHits = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    const w = m[0];
    // "a", "e", "o", "y" are shared or ambiguous one-letter words; they only add noise.
    if (w.length < 2) continue;
    if (es.has(w)) esHits++;
    if (en.has(w)) enHits++;
  }
  const total = esHits + enHits;
  if (total === 0) return { lang: 'es', confidence: 0 };
  return enHits > esHits
    ? { lang: 'en', confidence: enHits / total }
    : { lang: 'es', confidence: esHits / total };
}
