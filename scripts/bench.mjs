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

const texts = [];
const real = path.join(shared, 'real', '001.source.txt');
if (existsSync(real)) texts.push(['real/001.source.txt', normaliseText(readFileSync(real, 'utf8'))]);
const corpus = path.join(shared, 'corpus');
if (existsSync(corpus)) {
  const all = readdirSync(corpus).filter((f) => /\.(ocr|noaccent)\.txt$/.test(f)).sort().map((f) => readFileSync(path.join(corpus, f), 'utf8'));
  texts.push(['corpus ocr+noaccent concatenated', normaliseText(all.join('\f'))]);
}
for (const lang of ['es', 'en']) loadLexicon(lang);
console.log('\n# Cleanup and segmentation (one core, lexicon already loaded, median of %d runs)', runs);
for (const [name, raw] of texts) {
  const lang = detectLanguage(raw).lang;
  const input = { raw, lang, words: [], pageSpans: [{ start: 0, end: raw.length, origin: 'text' }] };
  cleanup(input); // warm-up
  const cleanMs = median(Array.from({ length: runs }, () => time(() => cleanup(input))[0]));
  const cleaned = applyEdits(raw, cleanup(input)).text;
  const segMs = median(Array.from({ length: runs }, () => time(() => segment(cleaned, lang))[0]));
  const mb = Buffer.byteLength(raw, 'utf8') / 1e6;
  console.log(`${name}: ${raw.length} chars; cleanup ${cleanMs.toFixed(1)} ms = ${(mb / (cleanMs / 1000)).toFixed(2)} MB/s; ` +
    `segment ${segMs.toFixed(1)} ms = +${((segMs / cleanMs) * 100).toFixed(0)}% of cleanup`);
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
