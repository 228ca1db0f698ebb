// Runs a batch: expand inputs -> name outputs -> pick this shard -> for each input (in child processes): read, skip
// if up to date, convert, write atomically -> records in input order -> summary. A failing input becomes an error
// record and the others go on.
import { rm, writeFile } from 'node:fs/promises';
import { mkdirs } from './mkdirs.js';
import { createHash, randomBytes } from 'node:crypto';
import { freemem, totalmem } from 'node:os';
import path from 'node:path';
import { ActaError, EXIT, formatError } from '../errors.js';
import { ChildPool } from './children.js';
import { toErrorData, formatErrorData } from './error-data.js';
import { fingerprint, upToDate } from './fingerprint.js';
import { expandInputs } from './inputs.js';
import { outputPath, uniqueNames, type NamedInput } from './names.js';
import { Ordered } from './ordered.js';
import { createProgress } from './progress.js';
import type { DocOptions, ErrorData } from './protocol.js';
import { readInput } from './read.js';
import { errorRecord, manifestRecord, NdjsonFile, readManifest, vouches, type ErrorRecord, type ManifestRecord } from './records.js';
import { inShard, type Shard } from './shard.js';
import { formatSummary, type Counts } from './summary.js';
import { sweepStaleTemps } from './sweep.js';
import { sniffMediaType } from '../input/sniff.js';
import { readWordList } from '../learn/load.js';
import { parseWordList } from '../learn/word-list.js';
import type { Job, Outcome } from './children.js';
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
  /** Path of a word list made by `acta learn`. */
  words?: string;
  quiet: boolean;
  /** acta's version, part of every output's fingerprint. */
  version?: string;
  /** Seconds a document may spend on one page before it is stopped. */
  timeout?: number;
  /** MiB of memory per child process. */
  maxMemory?: number;
  resume?: boolean;
  force?: boolean;
  errors?: string;
  /** Also write <name>.error.json beside the outputs for each failure (needs outDir). */
  errorFiles?: boolean;
  manifest?: string;
  shard?: Shard;
  failFast?: boolean;
}

interface Row { stdout?: string; error?: { path: string | null; data: ErrorData; record: ErrorRecord }; manifest?: ManifestRecord }

export const DEFAULT_TIMEOUT_SECONDS = 180;
const INTERRUPTED = EXIT.interrupted;

