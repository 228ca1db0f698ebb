// A small pool of child processes that convert documents. Each document runs under a time budget per page and a
// memory bound; a child that hangs, crashes or grows too big is killed, that document gets an error record and the
// batch goes on with a fresh child. Children are reused across documents (start-up costs ~0.2 s) and recycled.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocOptions, ErrorData, Fingerprint, FromChild, JobMessage } from './protocol.js';

export interface ChildPoolOptions {
  /** Child processes (at most). */
  size: number;
  /** OCR workers inside each child. */
  ocrJobs: number;
  /** Seconds a document may go without finishing a page before its child is killed. */
  timeoutSeconds: number;
  /** Resident memory bound per child, in MiB; also its V8 heap limit. */
  maxMemoryMb: number;
  /** Documents per child before it is replaced, so slow leaks (wasm heaps, caches) cannot build up. */
  recycleAfter?: number;
  /** Pass the children's stderr through (ACTA_DEBUG). */
  debug?: boolean;
  /** Child entry script; tests use a fault-injecting one. Default: acta's own child.js. */
  entry?: string;
}

export interface Job {
  path: string | null;
  bytes: Uint8Array;
  options: DocOptions;
  fingerprint: Fingerprint;
  format: 'pretty' | 'compact';
  onPage?: (done: number, total: number) => void;
}

export type Outcome = { ok: true; json: string; pages: number } | { ok: false; error: ErrorData; pages: number };

interface Slot {
  proc: ChildProcess;
  docs: number;
  job?: Running;
  exited: Promise<void>;
  stderrTail: string;
}

interface Running {
  id: number;
  job: Job;
  resolve: (o: Outcome & { worn?: boolean }) => void;
  lastProgress: number;
  /** Time allowed since lastProgress: see budget(). */
  allowMs: number;
  mediaType: string;
  done: number;
  total: number;
  /** Why the parent killed the child, when it did. */
  killedFor?: ErrorData;
}

const POLL_MS = 250;

