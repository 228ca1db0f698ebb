// Segmentation harness: run segment() on every corpus X.noaccent.txt / X.ocr.txt and write contract
// JSON to OUT (default /tmp/segment-out), then score with /work/shared/eval/score.mjs.
// Usage: npx tsx scripts/segment-eval.ts [--out DIR] [--cleanup] [--only ID]
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { segment } from '../src/segment/index.js';
import type { Lang } from '../src/types.js';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const corpus = opt('--corpus') ?? '/work/shared/corpus';
const out = opt('--out') ?? '/tmp/segment-out';
const only = opt('--only');
const useCleanup = args.includes('--cleanup');
mkdirSync(out, { recursive: true });

type CleanFn = (text: string, lang: Lang, variant: string) => string;
let clean: CleanFn = (t) => t;
if (useCleanup) {
  const cleanupPath = path.resolve('src/cleanup/index.ts');
  if (existsSync(cleanupPath)) {
    const mod = (await import(cleanupPath)) as Record<string, unknown>;
    const applyMod = (await import(path.resolve('src/offsets/apply-edits.ts'))) as Record<string, unknown>;
    const cleanup = mod.cleanup as ((...a: unknown[]) => unknown) | undefined;
    const applyEdits = applyMod.applyEdits as ((raw: string, edits: unknown) => { text: string }) | undefined;
    if (cleanup && applyEdits) {
      clean = (t, lang, variant) => {
        // Page spans as the input stage would give them: one per \f page, OCR for the ocr variant.
        const pageSpans: Array<{ start: number; end: number; origin: string }> = [];
        let start = 0;
        for (const page of t.split('\f')) {
          pageSpans.push({ start, end: start + page.length, origin: variant === 'ocr' ? 'ocr' : 'text' });
          start += page.length + 1;
        }
        const edits = cleanup({ raw: t, lang, words: [], pageSpans }) as unknown[];
        return applyEdits(t, edits).text;
      };
    }
  }
}

let segMs = 0;
let cleanMs = 0;
for (const f of readdirSync(corpus).filter((n) => n.endsWith('.truth.json')).sort()) {
  const id = f.replace(/\.truth\.json$/, '');
  if (only && id !== only) continue;
  const truth = JSON.parse(readFileSync(path.join(corpus, f), 'utf8')) as { language: Lang };
  for (const variant of ['noaccent', 'ocr']) {
    const input = path.join(corpus, `${id}.${variant}.txt`);
    if (!existsSync(input)) continue;
    const raw = readFileSync(input, 'utf8');
    // Warm pass first so the timings compare steady-state costs, not module and lexicon loading.
    segment(clean(raw, truth.language, variant), truth.language);
    const t0c = performance.now();
    const cleaned = clean(raw, truth.language, variant);
    cleanMs += performance.now() - t0c;
    const t0 = performance.now();
    const s = segment(cleaned, truth.language);
    segMs += performance.now() - t0;
    const { zones: _z, ...sections } = s;
    const doc = {
      schemaVersion: '1',
      source: { path: input, sha256: createHash('sha256').update(raw).digest('hex'), mediaType: 'text/plain', pages: null, textOrigin: 'text' },
      language: truth.language,
      ...sections,
      corrections: [],
    };
    writeFileSync(path.join(out, `${id}.${variant}.json`), JSON.stringify(doc, null, 2));
  }
}
console.error(`segment() total ${segMs.toFixed(1)} ms; cleanup total ${cleanMs.toFixed(1)} ms`);
if (!only) {
  const report = execFileSync('node', ['/work/shared/eval/score.mjs', '--truth', corpus, '--out', out, '--variants', 'ocr,noaccent', ...(args.includes('--per-doc') ? ['--per-doc'] : [])], { encoding: 'utf8' });
  process.stdout.write(report);
}
