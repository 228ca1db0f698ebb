// Temporary folders for CLI tests, and the names of every file below one (to prove nothing is left behind).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
// Each test file gets its own copy of this module, so its folders go when that file's tests are done.
afterAll(() => { for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true }); });

export const tempDir = (tag: string): string => {
  const dir = mkdtempSync(path.join(tmpdir(), `acta-${tag}-`));
  made.push(dir);
  return dir;
};

/** Dirent types, not stat(): a temp file renamed away mid-listing must not make a polling test throw. */
export function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

/** Every file below `dir` with its bytes, for byte-for-byte comparisons of two output folders. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

/** Distinct documents made from the fixtures: numbered so every file has its own bytes and output. */
export function variant(text: string, i: number): string {
  return text.replace(/\n/, `\nExpediente ${i}.\n`);
}
