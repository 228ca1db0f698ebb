// Shared test helpers: run the built CLI as a user would, and locate the shared corpus.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const bin = path.join(root, 'bin', 'acta.js');
export const sharedDir = path.join(root, '..', 'shared');
export const corpusDir = path.join(sharedDir, 'corpus');
export const fixture = (name: string): string => path.join(root, 'fixtures', name);

export function acta(args: string[], opts: { input?: string | Uint8Array; cwd?: string; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], {
    input: opts.input, cwd: opts.cwd ?? root, encoding: 'utf8', env: opts.env ?? { ...process.env }, maxBuffer: 64 * 1024 * 1024,
  });
}

export function requireCorpus(): void {
  if (!existsSync(corpusDir)) throw new Error(`the shared corpus is missing at ${corpusDir}; CI checks it out beside the project`);
}
