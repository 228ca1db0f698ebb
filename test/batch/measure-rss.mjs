#!/usr/bin/env node
// Measures memory of a large text batch: peak RSS of the parent and of parent+children up to the 100th output and up
// to the last, sampled from /proc every 50 ms (Linux). Not part of the suite: node test/batch/measure-rss.mjs [N] [JOBS]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const n = Number(process.argv[2]) || 1000;
const jobs = process.argv[3] || '2';
const texts = ['acta-comite-sin-acentos.txt', 'acta-junta-vecinal-ocr.txt', 'library-board-minutes.txt'].map((f) => readFileSync(path.join(root, 'fixtures', f), 'utf8'));
const inDir = mkdtempSync(path.join(tmpdir(), 'acta-rss-in-'));
const out = mkdtempSync(path.join(tmpdir(), 'acta-rss-out-'));
for (let i = 0; i < n; i++) writeFileSync(path.join(inDir, `doc-${String(i).padStart(5, '0')}.txt`), texts[i % 3].replace(/\n/, `\nExpediente ${i}.\n`));

const rss = (pid) => { try { return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096; } catch { return 0; } };
const childrenOf = (pid) => readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((d) => {
  try { return readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1] === String(pid); } catch { return false; }
});
const t0 = Date.now();
const p = spawn(process.execPath, [path.join(root, 'bin', 'acta.js'), 'parse', inDir, '-o', out, '--jobs', jobs, '-q'], { stdio: 'inherit' });
const mb = (b) => (b / 1024 / 1024).toFixed(0);
const peak = { parent: 0, total: 0 };
let at100;
const timer = setInterval(() => {
  const parent = rss(p.pid);
  const total = parent + childrenOf(p.pid).reduce((s, c) => s + rss(c), 0);
  peak.parent = Math.max(peak.parent, parent);
  peak.total = Math.max(peak.total, total);
  if (!at100 && readdirSync(out).length >= 100) at100 = { ...peak, s: (Date.now() - t0) / 1000 };
}, 50);
p.on('exit', (code) => {
  clearInterval(timer);
  const done = readdirSync(out).length;
  console.log(`exit ${code}; ${done} outputs in ${((Date.now() - t0) / 1000).toFixed(1)} s with --jobs ${jobs}`);
  if (at100) console.log(`peak RSS up to 100 outputs: parent ${mb(at100.parent)} MiB, parent+children ${mb(at100.total)} MiB (${at100.s.toFixed(1)} s)`);
  console.log(`peak RSS up to ${done} outputs: parent ${mb(peak.parent)} MiB, parent+children ${mb(peak.total)} MiB`);
});
