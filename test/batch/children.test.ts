// The child pool against a fault-injecting child: hangs, crashes and memory growth cost one document, not the batch.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ChildPool, type Job } from '../../src/batch/children.js';

const entry = fileURLToPath(new URL('./faulty-child.mjs', import.meta.url));
const job = (text: string): Job => ({
  path: path.join('/in', text), bytes: new TextEncoder().encode(text), options: { lang: 'auto', ocr: 'auto' },
  fingerprint: { version: 't', options: 'o' }, format: 'compact',
});
let pool: ChildPool | undefined;
afterEach(async () => { await pool?.close(); pool = undefined; });

describe('ChildPool', () => {
  it('converts documents and reuses children', async () => {
    pool = new ChildPool({ size: 2, ocrJobs: 1, timeoutSeconds: 5, maxMemoryMb: 512, entry });
    const outs = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((t) => pool!.run(job(t))));
    const pids = new Set(outs.map((o) => (o.ok ? JSON.parse(o.json).pid : 0)));
    expect(outs.every((o) => o.ok)).toBe(true);
    expect(pids.size).toBeLessThanOrEqual(2);
  });

  it('kills a hung child after the timeout and goes on', async () => {
    pool = new ChildPool({ size: 1, ocrJobs: 1, timeoutSeconds: 1, maxMemoryMb: 512, entry });
    const t0 = Date.now();
    const [hung, next] = await Promise.all([pool.run(job('hang')), pool.run(job('fine'))]);
    expect(hung).toMatchObject({ ok: false, error: { code: 'timeout', stage: 'clean' } });
    expect(next.ok).toBe(true);
    expect(Date.now() - t0).toBeLessThan(4000);
  });

  it('allows one more timeout per MiB of input before the first page', async () => {
    pool = new ChildPool({ size: 1, ocrJobs: 1, timeoutSeconds: 1, maxMemoryMb: 512, entry });
    const t0 = Date.now();
    const out = await pool.run(job('hang' + ' '.repeat(2.5 * 2 ** 20)));
    expect(out).toMatchObject({ ok: false, error: { code: 'timeout', message: expect.stringContaining('no progress for 3 s') } });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(3000);
  });

  it('gives each page the whole time budget', async () => {
    pool = new ChildPool({ size: 1, ocrJobs: 1, timeoutSeconds: 1, maxMemoryMb: 512, entry });
    const out = await pool.run(job('pages:12')); // 1.8 s in all, 0.15 s per page
    expect(out).toMatchObject({ ok: true, pages: 12 });
  });

  it('turns a crash or a fatal signal into an error record', async () => {
    pool = new ChildPool({ size: 1, ocrJobs: 1, timeoutSeconds: 5, maxMemoryMb: 512, entry });
    expect(await pool.run(job('crash'))).toMatchObject({ ok: false, error: { code: 'crashed', message: expect.stringContaining('exit code 7') } });
    expect(await pool.run(job('segv'))).toMatchObject({ ok: false, error: { code: 'crashed', message: expect.stringContaining('SIGSEGV') } });
    expect((await pool.run(job('after'))).ok).toBe(true);
  });

  it('gives a document one more go in a fresh child when a used child dies under it', async () => {
    pool = new ChildPool({ size: 1, ocrJobs: 1, timeoutSeconds: 5, maxMemoryMb: 512, entry });
    const a = await pool.run(job('a'));
    const flaky = await pool.run(job('flaky'));
    expect(flaky.ok).toBe(true);
    expect(flaky.ok && a.ok && JSON.parse(flaky.json).pid).not.toBe(a.ok && JSON.parse(a.json).pid);
    await pool.run(job('b'));
    expect(await pool.run(job('crash'))).toMatchObject({ ok: false, error: { code: 'crashed', message: expect.stringContaining('exit code 7') } });
  });

  it('stops a child that outgrows the memory bound', async () => {
    pool = new ChildPool({ size: 1, ocrJobs: 1, timeoutSeconds: 10, maxMemoryMb: 300, entry });
    expect(await pool.run(job('grow'))).toMatchObject({ ok: false, error: { code: 'memory-limit' } });
    expect((await pool.run(job('after'))).ok).toBe(true);
  });

  it('answers "interrupted" for work cut short by close()', async () => {
    pool = new ChildPool({ size: 1, ocrJobs: 1, timeoutSeconds: 10, maxMemoryMb: 512, entry });
    const pending = pool.run(job('hang'));
    await new Promise((r) => setTimeout(r, 300));
    await pool.close();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'interrupted' } });
  });
});
