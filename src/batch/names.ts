// Output names: "<input name minus its last extension>.json" below --out-dir, made unique without depending on the
// order of the inputs, and never outside --out-dir.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { ActaError } from '../errors.js';
import type { InputRef } from './inputs.js';

export interface NamedInput extends InputRef {
  /** Output path relative to --out-dir, without ".json". */
  name: string;
  /** Set when the name had to change because another input had the same one. */
  renamed: boolean;
}

/**
 * Inputs whose names clash (ignoring case, as on macOS and Windows) all keep their extension ("001.pdf.json",
 * "001.txt.json"); names that still clash get "~" and 8 hex digits of the hash of the input path. "x.error" clashes
 * with "x" because "x.error.json" is where the error record of "x" goes.
 */
export function uniqueNames(inputs: readonly InputRef[]): NamedInput[] {
  const names = inputs.map((inp) => safeStem(inp.outStem));
  const renamed = inputs.map(() => false);
  const widen = (name: (i: number) => string): void => {
    for (const group of clashes(names)) for (const i of group) { names[i] = name(i); renamed[i] = true; }
  };
  widen((i) => safeStem(inputs[i].outStem + inputs[i].ext));
  widen((i) => `${names[i]}~${shortHash(inputs[i].path ?? '-')}`);
  widen((i) => `${names[i]}~${i + 1}`); // the same path given twice
  return inputs.map((inp, i) => ({ ...inp, name: names[i], renamed: renamed[i] }));
}

function clashes(names: readonly string[]): number[][] {
  const byKey = new Map<string, number[]>();
  names.forEach((n, i) => {
    const key = n.toLowerCase().replace(/\.error$/, '');
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  return [...byKey.values()].filter((g) => g.length > 1);
}

/** Control characters (newlines in file names) become "_"; ".." segments cannot climb out of --out-dir. */
export function safeStem(stem: string): string {
  const parts = stem.split(/[\\/]+/).map((p) => p.replace(/[\x00-\x1f\x7f]/g, '_')).map((p) => (p === '..' || p === '.' || p === '' ? '_' : p));
  return parts.join('/');
}

export function shortHash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 8);
}

/** The absolute output path, checked to be inside the output directory. */
export function outputPath(outDir: string, name: string, suffix: string): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, name + suffix);
  if (!target.startsWith(root + path.sep)) {
    throw new ActaError('unsafe-name', `the output name ${JSON.stringify(name)} would fall outside --out-dir`, 'rename the input file', 'write');
  }
  return target;
}
