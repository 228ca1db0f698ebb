// Spanish endings that always carry an accent in the singular: an unknown word ending in -cion/-sion/-xion
// is a -ción noun the dictionary lacks ("repactacion" -> "repactación"); plurals (-ciones) carry none.
import type { Edit } from '../doc.js';
import type { Vocabulary } from './vocabulary.js';
import type { Token } from './tokens.js';

const ENDING = /^(\p{L}{3,}[csx]i)([oO])([nN])$/u;

export function accentSuffixes(tokens: readonly Token[], vocab: Vocabulary): Edit[] {
  const lexicon = vocab.lexicon;
  if (lexicon.lang !== 'es') return [];
  const edits: Edit[] = [];
  for (const t of tokens) {
    // Cheap test first: the ending is "n" after "o" (most words fail here, before the regex).
    const w = t.text;
    const last = w.charCodeAt(w.length - 1) | 32;
    const before = w.charCodeAt(w.length - 2) | 32;
    if (w.length < 6 || last !== 110 || before !== 111) continue;
    const m = ENDING.exec(w);
    if (!m || lexicon.has(t.text)) continue;
    const o = m[2] === 'O' ? 'Ó' : 'ó';
    edits.push({ start: t.start, end: t.end, text: m[1] + o + m[3], kind: 'accent', confidence: 0.85, rule: 'accentSuffixes' });
  }
  return edits;
}
