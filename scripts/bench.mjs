#!/usr/bin/env node
// npm run bench [-- --ocr] : throughput and start-up figures, measured as ratios within one run
// (absolute times on shared machines are noisy). Uses the built library in dist/ (npm run build first).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = path.join(root, '..', 'shared');
const { values } = parseArgs({ options: { ocr: { type: 'boolean', default: false }, runs: { type: 'string', default: '7' } } });
const runs = Number(values.runs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => { const t = process.hrtime.bigint(); const r = fn(); return [Number(process.hrtime.bigint() - t) / 1e6, r]; };

function wall(cmd, args) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(time(() => spawnSync(cmd, args, { stdio: 'ignore' }))[0]);
  return median(samples);
}

console.log('# Start-up (median of %d runs)', runs);
const nodeMs = wall(process.execPath, ['-e', '0']);
const fixture = path.join(root, 'fixtures', 'acta-junta-vecinal-ocr.txt');
const actaMs = wall(process.execPath, [path.join(root, 'bin', 'acta.js'), 'parse', fixture]);
console.log(`node -e 0: ${nodeMs.toFixed(0)} ms; acta parse (short text): ${actaMs.toFixed(0)} ms; ratio ${(actaMs / nodeMs).toFixed(1)}x; acta's own cost ${(actaMs - nodeMs).toFixed(0)} ms`);

const { cleanup, loadLexicon } = await import(path.join(root, 'dist', 'cleanup', 'index.js'));
const { segment } = await import(path.join(root, 'dist', 'segment', 'index.js'));
const { applyEdits } = await import(path.join(root, 'dist', 'offsets', 'apply-edits.js'));
const { detectLanguage } = await import(path.join(root, 'dist', 'lang', 'detect.js'));
const { normaliseText } = await import(path.join(root, 'dist', 'input', 'text.js'));

// Each document is cleaned and segmented on its own, as acta does: the corpus as a list of documents, and the long
// real minutes as one.
const docs = [];
const real = path.join(shared, 'real', '001.source.txt');
if (existsSync(real)) docs.push(['real/001.source.txt', [normaliseText(readFileSync(real, 'utf8'))]]);
const corpus = path.join(shared, 'corpus');
if (existsSync(corpus)) {
  const all = readdirSync(corpus).filter((f) => /\.(ocr|noaccent)\.txt$/.test(f)).sort().map((f) => normaliseText(readFileSync(path.join(corpus, f), 'utf8')));
  docs.push([`corpus ocr+noaccent (${all.length} documents)`, all]);
}
for (const lang of ['es', 'en']) loadLexicon(lang);
const WARMUP = 3;
const STEADY = 100;
console.log('\n# Cleanup and segmentation (one core, lexicon loaded, median of %d runs)', runs);
console.log('Each run times cleanup, then segmentation of the cleaned text with its source, as the pipeline calls them:');
console.log('the two alternate, so both see the same machine. "Early": after %d warm-up passes, as in a short batch;', WARMUP);
console.log('"steady": after %d more, as in a long batch once the JIT has compiled the hot code.', STEADY);
for (const [name, raws] of docs) {
  const inputs = raws.map((raw) => ({ raw, lang: detectLanguage(raw).lang, words: [], pageSpans: [{ start: 0, end: raw.length, origin: 'text' }] }));
  const cleaned = inputs.map((input) => applyEdits(input.raw, cleanup(input)).text);
  const cleanAll = () => { for (const input of inputs) cleanup(input); };
  const segAll = () => { cleaned.forEach((c, i) => segment(c, inputs[i].lang, inputs[i].raw)); };
  const measure = () => {
    const clean = [];
    const seg = [];
    for (let i = 0; i < runs; i++) { clean.push(time(cleanAll)[0]); seg.push(time(segAll)[0]); }
    return [median(clean), median(seg)];
  };
  for (let i = 0; i < WARMUP; i++) { cleanAll(); segAll(); }
  const early = measure();
  for (let i = 0; i < STEADY; i++) { cleanAll(); segAll(); }
  const steady = measure();
  const chars = raws.reduce((n, r) => n + r.length, 0);
  const mb = raws.reduce((n, r) => n + Buffer.byteLength(r, 'utf8'), 0) / 1e6;
  console.log(`${name}: ${chars} chars`);
  for (const [label, [cleanMs, segMs]] of [['early', early], ['steady', steady]]) {
    console.log(`  ${label.padEnd(6)} cleanup ${cleanMs.toFixed(1)} ms = ${(mb / (cleanMs / 1000)).toFixed(2)} MB/s; ` +
      `segment ${segMs.toFixed(1)} ms = +${((segMs / cleanMs) * 100).toFixed(0)}% of cleanup`);
  }
}

const textPdf = path.join(shared, 'real', '001.source.pdf');
if (existsSync(textPdf)) {
  const { readPdf } = await import(path.join(root, 'dist', 'input', 'pdf.js'));
  const { createOcrPool } = await import(path.join(root, 'dist', 'ocr', 'pool.js'));
  const pool = createOcrPool({ jobs: 1 });
  const bytes = new Uint8Array(readFileSync(textPdf));
  const t = process.hrtime.bigint();
  const pages = await readPdf(bytes, { ocr: 'never', lang: 'auto', pool });
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  await pool.close();
  console.log(`\n# Born-digital PDF text layer\nreal/001.source.pdf: ${pages.length} pages in ${s.toFixed(2)} s = ${(pages.length / s).toFixed(0)} pages/s`);
}

if (values.ocr) {
  console.log('\n# OCR (scripts/bench-ocr)');
  const script = readdirSync(path.join(root, 'scripts')).find((f) => f.startsWith('bench-ocr'));
  if (script) spawnSync(process.execPath, [...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), path.join(root, 'scripts', script)], { stdio: 'inherit' });
} else {
  console.log('\n(OCR throughput: npm run bench -- --ocr; it takes a few minutes)');
}
