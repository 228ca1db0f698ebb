// Builds data/lexicon/<lang>.lex from the hunspell dictionaries (all inflected forms) plus the hand-kept
// <lang>-extra.txt, as sorted lines "key" or "key\tform,form" (key = foldKey(form)) for binary search at run time,
// behind a table of line offsets (format in src/cleanup/lexicon-file.ts): loading is one read, no gunzip, no scan.
// Deterministic: run `npx tsx scripts/build-lexicon.ts` after changing a dictionary version or an extra list.
import fs from 'node:fs';
import path from 'node:path';
import { HunspellReader } from 'hunspell-reader';
import { foldKey } from '../src/cleanup/fold.js';
import { packLexicon } from '../src/cleanup/lexicon-file.js';
import { dataDir, packageRoot } from '../src/paths.js';

const WORD = /^[\p{L}][\p{L}'’.-]*$/u;

async function expand(pkg: string): Promise<string[]> {
  const dir = path.join(packageRoot, 'node_modules', pkg);
  const reader = await HunspellReader.createFromFiles(path.join(dir, 'index.aff'), path.join(dir, 'index.dic'));
  const words: string[] = [];
  for (const w of reader) words.push(w.normalize('NFC'));
  return words;
}

function readExtra(lang: string): string[] {
  const file = path.join(dataDir, 'lexicon', `${lang}-extra.txt`);
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim().normalize('NFC')).filter(Boolean);
}

export function encodeLexicon(words: Iterable<string>): Buffer {
  const byKey = new Map<string, Set<string>>();
  for (const w of words) {
    if (!WORD.test(w) || w.includes('.')) continue;
    const key = foldKey(w);
    let set = byKey.get(key);
    if (!set) byKey.set(key, (set = new Set()));
    set.add(w);
  }
  const lines: Buffer[] = [];
  for (const [key, set] of byKey) {
    const forms = [...set].sort();
    const line = forms.length === 1 && forms[0] === key ? key : `${key}\t${forms.join(',')}`;
    lines.push(Buffer.from(line, 'utf8'));
  }
  // Byte order of the key part: the run-time binary search compares raw UTF-8 bytes up to the tab.
  lines.sort((a, b) => Buffer.compare(keyPart(a), keyPart(b)));
  return Buffer.from(lines.map((l) => l.toString('utf8')).join('\n') + '\n', 'utf8');
}

function keyPart(line: Buffer): Buffer {
  const tab = line.indexOf(9);
  return tab < 0 ? line : line.subarray(0, tab);
}

// Counts, in accented real-world minutes, how often each form of an accent-ambiguous key is written: a domain
// prior for publica/pública-like choices (hunspell has no frequencies). Only counts are kept, never text.
function buildPrior(lang: string, buf: Buffer, sources: string[]): string {
  const counts = new Map<string, number>();
  for (const file of sources) {
    const text = fs.readFileSync(file, 'utf8').normalize('NFC');
    for (const m of text.matchAll(/\p{L}+/gu)) {
      const w = m[0].toLowerCase();
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const lines: string[] = [];
  for (const line of buf.toString('utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const forms = [...new Set(line.slice(tab + 1).split(',').map((f) => f.toLowerCase()))];
    if (forms.length < 2) continue;
    const row = forms.map((f) => [f, counts.get(f) ?? 0] as const).filter(([, n]) => n > 0);
    if (row.length) lines.push(`${line.slice(0, tab)}\t${row.map(([f, n]) => `${f}:${n}`).join(',')}`);
  }
  return `# ${lang}: form counts of accent-ambiguous keys in ${sources.length} accented real minutes (build-lexicon.ts)\n` +
    lines.join('\n') + '\n';
}

const PRIOR_SOURCES: Record<string, string[]> = {
  es: ['001.source.txt', '002.source.txt', '003.source.txt', '011.source.txt'],
  en: [],
};

// Typed real minutes per language (shared/real), for word frequencies: which of two OCR readings minutes use.
const FREQUENCY_SOURCES: Record<string, string[]> = {
  es: ['001.source.txt', '002.source.txt', '003.source.txt', '011.source.txt'],
  en: ['014.source.txt', '015.source.txt', '016.source.txt', '017.source.txt'],
};

// How often each dictionary word is written in typed real minutes (counts of two or more; only counts are kept,
// never text): OCR correction's tie-breaker between two equally likely readings ("trom": "from" or "tram").
function buildFrequencies(lang: string, buf: Buffer, sources: string[]): string {
  const known = new Set<string>();
  for (const line of buf.toString('utf8').split('\n')) {
    // "key<tab>form,form", or just the key when it is the only form.
    const tab = line.indexOf('\t');
    for (const f of tab < 0 ? [line] : line.slice(tab + 1).split(',')) known.add(f.toLowerCase());
  }
  const counts = new Map<string, number>();
  for (const file of sources) {
    const text = fs.readFileSync(file, 'utf8').normalize('NFC');
    for (const m of text.matchAll(/\p{L}+/gu)) {
      const w = m[0].toLowerCase();
      if (known.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const rows = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return `# ${lang}: dictionary words written two or more times in ${sources.length} typed real minutes (build-lexicon.ts)\n` +
    rows.map(([w, n]) => `${w}\t${n}`).join('\n') + '\n';
}

async function main(): Promise<void> {
  const realDir = process.argv[2] ?? path.join(packageRoot, '..', 'shared', 'real');
  // English minutes come from both sides of the Atlantic (and India, Australia, Ireland...): the US and the British
  // dictionaries together, so that "organisation" and "councillor" are words as "organization" and "councilor" are.
  const DICTIONARIES: Array<[string, string[]]> = [['es', ['dictionary-es']], ['en', ['dictionary-en', 'dictionary-en-gb']]];
  for (const [lang, pkgs] of DICTIONARIES) {
    const words: string[] = [];
    for (const pkg of pkgs) for (const w of await expand(pkg)) words.push(w);
    words.push(...readExtra(lang));
    const buf = encodeLexicon(words);
    const out = path.join(dataDir, 'lexicon', `${lang}.lex`);
    fs.writeFileSync(out, packLexicon(buf));
    const sources = PRIOR_SOURCES[lang].map((f) => path.join(realDir, f)).filter((f) => fs.existsSync(f));
    if (sources.length) fs.writeFileSync(path.join(dataDir, 'lexicon', `${lang}-prior.tsv`), buildPrior(lang, buf, sources));
    const typed = FREQUENCY_SOURCES[lang].map((f) => path.join(realDir, f)).filter((f) => fs.existsSync(f));
    if (typed.length) fs.writeFileSync(path.join(dataDir, 'lexicon', `${lang}-freq.tsv`), buildFrequencies(lang, buf, typed));
    console.log(`${lang}: ${words.length} forms, ${buf.length} bytes -> ${out} (${fs.statSync(out).size} bytes)`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) await main();