export async function runParse(args: readonly string[], options: ParseOptions, io: Io): Promise<number> {
  const started = Date.now();
  const { inputs: all, problems } = await expandInputs(args);
  const selected = uniqueNames(all).filter((inp) => inShard(inp.key, options.shard));
  const { outDir } = options;
  if (outDir) {
    const bad = await prepareOutDir(outDir);
    if (bad) { io.stderr.write(formatError(outDir, bad) + '\n'); return EXIT.usage; }
  }
  // A manifest from earlier runs lets --resume trust outputs without parsing them.
  const previous = options.resume && !options.force && options.manifest ? readManifest(options.manifest) : new Map<string, ManifestRecord>();
  let errorsFile: NdjsonFile | undefined;
  let manifest: NdjsonFile | undefined;
  try {
    errorsFile = options.errors ? new NdjsonFile(options.errors, 'truncate') : undefined;
    manifest = options.manifest ? new NdjsonFile(options.manifest, 'append') : undefined;
  } catch (e) {
    io.stderr.write(formatError(null, e) + '\n');
    return EXIT.usage;
  }
  const note = (line: string): void => { if (!options.quiet) io.stderr.write(line + '\n'); };
  for (const inp of selected) {
    if (inp.renamed && outDir) note(`acta: ${inp.path ?? '<stdin>'}: another input has the same name; writing ${inp.name}.json [name-collision]`);
  }

  const docOptions: DocOptions = { lang: options.lang, ocr: options.ocr, ...(options.minConfidence !== undefined ? { minConfidence: options.minConfidence } : {}) };
  if (options.words) {
    try {
      const list = await readWordList(options.words);
      parseWordList(list.text); // a bad list is a usage error, found before any document is converted
      docOptions.words = { path: path.resolve(options.words), sha256: list.sha256 };
    } catch (e) {
      io.stderr.write(formatError(options.words, e) + '\n');
      return EXIT.usage;
    }
  }
  const fp = fingerprint(options.version ?? '0.0.0', docOptions);
  const toStdout = !outDir;
  const ndjson = !!options.ndjson || all.length + problems.length > 1;
  const format = toStdout && ndjson ? 'compact' : 'pretty';
  const counts: Counts = { done: 0, skipped: 0, failed: 0, pages: 0 };
  const progress = createProgress(io.stderr, !options.quiet);

  const emit = (row: Row): void => {
    if (row.stdout !== undefined) io.stdout.write(row.stdout);
    if (row.error) {
      progress.end();
      io.stderr.write(formatErrorData(row.error.path, row.error.data) + '\n');
      errorsFile?.write(row.error.record);
    }
    if (row.manifest) manifest?.write(row.manifest);
  };
  for (const p of problems) {
    counts.failed++;
    const data = toErrorData(p.error);
    emit({ error: { path: p.path, data, record: errorRecord(p.path, data) }, manifest: manifestRecord(p.path, { sha256: null, output: null, status: 'failed', error: data }, fp) });
  }

  const size = Math.max(1, Math.min(options.jobs, selected.length));
  const pool = new ChildPool({
    size,
    ocrJobs: Math.max(1, Math.floor(options.jobs / size)),
    timeoutSeconds: options.timeout ?? DEFAULT_TIMEOUT_SECONDS,
    maxMemoryMb: options.maxMemory ?? defaultMemoryMb(size),
    debug: !!process.env.ACTA_DEBUG,
  });
  const rows = new Ordered<Row>(emit);
  let stopping: 'interrupt' | 'fail-fast' | undefined;
  const stop = (why: 'interrupt' | 'fail-fast'): void => { stopping ??= why; void pool.close(); };
  const onSignal = (): void => stop('interrupt');
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const fail = async (i: number, inp: NamedInput, sha: string | null, data: ErrorData, pages?: number, ms?: number): Promise<void> => {
    counts.failed++;
    const record = errorRecord(inp.path, data);
    let errPath: string | null = null;
    if (outDir && options.errorFiles) {
      // The record also goes to stderr, --errors and the manifest: a side file that cannot be written is not fatal.
      try {
        errPath = outputPath(outDir, inp.name, '.error.json');
        await writeAtomic(errPath, JSON.stringify(record, null, 2) + '\n');
      } catch {
        errPath = null;
      }
    }
    rows.put(i, { error: { path: inp.path, data, record }, manifest: manifestRecord(inp.path, { sha256: sha, output: errPath, status: 'failed', error: data, pages, ms }, fp) });
    if (options.failFast) stop('fail-fast');
  };

  const handle = async (i: number): Promise<void> => {
    const inp = selected[i];
    let sha: string | null = null;
    try {
      progress.file(i + 1, selected.length, inp.path ?? '<stdin>');
      const bytes = inp.path === null ? await io.stdin() : await readInput(inp.path);
      sha = createHash('sha256').update(bytes).digest('hex');
      const out = outDir ? outputPath(outDir, inp.name, '.json') : null;
      const errPath = outDir ? outputPath(outDir, inp.name, '.error.json') : null;
      if (out && options.resume && !options.force && (vouches(previous.get(inp.path ?? '-'), sha, out, fp) || await upToDate(out, sha, fp))) {
        if (errPath) await rm(errPath, { force: true });
        counts.skipped++;
        rows.put(i, { manifest: manifestRecord(inp.path, { sha256: sha, output: out, status: 'skipped' }, fp) });
        return;
      }
      const t0 = Date.now();
      const job: Job = { path: inp.path, bytes, options: docOptions, fingerprint: fp, format, onPage: (d, t) => progress.page(d, t) };
      const outcome = selected.length === 1 && sniffMediaType(bytes) === 'text/plain' ? await runHere(job) : await pool.run(job);
      if (!outcome.ok) {
        if (outcome.error.code === 'interrupted' && stopping) { rows.put(i, null); return; }
        counts.pages += outcome.pages;
        return await fail(i, inp, sha, outcome.error, outcome.pages, Date.now() - t0);
      }
      if (out) {
        await writeAtomic(out, outcome.json);
        if (errPath) await rm(errPath, { force: true });
      }
      counts.done++;
      counts.pages += outcome.pages;
      const facts = { sha256: sha, output: out, status: 'done' as const, pages: outcome.pages, ms: Date.now() - t0 };
      rows.put(i, { stdout: out ? undefined : outcome.json, manifest: manifestRecord(inp.path, facts, fp) });
    } catch (e) {
      await fail(i, inp, sha, toErrorData(e));
    }
  };

  let next = 0;
  const lane = async (): Promise<void> => {
    while (!stopping && next < selected.length) {
      const i = next++;
      // Stdout keeps input order: a slow early document may hold back only a bounded number of finished ones.
      if (toStdout) await rows.room(i, 16 * size);
      if (stopping) break;
      await handle(i);
    }
  };
  try {
    await Promise.all(Array.from({ length: size }, lane));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await pool.close();
    progress.end();
    errorsFile?.close();
    manifest?.close();
  }
  if (!options.quiet && (outDir || selected.length + problems.length > 1 || stopping)) {
    io.stderr.write(formatSummary(counts, Date.now() - started, { shard: options.shard, stopped: stopping, total: selected.length }) + '\n');
  }
  if (stopping === 'interrupt') return INTERRUPTED;
  return counts.failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/**
 * A lone text input is converted in this process: the text pipeline is plain JavaScript (no pdf.js, no OCR engine
 * that could crash), and a child process would double the start-up of the commonest call, `acta parse file.txt`.
 */
async function runHere(job: Job): Promise<Outcome> {
  const { convertDocument } = await import('./convert.js');
  try {
    const { json, pages } = await convertDocument(job.bytes, job.path, job.options, job.fingerprint, job.format, undefined);
    return { ok: true, json, pages };
  } catch (e) {
    return { ok: false, error: toErrorData(e), pages: 0 };
  }
}

/** Creates --out-dir, proves it is writable and removes temporary files a killed run left there. */
async function prepareOutDir(dir: string): Promise<ActaError | undefined> {
  try {
    await mkdirs(dir);
    const probe = path.join(dir, `.acta-probe.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    await writeFile(probe, '', { flag: 'wx' });
    await rm(probe, { force: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return new ActaError('out-dir-unwritable', `cannot write to the output directory (${code})`, 'choose an --out-dir you can write to, or fix its permissions', 'write');
  }
  await sweepStaleTemps(dir);
  return undefined;
}

/** A share of the machine's memory per child, between 512 MiB and 4 GiB. */
function defaultMemoryMb(children: number): number {
  const mib = Math.max(totalmem(), freemem()) / 1024 / 1024;
  return Math.round(Math.min(4096, Math.max(512, (mib * 0.75) / children)));
}

export { ActaError };
