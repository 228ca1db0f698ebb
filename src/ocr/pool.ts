// A bounded set of tesseract.js workers shared by every page of every file: workers start on first use, are reused,
// restarted after `recycleAfter` pages so wasm heaps cannot creep, and all stop on close() (or closeAllOcrPools()).
import { availableParallelism } from 'node:os';
import { ActaError } from '../errors.js';
import type { PageWord } from '../input/paged.js';
import { encodePgm, type GrayImage } from './image.js';
import { layoutFromBlocks } from './layout.js';
import { startWorker, type TessWorker } from './worker.js';

export interface OcrPageResult {
  text: string;
  words: PageWord[];
  /** Length-weighted mean word confidence, 0..100. */
  confidence: number;
}

export interface OcrPool {
  /** `langs` is a Tesseract language string: 'spa', 'eng' or 'spa+eng'. */
  recognize(image: GrayImage, langs: string, signal?: AbortSignal): Promise<OcrPageResult>;
  close(): Promise<void>;
  readonly jobs: number;
}

export interface OcrPoolOptions {
  /** Worker threads; default = cores. */
  jobs?: number;
  /** Pages per worker before it is replaced; default 40. */
  recycleAfter?: number;
}

interface Task {
  image: GrayImage;
  langs: string;
  signal?: AbortSignal;
  resolve: (r: OcrPageResult) => void;
  reject: (e: unknown) => void;
  /** Makes a running task give up its worker wait at once (close or abort). */
  interrupt?: (e: unknown) => void;
}

const openPools = new Set<OcrPool>();

/** Stops every live pool; the CLI calls this on SIGINT/SIGTERM so no worker thread keeps the process alive. */
export async function closeAllOcrPools(): Promise<void> {
  await Promise.all([...openPools].map((p) => p.close()));
}

export function createOcrPool(opts: OcrPoolOptions = {}): OcrPool {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? availableParallelism()));
  const recycleAfter = Math.max(1, opts.recycleAfter ?? 40);
  const idle: TessWorker[] = [];
  const queue: Task[] = [];
  let busy = 0; // slots running a task or starting a worker
  let closed = false;

  const live = new Set<TessWorker>(); // every started worker, busy or idle, so close() can stop them all
  const running = new Set<Task>();
  const stop = (w: TessWorker) => { live.delete(w); w.worker.terminate().catch(() => {}); };
  const cancelled = () => new ActaError('ocr-cancelled', 'OCR was stopped', undefined, 'ocr');

  async function run(task: Task): Promise<void> {
    running.add(task);
    // Prefer an idle worker already loaded with the wanted languages; otherwise replace one.
    const i = idle.findIndex((w) => w.langs === task.langs);
    let w = i >= 0 ? idle.splice(i, 1)[0] : undefined;
    // A tesseract.js job cannot be interrupted: on abort or close the wait ends at once and the worker is dropped.
    const interrupted = new Promise<never>((_, rej) => { task.interrupt = rej; });
    interrupted.catch(() => {});
    const onAbort = () => task.interrupt!(task.signal!.reason);
    task.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      if (!w) {
        const other = idle.pop();
        if (other) stop(other);
        const starting = startWorker(task.langs);
        starting.then((s) => { live.add(s); if (closed || task.signal?.aborted) stop(s); }, () => {});
        w = await Promise.race([starting, interrupted]);
      }
      if (closed) throw cancelled();
      task.signal?.throwIfAborted();
      await Promise.race([w.worker.setParameters({ user_defined_dpi: String(Math.round(task.image.dpi)) }), interrupted]);
      const job = w.worker.recognize(Buffer.from(encodePgm(task.image)), {}, { text: false, blocks: true });
      const res = await Promise.race([job, interrupted]);
      w.pages++;
      task.resolve(layoutFromBlocks(res.data.blocks));
    } catch (e) {
      if (w) { stop(w); w = undefined; } // a worker that failed once is not trusted again
      task.reject(e instanceof ActaError || task.signal?.aborted
        ? e
        : new ActaError('ocr-failed', `OCR failed: ${e instanceof Error ? e.message : String(e)}`, undefined, 'ocr'));
    } finally {
      task.signal?.removeEventListener('abort', onAbort);
      running.delete(task);
      busy--;
      if (w && !closed && w.pages < recycleAfter && !task.signal?.aborted) idle.push(w);
      else if (w) stop(w);
      pump();
    }
  }

  function pump(): void {
    while (!closed && busy < jobs && queue.length > 0) {
      const task = queue.shift()!;
      if (task.signal?.aborted) { task.reject(task.signal.reason); continue; }
      busy++;
      void run(task);
    }
  }

  const pool: OcrPool = {
    jobs,
    recognize(image, langs, signal) {
      if (closed) return Promise.reject(cancelled());
      openPools.add(pool);
      return new Promise<OcrPageResult>((resolve, reject) => {
        queue.push({ image, langs, signal, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      openPools.delete(pool);
      for (const t of queue.splice(0)) t.reject(cancelled());
      for (const t of running) t.interrupt?.(cancelled());
      idle.length = 0;
      await Promise.all([...live].map((w) => { live.delete(w); return w.worker.terminate().catch(() => {}); }));
    },
  };
  return pool;
}
