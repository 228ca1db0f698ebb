// Run-time lexicon: the packed sorted key file (lexicon-file.ts) kept as bytes and searched by bytes, with no
// per-word objects, so loading costs one file read. Words learned from a document or batch are layered on top
// (see memory.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../types.js';
import { dataDir } from '../paths.js';
import { foldKey } from './fold.js';
import { type LexiconFile, mayHave, unpackLexicon } from './lexicon-file.js';

const TAB = 9;
const MAX_KEY = 128;
const encoder = new TextEncoder();
// One scratch buffer for the searched key: a lookup allocates nothing until it finds a line with forms.
const scratch = new Uint8Array(MAX_KEY * 3);

/** Encodes `key` into `scratch`; returns its byte length, or -1 when too long to be a word. */
function encodeKey(key: string): number {
  if (key.length > MAX_KEY) return -1;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 128) return encoder.encodeInto(key, scratch).written;
    scratch[i] = c;
  }
  return key.length;
}

export class Lexicon {
  private readonly cache = new Map<string, readonly string[] | null>();

  constructor(readonly lang: Lang, private readonly file: LexiconFile) {}

  /** Number of keys. */
  get size(): number {
    return this.file.starts.length - 1;
  }

  /** Forms whose folded key is `key` (e.g. "publica" -> ["publica", "pública"]), or null. */
  forms(key: string): readonly string[] | null {
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const found = mayHave(this.file.filter, key) ? this.search(key) : null;
    if (this.cache.size > 200_000) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }

  /** Like forms(), uncached: for probing many made-up keys (OCR candidates) without evicting the real words. */
  lookup(key: string): readonly string[] | null {
    return mayHave(this.file.filter, key) ? this.search(key) : null;
  }

  /** True when the word, ignoring case, is a form of the language ("RESOLUCIÓN" yes, "RESOLUCION" no). */
  has(word: string): boolean {
    const forms = this.forms(foldKey(word));
    if (!forms) return false;
    const lower = word.toLowerCase();
    for (const f of forms) if (f === lower || f.toLowerCase() === lower) return true;
    return false;
  }

  private search(key: string): readonly string[] | null {
    const len = encodeKey(key);
    if (len <= 0) return null;
    const { text, starts } = this.file;
    let lo = 0;
    let hi = starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = starts[mid];
      const e = starts[mid + 1] - 1; // before the "\n"
      // Compare the key with the line's key part (up to the tab); a shorter key sorts first.
      let cmp = 0;
      for (let i = 0; ; i++) {
        const atEnd = s + i >= e || text[s + i] === TAB;
        if (i === len) { cmp = atEnd ? 0 : -1; break; }
        if (atEnd) { cmp = 1; break; }
        const d = scratch[i] - text[s + i];
        if (d !== 0) { cmp = d; break; }
      }
      if (cmp === 0) {
        if (s + len >= e) return [key];
        return Buffer.from(text.buffer, text.byteOffset + s + len + 1, e - s - len - 1).toString('utf8').split(',');
      }
      if (cmp < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return null;
  }
}

const loaded = new Map<Lang, Lexicon>();

export function lexiconPath(lang: Lang): string {
  return path.join(dataDir, 'lexicon', `${lang}.lex`);
}

/** Loads (once per process) the lexicon of `lang`. */
export function loadLexicon(lang: Lang): Lexicon {
  let lex = loaded.get(lang);
  if (!lex) {
    lex = new Lexicon(lang, unpackLexicon(fs.readFileSync(lexiconPath(lang))));
    loaded.set(lang, lex);
  }
  return lex;
}
