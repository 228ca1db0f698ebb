// Words seen written in full (accented, or a capitalised name) in this document or earlier ones of the batch:
// the strongest evidence for restoring the same word where it was mangled.
import type { Token } from './tokens.js';
import { foldKey, hasAccent } from './fold.js';

export class WordMemory {
  private readonly byKey = new Map<string, Map<string, number>>();

  /** Records every accented or capitalised word of `tokens` (a form written with care is evidence). */
  learn(tokens: readonly Token[]): void {
    for (const t of tokens) this.learnWord(t.text, 1);
  }

  /** Records a word seen `times` times (cleanup passes each distinct word of a document once). */
  learnWord(w: string, times: number): void {
    if (w.length < 3) return;
    const c0 = w.charCodeAt(0);
    // Fast skip: plain ASCII lower-case words are neither accented nor capitalised.
    if (c0 >= 97 && c0 <= 122 && /^[a-z]+$/.test(w)) return;
    if (/\d/.test(w)) return;
    if (!hasAccent(w) && !/[ñÑ]/.test(w) && !/^\p{Lu}\p{Ll}/u.test(w)) return;
    const key = foldKey(w);
    let forms = this.byKey.get(key);
    if (!forms) this.byKey.set(key, (forms = new Map()));
    const lower = w.toLowerCase();
    forms.set(lower, (forms.get(lower) ?? 0) + times);
  }

  /** Lower-cased forms seen for `key`, with their counts. */
  forms(key: string): ReadonlyMap<string, number> | undefined {
    return this.byKey.get(key);
  }

  count(form: string): number {
    return this.byKey.get(foldKey(form))?.get(form.toLowerCase()) ?? 0;
  }

  /** Copies another memory's words into this one (document words layered over the batch's). */
  merge(other: WordMemory): void {
    for (const [key, forms] of other.byKey) {
      let mine = this.byKey.get(key);
      if (!mine) this.byKey.set(key, (mine = new Map()));
      for (const [f, n] of forms) mine.set(f, (mine.get(f) ?? 0) + n);
    }
  }

  /** Every remembered form with its count, in no particular order. */
  *entries(): IterableIterator<[form: string, count: number]> {
    for (const forms of this.byKey.values()) yield* forms;
  }

  get size(): number {
    return this.byKey.size;
  }
}
