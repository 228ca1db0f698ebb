// `acta clean`: the cleaned text alone, or an inline review diff of every correction.
import { formatError, EXIT } from './errors.js';
import { readBytes } from './input/index.js';
import { readInputFile } from './index.js';
import { createOcrPool } from './ocr/pool.js';
import { clean } from './pipeline.js';
import type { Io } from './batch/run.js';
import type { Edit } from './doc.js';

export interface CleanOptions {
  diff: boolean;
  lang: 'es' | 'en' | 'auto';
  ocr: 'auto' | 'always' | 'never';
  minConfidence?: number;
}

export async function runClean(input: string, options: CleanOptions, io: Io): Promise<number> {
  const path = input === '-' ? null : input;
  const pool = createOcrPool({ jobs: 1 });
  try {
    const bytes = path === null ? await io.stdin() : await readInputFile(path);
    const raw = await readBytes(bytes, path, { ocr: options.ocr, lang: options.lang, pool });
    const { doc, applied } = clean(raw, { lang: options.lang, minConfidence: options.minConfidence });
    const color = !!(io.stdout as { isTTY?: boolean }).isTTY;
    io.stdout.write(options.diff ? inlineDiff(doc.raw, applied.edits, color) : applied.text);
    return EXIT.ok;
  } catch (e) {
    io.stderr.write(formatError(path, e) + '\n');
    return EXIT.someFailed;
  } finally {
    await pool.close();
  }
}

/** The raw text with every edit shown in place, word-diff style. */
export function inlineDiff(raw: string, edits: readonly Edit[], color: boolean): string {
  const del = (s: string): string => (color ? `\x1b[31m[-${s}-]\x1b[0m` : `[-${s}-]`);
  const ins = (s: string): string => (color ? `\x1b[32m{+${s}+}\x1b[0m` : `{+${s}+}`);
  const out: string[] = [];
  let pos = 0;
  for (const e of edits) {
    out.push(raw.slice(pos, e.start));
    const original = raw.slice(e.start, e.end);
    if (original) out.push(del(original.replace(/\n/g, '⏎')));
    if (e.text) out.push(ins(e.text.replace(/\n/g, '⏎')));
    pos = e.end;
  }
  out.push(raw.slice(pos));
  return out.join('');
}
