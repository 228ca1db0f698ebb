// Runs the pipeline over a list of inputs: outputs to --out-dir (atomic), NDJSON or one JSON document on stdout;
// an input that fails is reported in one line and the others go on.
import path from 'node:path';
import { ActaError, EXIT, formatError } from '../errors.js';
import { processBytes, readInputFile, type ProcessOptions } from '../index.js';
import { createOcrPool } from '../ocr/pool.js';
import { WordMemory } from '../cleanup/index.js';
import { expandInputs, type InputRef } from './inputs.js';
import { createProgress } from './progress.js';
import { writeAtomic } from './write.js';

export interface Io {
  stdin: () => Promise<Uint8Array>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

export interface ParseOptions {
  outDir?: string;
  ndjson?: boolean;
  lang: 'es' | 'en' | 'auto';
  ocr: 'auto' | 'always' | 'never';
  jobs: number;
  minConfidence?: number;
  quiet: boolean;
}

export async function runParse(args: readonly string[], options: ParseOptions, io: Io): Promise<number> {
  const { inputs, problems } = await expandInputs(args);
  let failed = 0;
  for (const p of problems) { failed++; warn(io, formatError(p.path, p.error), options); }
  const stems = uniqueStems(inputs, (msg) => warn(io, msg, options));
  const toStdout = !options.outDir;
  const ndjson = options.ndjson || inputs.length + problems.length > 1;
  const pool = createOcrPool({ jobs: options.jobs });
  const memory = new WordMemory();
  const progress = createProgress(io.stderr, !options.quiet);
  try {
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      progress.file(i + 1, inputs.length, input.path ?? '<stdin>');
      try {
        const bytes = input.path === null ? await io.stdin() : await readInputFile(input.path);
        const minutes = await processBytes(bytes, input.path, {
          lang: options.lang, ocr: options.ocr, pool, memory, minConfidence: options.minConfidence,
          onPage: (d, t) => progress.page(d, t),
        } satisfies ProcessOptions);
        if (toStdout) io.stdout.write(ndjson ? JSON.stringify(minutes) + '\n' : JSON.stringify(minutes, null, 2) + '\n');
        else await writeAtomic(path.join(options.outDir!, stems[i] + '.json'), JSON.stringify(minutes, null, 2) + '\n');
      } catch (e) {
        failed++;
        progress.end();
        warn(io, formatError(input.path, e), options, true);
      }
    }
  } finally {
    progress.end();
    await pool.close();
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

function warn(io: Io, line: string, options: ParseOptions, always = true): void {
  if (always || !options.quiet) io.stderr.write(line + '\n');
}

/** Two inputs must never write the same output: later ones get "~2", "~3"... and a note on stderr. */
function uniqueStems(inputs: InputRef[], note: (msg: string) => void): string[] {
  const seen = new Map<string, number>();
  return inputs.map((inp) => {
    const key = inp.outStem.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n === 1) return inp.outStem;
    const stem = `${inp.outStem}~${n}`;
    note(`acta: ${inp.path ?? '<stdin>'}: another input has the same name; writing ${stem}.json instead [name-collision]`);
    return stem;
  });
}

export { ActaError };
