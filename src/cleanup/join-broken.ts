// OCR breaks a word with a space ("ac ta", "reu nión"): two lower-case pieces on one line join when the whole is a
// known word and the pieces are not both words; when one piece is a word, the document must also use the whole.
import type { Edit } from '../doc.js';
import type { Token } from './tokens.js';
import type { Vocabulary } from './vocabulary.js';

const LOWER = /^\p{Ll}+$/u;

export function joinBroken(raw: string, tokens: readonly Token[], vocab: Vocabulary, isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (b.start !== a.end + 1 || raw.charCodeAt(a.end) !== 32) continue;
    const ia = vocab.at(a.index);
    const ib = vocab.at(b.index);
    // Cheap exits first: most neighbours are two known words.
    if (ia.forms && ib.forms) continue;
    if (!LOWER.test(a.text) || !LOWER.test(b.text) || a.text.length + b.text.length < 5) continue;
    const whole = a.text + b.text;
    if (!vocab.lexicon.has(whole) || !isOcr(a.start)) continue;
    if ((ia.forms || ib.forms) && vocab.uses(whole) === 0) continue;
    edits.push({ start: a.end, end: b.start, text: '', kind: 'spacing', confidence: 0.7, rule: 'joinBroken' });
    i++;
  }
  return edits;
}
