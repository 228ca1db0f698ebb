// Child process entry: converts one document at a time for the batch parent, so a hang or a crash in pdf.js or the
// OCR engine kills only this process. It never touches the file system; the parent reads inputs and writes outputs.
import { convertDocument, damaged } from './convert.js';
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
    const { json, pages } = await convertDocument(job.bytes, job.path, job.options, job.fingerprint, job.format, pool,
      (done, total) => send({ type: 'page', id: job.id, done, total }));
    send({ type: 'done', id: job.id, json, pages, rss: process.memoryUsage.rss() });
  } catch (e) {
    send({ type: 'failed', id: job.id, error: toErrorData(damaged(e, mediaType)), rss: process.memoryUsage.rss() });
  }
}

send({ type: 'ready' });
