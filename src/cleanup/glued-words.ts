// OCR reads the space between two Spanish words as a speck of punctuation ("y'señaló", "la'sede", "el.mes",
// "que:informa", "durante-la"): the mark goes back to a space when both sides are lower-case words the lexicon
// knows. Spanish writes no apostrophe inside a lower-case word, so that mark needs only two words; a period, colon
// or hyphen also joins abbreviations ("a.m."), addresses ("correo.municipio") and compounds ("político-social"), so
// one side must be a function word of two letters or more and the other a word of three or more.
import type { Edit } from '../doc.js';
import type { Lang } from '../types.js';
import type { Token } from './tokens.js';
import type { Vocabulary } from './vocabulary.js';
import { functionWords } from './split-merged.js';

const LOWER = /^\p{Ll}+$/u;
/** Marks OCR makes of a speck in a space: apostrophes (straight and curly), period, colon, hyphen. */
const SPECK = new Set(["'", '’', '‘', '.', ':', '-']);

export function splitGlued(raw: string, tokens: readonly Token[], vocab: Vocabulary, lang: Lang, isOcr: (offset: number) => boolean): Edit[] {
  if (lang !== 'es') return [];
  const edits: Edit[] = [];
  let fn: ReadonlySet<string> | null = null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    // Cheap exit first: nearly every neighbour is a space or more away.
    if (b.start !== a.end + 1) continue;
    const mark = raw[a.end];
    if (!SPECK.has(mark) || !LOWER.test(a.text) || !LOWER.test(b.text)) continue;
    // Part of a longer chain ("a.e.", "correo.uaa.mx", "fin-de-año"): not two words of prose.
    const before = raw[a.start - 1] ?? ' ';
    const after = raw[b.end] ?? ' ';
    if (before === mark || after === mark || /[\p{L}\p{N}@/_]/u.test(before) || /[\p{L}\p{N}@/_]/u.test(after)) continue;
    if (!vocab.at(a.index).forms || !vocab.at(b.index).forms || !isOcr(a.start)) continue;
    if (mark !== "'" && mark !== '’' && mark !== '‘') {
      fn ??= functionWords(lang);
      const aFn = a.text.length >= 2 && fn.has(a.text);
      const bFn = b.text.length >= 2 && fn.has(b.text);
      if (!((aFn && b.text.length >= 3) || (bFn && a.text.length >= 3))) continue;
    }
    edits.push({ start: a.end, end: b.start, text: ' ', kind: 'spacing', confidence: 0.7, rule: 'splitGlued' });
  }
  return edits;
}
