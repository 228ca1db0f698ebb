// `acta learn`: reads every input's raw text (decoding, PDF text layers, OCR where needed) and writes the word list
// of the collection, atomically.
import { EXIT, formatError } from '../errors.js';
import { readBytes } from '../input/index.js';
import { expandInputs } from '../batch/inputs.js';
import { readInput } from '../batch/read.js';
import { writeAtomic } from '../batch/write.js';
import { createOcrPool } from '../ocr/pool.js';
import type { Io } from '../batch/run.js';
import { addDocument, emptyCounts, formatWordList } from './word-list.js';

export interface LearnOptions {
  out?: string;
  minDocuments: number;
  ocr: 'auto' | 'always' | 'never';
  lang: 'es' | 'en' | 'auto';
  jobs: number;
  quiet: boolean;
}

export async function runLearn(args: readonly string[], options: LearnOptions, io: Io): Promise<number> {
  const { inputs, problems } = await expandInputs(args);
  let failed = problems.length;
  for (const p of problems) io.stderr.write(formatError(p.path, p.error) + '\n');
  const acc = emptyCounts();
  const pool = createOcrPool({ jobs: options.jobs });
  try {
    for (const inp of inputs) {
      try {
        const bytes = inp.path === null ? await io.stdin() : await readInput(inp.path);
        addDocument(acc, (await readBytes(bytes, inp.path, { ocr: options.ocr, lang: options.lang, pool })).raw);
      } catch (e) {
        failed++;
        io.stderr.write(formatError(inp.path, e) + '\n');
      }
    }
  } finally {
    await pool.close();
  }
  const list = formatWordList(acc, options.minDocuments);
  try {
    if (options.out) await writeAtomic(options.out, list);
    else io.stdout.write(list);
  } catch (e) {
    io.stderr.write(formatError(options.out ?? null, e) + '\n');
    return EXIT.someFailed;
  }
  if (!options.quiet) {
    const kept = list.split('\n').length - 2;
    io.stderr.write(`acta: learned ${kept} words from ${acc.documents} documents${failed ? `, ${failed} failed` : ''}\n`);
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}
