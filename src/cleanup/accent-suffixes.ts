// Spanish endings that always carry an accent in the singular: an unknown word ending in -cion/-sion/-xion
// is a -ción noun the dictionary lacks ("repactacion" -> "repactación"); plurals (-ciones) carry none.
import type { Edit } from '../doc.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';

const ENDING = /^(\p{L}{3,}[csx]i)([oO])([nN])$/u;

export function accentSuffixes(tokens: readonly Token[], lexicon: Lexicon): Edit[] {
  if (lexicon.lang !== 'es') return [];
  const edits: Edit[] = [];
  for (const t of tokens) {
    const m = ENDING.exec(t.text);
    if (!m || lexicon.has(t.text)) continue;
    const o = m[2] === 'O' ? 'Ó' : 'ó';
    edits.push({ start: t.start, end: t.end, text: m[1] + o + m[3], kind: 'accent', confidence: 0.85, rule: 'accentSuffixes' });
  }
  return edits;
}
