// Child process entry: converts one document at a time for the batch parent, so a hang or a crash in pdf.js or the
// OCR engine kills only this process. It never touches the file system; the parent reads inputs and writes outputs.
import { processBytes, type ProcessOptions } from '../index.js';
import { ActaError } from '../errors.js';
import { sniffMediaType } from '../input/sniff.js';
import { closeAllOcrPools, createOcrPool, type OcrPool } from '../ocr/pool.js';
import { toErrorData } from './error-data.js';
import type { FromChild, JobMessage, ToChild } from './protocol.js';

const send = (m: FromChild): void => { if (process.connected) process.send!(m); };
const ocrJobs = Math.max(1, Number(process.env.ACTA_CHILD_OCR_JOBS) || 1);
let pool: OcrPool | undefined;
let queue: Promise<void> = Promise.resolve();

async function shutdown(code: number): Promise<never> {
  await closeAllOcrPools().catch(() => undefined);
  process.exit(code);
}

// The parent decides when to stop; a lost parent (kill -9) closes the channel and this process must not linger.
process.on('disconnect', () => { void shutdown(0); });
// Ctrl-C reaches the whole process group: the parent decides, so an interrupted document is not recorded as a crash.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => { void shutdown(143); });

process.on('message', (m: ToChild) => {
  if (m.type === 'stop') { queue = queue.then(() => shutdown(0)); return; }
  queue = queue.then(() => convert(m));
});

async function convert(job: JobMessage): Promise<void> {
  const mediaType = sniffMediaType(job.bytes);
  send({ type: 'started', id: job.id, mediaType });
  try {
    pool ??= createOcrPool({ jobs: ocrJobs });
    const minutes = await processBytes(job.bytes, job.path, {
      lang: job.options.lang, ocr: job.options.ocr, minConfidence: job.options.minConfidence, pool,
      // No WordMemory: one document's words must never change another's output (determinism across --jobs).
      onPage: (done, total) => send({ type: 'page', id: job.id, done, total }),
    } satisfies ProcessOptions);
    const pages = minutes.source.pages ?? 0;
    const out = { ...minutes, acta: job.fingerprint };
    const json = job.format === 'pretty' ? JSON.stringify(out, null, 2) + '\n' : JSON.stringify(out) + '\n';
    send({ type: 'done', id: job.id, json, pages, rss: process.memoryUsage.rss() });
  } catch (e) {
    send({ type: 'failed', id: job.id, error: toErrorData(damaged(e, mediaType)), rss: process.memoryUsage.rss() });
  }
}

/**
 * The pipeline after reading tags its own failures as ActaErrors; anything else escaped the reader (pdf.js throwing
 * on a broken page tree or object), which means a damaged file, not a bug.
 */
function damaged(e: unknown, mediaType: string): unknown {
  if (e instanceof ActaError || !(e instanceof Error)) return e;
  if (mediaType === 'application/pdf') {
    return new ActaError('pdf-invalid', `the PDF is damaged (${e.message})`, 'check that the file is complete; re-export it, or repair it with `qpdf in.pdf repaired.pdf`', 'pdf');
  }
  if (mediaType.startsWith('image/')) {
    return new ActaError('image-invalid', `the image is damaged (${e.message})`, 'check that the file is a complete image', 'read');
  }
  return e;
}

send({ type: 'ready' });
