// Text cleanup: an ordered list of small rules, each proposing edits on the raw text (offsets are the truth).
// Earlier rules win overlaps (selectEdits); nothing is applied here.
import type { Edit, OcrWord, PageSpan } from '../doc.js';
import type { Lang } from '../types.js';
import { loadLexicon } from './lexicon.js';
import { loadFrequencies, loadPrior } from './prior.js';
import { WordMemory } from './memory.js';
import { tokenize } from './tokens.js';
import { Vocabulary } from './vocabulary.js';
import { selectEdits } from '../offsets/apply-edits.js';
import { restoreAccents } from './restore-accents.js';
import { accentSuffixes } from './accent-suffixes.js';
import { correctOcrWords } from './correct-ocr-words.js';
import { anyOcr, ocrAt } from './origin.js';
import { dropGarbageLines } from './drop-garbage-lines.js';
import { dropBullets } from './drop-bullets.js';
import { repairAmountSeparator } from './amount-separator.js';
import { repairNumberSign } from './number-sign.js';
import { repairRomanNumbering } from './roman-numbering.js';
import { repairOrdinalSign } from './ordinal-sign.js';
import { tableBars } from './table-bars.js';
import { repairDonaSign } from './dona-sign.js';
import { repairDigitOne, repairDigitZero } from './digit-one.js';
import { repairNameCapitals } from './name-capitals.js';
import { splitMerged } from './split-merged.js';
import { repairCurrencySign } from './currency-sign.js';
import { joinBroken } from './join-broken.js';
import { splitGlued } from './glued-words.js';
import { dropStrayQuotes } from './stray-quotes.js';
import { documentWords } from './document-words.js';
import { dropFalseAccents } from './false-accents.js';
import { dehyphenate } from './dehyphenate.js';
import { repairSpacing } from './repair-spacing.js';

export { WordMemory } from './memory.js';
export { loadLexicon, Lexicon } from './lexicon.js';

export interface CleanupInput {
  raw: string;
  lang: Lang;
  words: OcrWord[];
  pageSpans: PageSpan[];
  memory?: WordMemory;
}

export interface CleanupOptions {
  /** Edits below this confidence are dropped. */
  minConfidence?: number;
}

export function cleanup(input: CleanupInput, options: CleanupOptions = {}): Edit[] {
  const { raw, lang } = input;
  const tokens = tokenize(raw);
  const lexicon = loadLexicon(lang);
  const vocab = new Vocabulary(tokens, lexicon);
  const memory = new WordMemory();
  for (const [word, n] of vocab.counts()) memory.learnWord(word, n);
  if (input.memory) memory.merge(input.memory);
  const isOcr = ocrAt(input.pageSpans);
  const deps = { raw, tokens, lang, lexicon, prior: loadPrior(lang), memory, vocab };
  // Priority order: whole-line removals, then joins across lines, then single words, then spacing.
  const ocrText = anyOcr(input.pageSpans);
  const frequencies = loadFrequencies(lang);
  const proposed: Edit[] = [
    ...(ocrText ? dropGarbageLines(raw, isOcr) : []),
    ...dehyphenate(raw, deps.lexicon, memory),
    ...(ocrText ? dropBullets(raw, isOcr) : []),
    ...(ocrText ? repairNumberSign(raw, isOcr) : []),
    ...(ocrText ? repairRomanNumbering(raw, isOcr) : []),
    ...(ocrText && lang === 'es' ? repairOrdinalSign(raw, isOcr) : []),
    ...(ocrText && lang === 'es' ? repairDonaSign(raw, isOcr) : []),
    ...(ocrText && lang === 'es' ? repairCurrencySign(raw, isOcr) : []),
    ...(ocrText ? tableBars(raw, isOcr) : []),
    ...(ocrText && lang === 'en' ? repairAmountSeparator(raw, isOcr) : []),
    ...(ocrText ? repairDigitOne(tokens, lexicon, frequencies, isOcr) : []),
    ...(ocrText ? repairDigitZero(tokens, isOcr) : []),
    ...(ocrText ? correctOcrWords({ ...deps, words: input.words, isOcr, frequencies }) : []),
    ...(ocrText ? splitMerged(tokens, vocab, memory, isOcr) : []),
    ...(ocrText ? documentWords(raw, tokens, vocab, memory, isOcr) : []),
    // After the word corrections: a misread word they can read back wins over its capital.
    ...(ocrText ? repairNameCapitals(raw, tokens, lexicon, isOcr) : []),
    ...(ocrText ? dropFalseAccents(tokens, vocab, memory, isOcr) : []),
    ...(ocrText ? joinBroken(raw, tokens, vocab, isOcr) : []),
    ...(ocrText ? splitGlued(raw, tokens, vocab, lang, isOcr) : []),
    ...(ocrText ? dropStrayQuotes(raw, lang, isOcr) : []),
    ...restoreAccents(deps),
    ...accentSuffixes(tokens, deps.vocab),
    ...repairSpacing(raw),
  ];
  const min = options.minConfidence ?? 0;
  return selectEdits(proposed.filter((e) => e.confidence >= min && raw.slice(e.start, e.end) !== e.text));
}
