// Where the Tesseract language models live: the @tesseract.js-data npm packages, read from disk, never fetched.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';

/** Tesseract codes acta ships models for. */
export type TessLang = 'spa' | 'eng';

/**
 * `4.0.0_best_int` (LSTM only, 2-3 MB gz) over `4.0.0` (LSTM + legacy, 8-11 MB gz): with the LSTM engine both gave
 * identical text and CPU time on the corpus scans (measured once by hand); the smaller file loads faster.
 */
export const MODEL_VARIANT = '4.0.0_best_int';

const require = createRequire(import.meta.url);

/** Folder holding `<lang>.traineddata.gz`, as tesseract.js's langPath. */
export function langDir(lang: TessLang): string {
  const pkg = require.resolve(`@tesseract.js-data/${lang}/package.json`);
  return path.join(path.dirname(pkg), MODEL_VARIANT);
}

/** Uncompressed model bytes, for languages loaded into a worker after the first. */
export function readModel(lang: TessLang): Uint8Array {
  return gunzipSync(readFileSync(path.join(langDir(lang), `${lang}.traineddata.gz`)));
}

/** 'spa+eng' -> ['spa', 'eng']; unknown codes are an error, since they would make tesseract.js reach for a CDN. */
export function parseLangs(langs: string): TessLang[] {
  const out: TessLang[] = [];
  for (const l of langs.split('+')) {
    if (l !== 'spa' && l !== 'eng') throw new Error(`no offline model for OCR language "${l}"`);
    if (!out.includes(l)) out.push(l);
  }
  if (out.length === 0) throw new Error('no OCR language given');
  return out;
}

/** acta's --lang to Tesseract languages; 'auto' reads with both until the language is known. */
export function tessLangs(lang: 'es' | 'en' | 'auto'): string {
  return lang === 'es' ? 'spa' : lang === 'en' ? 'eng' : 'spa+eng';
}