export class ChildPool {
  private readonly slots = new Set<Slot>();
  private readonly idle: Slot[] = [];
  private readonly waiting: Array<() => void> = [];
  private nextId = 1;
  private closing = false;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly opts: ChildPoolOptions) {
    this.timer = setInterval(() => this.watch(), POLL_MS);
    this.timer.unref();
  }

  /** Converts one document in a child; never rejects: every failure comes back as an error outcome. */
  async run(job: Job): Promise<Outcome> {
    const first = await this.runOnce(job);
    // A child that worked on other documents first may have died of their leftovers: give the document one more go.
    if (!first.ok && first.worn && !this.closing && (first.error.code === 'crashed' || first.error.code === 'memory-limit')) {
      return this.runOnce(job, true);
    }
    return first;
  }

  private async runOnce(job: Job, fresh = false): Promise<Outcome & { worn?: boolean }> {
    const slot = fresh ? await this.acquireFresh() : await this.acquire();
    if (!slot) return { ok: false, error: { code: 'interrupted', stage: 'run', message: 'the batch was stopped' }, pages: 0 };
    return new Promise<Outcome>((resolve) => {
      const running: Running = { id: this.nextId++, job, resolve, lastProgress: Date.now(), allowMs: 0, mediaType: '', done: 0, total: 0 };
      running.allowMs = this.budget(running);
      slot.job = running;
      slot.docs++;
      const msg: JobMessage = { type: 'job', id: running.id, path: job.path, bytes: job.bytes, options: job.options, fingerprint: job.fingerprint, format: job.format };
      slot.proc.send(msg, (err) => { if (err) this.kill(slot, { code: 'crashed', stage: 'run', message: `could not reach the worker process (${err.message})` }); });
    });
  }

  /** Stops every child: idle ones are asked to exit, busy ones are terminated; waits until all are gone. */
  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.timer);
    for (const w of this.waiting.splice(0)) w();
    const all = [...this.slots];
    for (const s of all) {
      if (s.job) s.proc.kill('SIGTERM');
      else if (s.proc.connected) s.proc.send({ type: 'stop' });
    }
    const grace = setTimeout(() => { for (const s of all) s.proc.kill('SIGKILL'); }, 3000);
    await Promise.all(all.map((s) => s.exited));
    clearTimeout(grace);
  }

  /** A newly started child, retiring an idle one when the pool is full. */
  private async acquireFresh(): Promise<Slot | undefined> {
    const old = this.slots.size >= this.opts.size ? this.idle.pop() : undefined;
    if (old) { this.slots.delete(old); if (old.proc.connected) old.proc.send({ type: 'stop' }); }
    if (!this.closing && this.slots.size < this.opts.size) return this.spawn();
    return this.acquire();
  }

  private async acquire(): Promise<Slot | undefined> {
    for (;;) {
      if (this.closing) return undefined;
      const free = this.idle.pop();
      if (free) return free;
      if (this.slots.size < this.opts.size) return this.spawn();
      await new Promise<void>((r) => this.waiting.push(r));
    }
  }

  private release(slot: Slot): void {
    slot.job = undefined;
    const worn = slot.docs >= (this.opts.recycleAfter ?? 200) || rssOf(slot.proc.pid) > this.opts.maxMemoryMb * 1024 * 1024 * 0.5;
    if (worn && !this.closing) {
      this.slots.delete(slot);
      if (slot.proc.connected) slot.proc.send({ type: 'stop' });
    } else if (!this.closing) {
      this.idle.push(slot);
    }
    this.waiting.shift()?.();
  }

  private spawn(): Slot {
    const { entry, execArgv } = this.opts.entry ? { entry: this.opts.entry, execArgv: [] } : childEntry();
    const proc = fork(entry, [], {
      execArgv: [...execArgv, `--max-old-space-size=${this.opts.maxMemoryMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', this.opts.debug ? 'inherit' : 'pipe', 'ipc'],
      env: { ...process.env, ACTA_CHILD_OCR_JOBS: String(this.opts.ocrJobs) },
    });
    let onExit!: () => void;
    const slot: Slot = { proc, docs: 0, exited: new Promise<void>((r) => { onExit = r; }), stderrTail: '' };
    // pdf.js and tesseract.js print warnings; keep only the end for the crash message (an OOM report).
    proc.stderr?.on('data', (d: Buffer) => { slot.stderrTail = (slot.stderrTail + d.toString('utf8')).slice(-2000); });
    proc.on('message', (m: FromChild) => this.onMessage(slot, m));
    proc.on('error', () => undefined);
    proc.on('exit', (code, signal) => { this.onExit(slot, code, signal); onExit(); });
    this.slots.add(slot);
    return slot;
  }

  private onMessage(slot: Slot, m: FromChild): void {
    const r = slot.job;
    if (m.type === 'ready' || !r || m.id !== r.id) return;
    if (m.type === 'started') { r.mediaType = m.mediaType; return; }
    if (m.type === 'page') {
      r.done = m.done; r.total = m.total; r.lastProgress = Date.now(); r.allowMs = this.budget(r);
      r.job.onPage?.(m.done, m.total);
      return;
    }
    this.release(slot);
    r.resolve(m.type === 'done' ? { ok: true, json: m.json, pages: m.pages } : { ok: false, error: m.error, pages: r.total });
  }

  private onExit(slot: Slot, code: number | null, signal: NodeJS.Signals | null): void {
    this.slots.delete(slot);
    const i = this.idle.indexOf(slot);
    if (i >= 0) this.idle.splice(i, 1);
    const r = slot.job;
    slot.job = undefined;
    if (r) {
      const oom = /heap out of memory|Allocation failed/i.test(slot.stderrTail);
      const error: ErrorData = r.killedFor ?? (this.closing
        ? { code: 'interrupted', stage: stageOf(r), message: 'the batch was stopped' }
        : oom
          ? { code: 'memory-limit', stage: stageOf(r), message: `the document needed more than ${this.opts.maxMemoryMb} MiB of heap`, hint: 'raise --max-memory, or split the file' }
          : { code: 'crashed', stage: stageOf(r), message: `the worker process died (${signal ?? `exit code ${code}`})`, hint: 'the file may be damaged; open it in a viewer, or re-export it' });
      r.resolve({ ok: false, error, pages: r.total, worn: slot.docs > 1 });
    }
    this.waiting.shift()?.();
  }

  /** Enforces the per-page time budget and the memory bound on busy children. */
  private watch(): void {
    const now = Date.now();
    for (const slot of this.slots) {
      const r = slot.job;
      if (!r || r.killedFor) continue;
      if (now - r.lastProgress > r.allowMs) {
        const where = r.total > 0 ? ` (page ${Math.min(r.done + 1, r.total)} of ${r.total})` : '';
        this.kill(slot, { code: 'timeout', stage: stageOf(r), message: `no progress for ${Math.round(r.allowMs / 1000)} s${where}; stopped`,
          hint: 'raise --timeout (seconds per page), or check the file in a viewer' });
        continue;
      }
      const rss = rssOf(slot.proc.pid);
      if (rss > this.opts.maxMemoryMb * 1024 * 1024) {
        this.kill(slot, { code: 'memory-limit', stage: stageOf(r), message: `used more than ${this.opts.maxMemoryMb} MiB of memory; stopped`,
          hint: 'raise --max-memory, or split the file' });
      }
    }
  }

  /**
   * The time budget from the last progress on: one --timeout per page; before the first page (opening the file, or a
   * whole text input) one more per MiB of input; after the last page (cleanup and segmentation of the whole text)
   * one more per 100 pages.
   */
  private budget(r: Running): number {
    const t = this.opts.timeoutSeconds * 1000;
    if (r.total === 0) return t * (1 + Math.floor(r.job.bytes.length / 2 ** 20));
    if (r.done >= r.total) return t * (1 + Math.floor(r.total / 100));
    return t;
  }

  private kill(slot: Slot, why: ErrorData): void {
    if (slot.job && !slot.job.killedFor) slot.job.killedFor = why;
    slot.proc.kill('SIGKILL');
  }
}

function stageOf(r: Running): string {
  if (r.mediaType === 'application/pdf') return r.total > 0 && r.done >= r.total ? 'clean' : 'pdf';
  if (r.mediaType.startsWith('image/')) return r.done >= 1 ? 'clean' : 'ocr';
  return r.mediaType ? 'clean' : 'read';
}

/** Resident set size of a process from /proc (Linux); 0 where that is not available, so only the heap limit applies. */
export function rssOf(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return Number.isFinite(pages) ? pages * 4096 : 0;
  } catch {
    return 0;
  }
}

/** dist/batch/child.js when built; src/batch/child.ts through tsx when running from source (tests). */
function childEntry(): { entry: string; execArgv: string[] } {
  const js = fileURLToPath(new URL('./child.js', import.meta.url));
  if (existsSync(js)) return { entry: js, execArgv: [] };
  return { entry: fileURLToPath(new URL('./child.ts', import.meta.url)), execArgv: ['--import', 'tsx'] };
}
