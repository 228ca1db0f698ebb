// The document's distinct words, each looked up once: rules read a word's facts from here instead of folding
// and searching the lexicon again at every occurrence (most tokens are a few hundred frequent words).
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import { foldKey, hasAccent, isAscii } from './fold.js';

export interface WordInfo {
  /** Dense number of the distinct word (0..size-1 for the document's words): rules memoise in arrays by it. */
  id: number;
  text: string;
  lower: string;
  /** Folded lexicon key. */
  key: string;
  /** Lexicon forms of `key` (accents and case variants), or null for an unknown key. */
  forms: readonly string[] | null;
  /** Occurrences of exactly this text in the document. */
  count: number;
  accented: boolean;
  /** Holds a digit or an underscore. */
  digit: boolean;
  /** Plain 7-bit text. */
  ascii: boolean;
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 95) return true;
  }
  return false;
}

export class Vocabulary {
  private readonly byText = new Map<string, WordInfo>();
  private readonly byToken: WordInfo[];

  constructor(tokens: readonly Token[], readonly lexicon: Lexicon) {
    this.byToken = new Array<WordInfo>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const text = tokens[i].text;
      let info = this.byText.get(text);
      if (info) info.count++;
      else this.byText.set(text, (info = this.describe(text, 1)));
      this.byToken[i] = info;
    }
  }

  /** Number of distinct words in the document. */
  get size(): number {
    return this.byText.size;
  }

  /** Facts about the token at `index` of the token list (no lookup: read once at construction). */
  at(index: number): WordInfo {
    return this.byToken[index];
  }

  /** Each distinct text with its count. */
  *counts(): IterableIterator<[string, number]> {
    for (const [text, info] of this.byText) if (info.count > 0) yield [text, info.count];
  }

  /** Facts about a token's text (texts not in the document are described on the fly). */
  info(text: string): WordInfo {
    return this.byText.get(text) ?? this.describe(text, 0);
  }

  /** Occurrences of a lower-case word written lower, Title or UPPER. */
  uses(lower: string): number {
    const title = lower.charAt(0).toUpperCase() + lower.slice(1);
    const upper = lower.toUpperCase();
    return (this.byText.get(lower)?.count ?? 0) + (title !== lower ? this.byText.get(title)?.count ?? 0 : 0) +
      (upper !== title ? this.byText.get(upper)?.count ?? 0 : 0);
  }

  private describe(text: string, count: number): WordInfo {
    const key = foldKey(text);
    const ascii = isAscii(text);
    return {
      id: count > 0 ? this.byText.size : -1, text, lower: text.toLowerCase(), key, forms: this.lexicon.forms(key), count,
      accented: !ascii && hasAccent(text), digit: hasDigit(text), ascii,
    };
  }
}
