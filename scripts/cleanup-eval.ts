// Measures cleanup alone on the corpus: writes OUT/<id>.<variant>.json whose `text` is the cleaned raw input,
// then runs the shared scorer. Usage: npx tsx scripts/cleanup-eval.ts [OUT] [--corpus DIR] [--per-doc] [--batch-memory]
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { tokenize } from '../src/cleanup/tokens.js';
import { cleanup, WordMemory } from '../src/cleanup/index.js';
import { applyEdits } from '../src/offsets/apply-edits.js';
import type { Lang } from '../src/types.js';
import { packageRoot } from '../src/paths.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const corpus = flag('--corpus') ?? path.join(packageRoot, '..', 'shared', 'corpus');
// Each document alone by default, as `acta parse` runs them; --batch-memory shares learned words across them.
const batchMemory = args.includes('--batch-memory') ? (args.splice(args.indexOf('--batch-memory'), 1), true) : false;
const perDoc = args.includes('--per-doc') ? args.splice(args.indexOf('--per-doc'), 1) && ['--per-doc'] : [];
const out = args[0] ?? '/tmp/acta-cleanup-eval';
fs.mkdirSync(out, { recursive: true });

const empty = { title: null, subtitle: null, organization: null, sessionNumber: null, date: null, startTime: null, endTime: null, location: null };
let chars = 0;
let ms = 0;
const memory = { ocr: new WordMemory(), noaccent: new WordMemory() };
for (const file of fs.readdirSync(corpus).filter((f) => f.endsWith('.truth.json')).sort()) {
  const id = file.replace(/\.truth\.json$/, '');
  const lang = JSON.parse(fs.readFileSync(path.join(corpus, file), 'utf8')).language as Lang;
  for (const variant of ['ocr', 'noaccent'] as const) {
    const input = path.join(corpus, `${id}.${variant}.txt`);
    if (!fs.existsSync(input)) continue;
    const raw = fs.readFileSync(input, 'utf8').replace(/\r\n?/g, '\n');
        const t0 = performance.now();
    let at = 0;
    const pageSpans = raw.split('\f').map((page) => {
      const span = { start: at, end: at + page.length, origin: variant === 'ocr' ? 'ocr' as const : 'text' as const };
      at += page.length + 1;
      return span;
    });
    const edits = cleanup({ raw, lang, words: [], pageSpans, memory: batchMemory ? memory[variant] : undefined });
    // cleanup() only reads a batch memory; the harness learns each document into it afterwards.
    if (batchMemory) memory[variant].learn(tokenize(raw));
    ms += performance.now() - t0;
    chars += raw.length;
    const text = applyEdits(raw, edits).text;
    const doc = {
      schemaVersion: '1', source: { path: input, sha256: '0'.repeat(64), mediaType: 'text/plain', pages: null, textOrigin: 'text' },
      language: lang, header: empty, attendees: [], agenda: [], discussion: [], agreements: [],
      closing: { preparedBy: null, preparedOn: null, nextMeeting: null, distribution: null, adjournedAt: null },
      text, corrections: edits.map((e) => ({ original: raw.slice(e.start, e.end), corrected: e.text, start: e.start, end: e.end, kind: e.kind, confidence: e.confidence })),
    };
    fs.writeFileSync(path.join(out, `${id}.${variant}.json`), JSON.stringify(doc, null, 1));
  }
}
console.log(`cleanup: ${chars} chars in ${ms.toFixed(0)} ms (${(chars / 1e3 / Math.max(ms, 1)).toFixed(2)} MB/s)`);
console.log(execFileSync('node', [path.join(corpus, '..', 'eval', 'score.mjs'), '--truth', corpus, '--out', out,
  '--variants', 'ocr,noaccent', '--json', path.join(out, 'report.json'), ...perDoc], { encoding: 'utf8' }));
