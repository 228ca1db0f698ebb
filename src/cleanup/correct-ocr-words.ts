// Corrects words the lexicon does not know by the cheapest OCR confusions that turn them into a known form
// ("Presentacién" -> "Presentación", "SIQUIENTES" -> "SIGUIENTES", "Mufoz" -> "Muñoz"). Unsure = leave.
import type { Edit, OcrWord } from '../doc.js';
import type { Lexicon } from './lexicon.js';
import type { WordMemory } from './memory.js';
import type { Token } from './tokens.js';
import { confusionVariants } from './confusions.js';
import { casePattern, foldKey } from './fold.js';

export interface OcrWordDeps {
  tokens: Token[];
  lexicon: Lexicon;
  memory: WordMemory;
  words: OcrWord[];
  isOcr: (offset: number) => boolean;
}

const MAX_COST = 1.0;
const ACCENT_COST = 0.25;

interface Candidate { form: string; cost: number }

/** Known forms reachable from `word`, cheapest first. */
export function ocrCandidates(word: string, lexicon: Lexicon, memory?: WordMemory): Candidate[] {
  const found = new Map<string, number>();
  for (let depth = 1; depth <= 2 && found.size === 0; depth++) {
  // Two confusions only where the word shows OCR damage (a digit, a capital inside): names stay cheap.
  if (depth === 2 && (word.length > 14 || !/\d|\p{Ll}\p{Lu}|[|!\]]/u.test(word))) break;
  for (const v of confusionVariants(word, depth, MAX_COST)) {
    const key = foldKey(v.text);
    const forms = new Set(lexicon.forms(key) ?? []);
    const seen = memory?.forms(key);
    if (seen) for (const [f, n] of seen) if (n >= 2) forms.add(f);
    if (forms.size === 0) continue;
    const lower = v.text.toLowerCase();
    for (const f of forms) {
      const fl = f.toLowerCase();
      let diff = 0;
      for (let i = 0; i < fl.length; i++) if (fl[i] !== lower[i]) diff++;
      const cost = v.cost + diff * ACCENT_COST;
      if (cost <= MAX_COST && cost < (found.get(fl) ?? Infinity)) found.set(fl, cost);
    }
  }
  }
  return [...found].map(([form, cost]) => ({ form, cost })).sort((a, b) => a.cost - b.cost || a.form.localeCompare(b.form));
}

/** Gives the chosen form the token's case: UPPER, Title, lower; mixed OCR case ("RepUblica") counts as Title. */
function recase(form: string, token: string, lexForm: string): string {
  const pattern = casePattern(token);
  if (pattern === 'upper') return form.toUpperCase();
  if (pattern === 'title' || (pattern === 'mixed' && /^\p{Lu}/u.test(token)) || /^\p{Lu}/u.test(lexForm)) return form.charAt(0).toUpperCase() + form.slice(1);
  return form;
}

function wordConfidence(words: OcrWord[], t: Token): number | null {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid];
    if (w.end <= t.start) lo = mid + 1;
    else if (w.start >= t.end) hi = mid - 1;
    else return w.confidence;
  }
  return null;
}

export function correctOcrWords(deps: OcrWordDeps): Edit[] {
  const { tokens, lexicon, memory, words, isOcr } = deps;
  const edits: Edit[] = [];
  const cache = new Map<string, { form: string; cost: number; lexForm: string } | null>();
  for (const t of tokens) {
    const w = t.text;
    if (w.length < 3 || /^\d/.test(w) || !isOcr(t.start)) continue;
    // Known words, and words off only by accents (restoreAccents' job), are not OCR slips.
    if (lexicon.forms(foldKey(w)) || memory.count(w) >= 2 && !/\d/.test(w)) continue;
    const digits = (w.match(/\d/g) ?? []).length;
    if (digits > 1) continue;
    const pattern = casePattern(w);
    // A capitalised unknown word repeated unchanged is a name the dictionary lacks, not an OCR slip.
    if ((pattern === 'title' || pattern === 'upper') && memory.count(w) >= 3) continue;
    let pick = cache.get(w);
    if (pick === undefined) {
      const cands = ocrCandidates(w, lexicon, memory);
      pick = null;
      // Rivals that differ from the best only by accents are the same word read two ways: the cheaper wins.
      const rival = cands.find((c) => foldKey(c.form) !== foldKey(cands[0]?.form ?? ''));
      if (cands.length && (!rival || rival.cost - cands[0].cost >= 0.2)) {
        const forms = lexicon.forms(foldKey(cands[0].form)) ?? [];
        pick = { ...cands[0], lexForm: forms.find((f) => f.toLowerCase() === cands[0].form) ?? cands[0].form };
      }
      cache.set(w, pick);
    }
    if (!pick) continue;
    // Names need more: a cheap confusion, or the form written elsewhere in the document or batch.
    const named = /^\p{Lu}/u.test(pick.lexForm) || pattern === 'title';
    if (named && pick.cost > 0.6 && memory.count(pick.form) === 0) continue;
    if (pick.cost > 0.8 && w.length < 6) continue;
    const text = recase(pick.form, w, pick.lexForm);
    if (text === w) continue;
    const wc = wordConfidence(words, t);
    let confidence = 1 - pick.cost * 0.45;
    if (wc !== null) confidence *= 1.1 - 0.25 * (wc / 100);
    edits.push({ start: t.start, end: t.end, text, kind: 'ocr', confidence: Math.min(0.99, Math.max(0.05, confidence)), rule: 'correctOcrWords' });
  }
  return edits;
}
