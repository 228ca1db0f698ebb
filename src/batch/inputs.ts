// Expands the CLI's input arguments: files as given, directories walked recursively (sorted, so runs are
// repeatable), '-' for standard input.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ActaError } from '../errors.js';

/** File endings taken from a directory; files named explicitly are taken whatever their ending. */
export const INPUT_EXTENSIONS = ['.txt', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff'];

export interface InputRef {
  /** File path, or null for standard input. */
  path: string | null;
  /** Output path relative to --out-dir without extension (mirrors the folder structure below a directory argument). */
  outStem: string;
}

export interface InputProblem {
  path: string;
  error: ActaError;
}

export async function expandInputs(args: readonly string[]): Promise<{ inputs: InputRef[]; problems: InputProblem[] }> {
  const inputs: InputRef[] = [];
  const problems: InputProblem[] = [];
  for (const arg of args) {
    if (arg === '-') { inputs.push({ path: null, outStem: 'stdin' }); continue; }
    let info;
    try {
      info = await stat(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({ path: arg, error: code === 'ENOENT'
        ? new ActaError('file-not-found', 'no such file or directory', 'check the path', 'read')
        : new ActaError('file-unreadable', `cannot read it (${code})`, 'check the path and permissions', 'read') });
      continue;
    }
    if (info.isDirectory()) {
      const found = await walk(arg);
      if (found.length === 0) {
        problems.push({ path: arg, error: new ActaError('no-inputs', `the directory has no inputs (${INPUT_EXTENSIONS.join(' ')})`,
          'point acta at a folder that contains minutes', 'read') });
      }
      for (const f of found) inputs.push({ path: f, outStem: stripExt(path.relative(arg, f)) });
    } else {
      inputs.push({ path: arg, outStem: stripExt(path.basename(arg)) });
    }
  }
  return { inputs, problems };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...await walk(full));
    else if (e.isFile() && INPUT_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

/** "X.ocr.txt" -> "X.ocr": only the last extension goes. */
export function stripExt(name: string): string {
  const ext = path.extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}
