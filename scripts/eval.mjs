#!/usr/bin/env node
// npm run eval -- [--corpus ../shared/corpus] [--variants ocr,noaccent] [--out DIR] [--per-doc] [--json FILE]
// Runs acta over the corpus inputs of the chosen variants, then prints the scorer's table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.join(root, '..', 'shared', 'corpus') },
    variants: { type: 'string', default: 'ocr,noaccent' },
    out: { type: 'string' },
    'per-doc': { type: 'boolean', default: false },
    json: { type: 'string' },
    jobs: { type: 'string' },
  },
});
const SUFFIX = { ocr: '.ocr.txt', noaccent: '.noaccent.txt', text: '.text.pdf', scan: '.scan.pdf' };
const corpus = path.resolve(values.corpus);
const scorer = path.join(corpus, '..', 'eval', 'score.mjs');
if (!existsSync(corpus) || !existsSync(scorer)) {
  console.error(`eval: no corpus at ${corpus} (or no scorer at ${scorer}); pass --corpus DIR`);
  process.exit(2);
}
const variants = values.variants.split(',').map((v) => v.trim()).filter(Boolean);
for (const v of variants) if (!SUFFIX[v]) { console.error(`eval: unknown variant ${v} (ocr, noaccent, text, scan)`); process.exit(2); }
const files = readdirSync(corpus).filter((f) => variants.some((v) => f.endsWith(SUFFIX[v]))).sort().map((f) => path.join(corpus, f));
const out = values.out ? path.resolve(values.out) : mkdtempSync(path.join(tmpdir(), 'acta-eval-'));

const started = process.hrtime.bigint();
const args = [path.join(root, 'bin', 'acta.js'), 'parse', ...files, '--out-dir', out, '--quiet'];
if (values.jobs) args.push('--jobs', values.jobs);
const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`acta parse: ${files.length} inputs, exit ${run.status}, ${seconds.toFixed(1)} s`);

const scoreArgs = [scorer, '--truth', corpus, '--out', out, '--variants', variants.join(',')];
if (values['per-doc']) scoreArgs.push('--per-doc');
if (values.json) scoreArgs.push('--json', path.resolve(values.json));
const score = spawnSync(process.execPath, scoreArgs, { stdio: 'inherit' });
if (!values.out) rmSync(out, { recursive: true, force: true });
process.exit(score.status ?? 1);
