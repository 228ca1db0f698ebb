// SIGKILL at any moment + --resume == an uninterrupted run, byte for byte; Ctrl-C stops cleanly with exit 130.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { acta, bin, fixture, root } from '../helpers.js';
import { listFiles, snapshot, tempDir, variant } from './tmp.js';
import { validPdf } from '../../scripts/make-malformed-pdfs.mjs';

const N = Number(process.env.ACTA_KILL_FILES) || 120;
let inDir: string;
let clean: Record<string, string>;

beforeAll(() => {
  inDir = tempDir('kill-in');
  const texts = ['acta-comite-sin-acentos.txt', 'acta-junta-vecinal-ocr.txt', 'library-board-minutes.txt'].map((f) => readFileSync(fixture(f), 'utf8'));
  for (let i = 0; i < N; i++) writeFileSync(path.join(inDir, `doc-${String(i).padStart(4, '0')}.txt`), variant(texts[i % 3], i));
  writeFileSync(path.join(inDir, 'doc-0050.pdf'), validPdf({ pages: 3 }));
  writeFileSync(path.join(inDir, 'doc-0051.txt'), ''); // a failure must survive resume as the same error record
  const out = tempDir('kill-clean');
  const r = acta(['parse', inDir, '-o', out, '--jobs', '2', '-q', '--error-files']);
  expect(r.status, r.stderr).toBe(1);
  clean = snapshot(out);
}, 120_000);

function start(out: string, extra: string[] = []): ChildProcess {
  return spawn(process.execPath, [bin, 'parse', inDir, '-o', out, '--jobs', '2', '-q', '--resume', '--error-files', ...extra], { cwd: root, stdio: 'ignore' });
}

/** Resolves once `out` holds at least `n` finished outputs (polling, as a watching operator would). */
async function until(out: string, n: number, p: ChildProcess): Promise<void> {
  for (;;) {
    if (p.exitCode !== null) return;
    if (listFiles(out).filter((f) => f.endsWith('.json')).length >= n) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const exited = (p: ChildProcess): Promise<number | null> => new Promise((r) => { if (p.exitCode !== null) r(p.exitCode); else p.once('exit', (c) => r(c)); });

describe('kill -9 and resume', () => {
  it('gives exactly the outputs of an uninterrupted run after two kills', async () => {
    const out = tempDir('kill-out');
    let killed = 0;
    for (const n of [Math.floor(N / 4), Math.floor(N / 2)]) {
      const p = start(out);
      await until(out, n, p);
      if (p.exitCode === null) { p.kill('SIGKILL'); killed++; }
      await exited(p);
    }
    const done = listFiles(out).length;
    const last = start(out);
    expect(await exited(last)).toBe(1); // the empty input fails again, nothing else
    expect(killed).toBe(2);
    expect(done).toBeLessThan(Object.keys(clean).length);
    expect(snapshot(out)).toEqual(clean);
  }, 120_000);

  it('stops on SIGINT with exit 130, keeps finished outputs and leaves no temp file', async () => {
    const out = tempDir('int-out');
    const p = start(out);
    await until(out, 10, p);
    p.kill('SIGINT');
    expect(await exited(p)).toBe(130);
    const files = listFiles(out);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const f of files) expect(readFileSync(path.join(out, f), 'utf8')).toBe(clean[f]);
  }, 60_000);
});
