// Undoes line-end hyphenation ("elabora-\nción" -> "elaboración") when the joined word is known; a real hyphen
// ("2014-\n2015", "Sub-\ngrupo" when "subgrupo" is unknown) stays and only the line break goes.
import type { Edit } from '../doc.js';
import type { Lexicon } from './lexicon.js';
import type { WordMemory } from './memory.js';
import { foldKey } from './fold.js';

const BREAK = /-[ \t]*\n[ \t]*/g;
const LEFT = /[\p{L}\p{N}]+$/u;
const RIGHT = /^[\p{L}\p{N}]+/u;

export function dehyphenate(raw: string, lexicon: Lexicon, memory: WordMemory): Edit[] {
  const edits: Edit[] = [];
  for (const m of raw.matchAll(BREAK)) {
    const left = LEFT.exec(raw.slice(Math.max(0, m.index - 40), m.index))?.[0];
    const right = RIGHT.exec(raw.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[0];
    if (!left || !right) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const joined = left + right;
    const known = lexicon.forms(foldKey(joined)) !== null || memory.count(joined) > 0;
    if (known && /^\p{Ll}/u.test(right)) {
      edits.push({ start, end, text: '', kind: 'hyphenation', confidence: 0.9, rule: 'dehyphenate' });
    } else if (/^\d+$/.test(left) && /^\d+$/.test(right) || /^\p{L}+$/u.test(left) && /^\p{L}/u.test(right) && !known) {
      edits.push({ start: start + 1, end, text: '', kind: 'hyphenation', confidence: 0.6, rule: 'dehyphenate' });
    }
  }
  return edits;
}
