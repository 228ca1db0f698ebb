// Run-time lexicon: the gunzipped sorted key file kept as one Buffer, searched by bytes (no per-word objects,
// so loading costs one gunzip). Words learned from a document or batch are layered on top (see memory.ts).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Lang } from '../types.js';
import { dataDir } from '../paths.js';
import { foldKey } from './fold.js';

const NL = 10;
const TAB = 9;

export class Lexicon {
  private readonly cache = new Map<string, readonly string[] | null>();

  constructor(readonly lang: Lang, private readonly buf: Buffer) {}

  /** Forms whose folded key is `key` (e.g. "publica" -> ["publica", "pública"]), or null. */
  forms(key: string): readonly string[] | null {
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const found = this.search(Buffer.from(key, 'utf8'));
    if (this.cache.size > 200_000) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }

  /** True when the word, ignoring case, is a form of the language ("RESOLUCIÓN" yes, "RESOLUCION" no). */
  has(word: string): boolean {
    const forms = this.forms(foldKey(word));
    if (!forms) return false;
    const lower = word.toLowerCase();
    return forms.some((f) => f.toLowerCase() === lower);
  }

  private search(key: Buffer): readonly string[] | null {
    const buf = this.buf;
    let lo = 0;
    let hi = buf.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === 0 ? 0 : buf.lastIndexOf(NL, mid - 1) + 1;
      let end = buf.indexOf(NL, start);
      if (end < 0) end = buf.length;
      let keyEnd = buf.indexOf(TAB, start);
      if (keyEnd < 0 || keyEnd > end) keyEnd = end;
      const cmp = key.compare(buf, start, keyEnd);
      if (cmp === 0) {
        if (keyEnd === end) return [key.toString('utf8')];
        return buf.toString('utf8', keyEnd + 1, end).split(',');
      }
      if (cmp < 0) hi = start;
      else lo = end + 1;
    }
    return null;
  }
}

const loaded = new Map<Lang, Lexicon>();

export function lexiconPath(lang: Lang): string {
  return path.join(dataDir, 'lexicon', `${lang}.lex.gz`);
}

/** Loads (once per process) the lexicon of `lang`. */
export function loadLexicon(lang: Lang): Lexicon {
  let lex = loaded.get(lang);
  if (!lex) {
    lex = new Lexicon(lang, zlib.gunzipSync(fs.readFileSync(lexiconPath(lang))));
    loaded.set(lang, lex);
  }
  return lex;
}
