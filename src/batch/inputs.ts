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
  /** The extension outStem dropped ("" for none), used to tell apart "x.pdf" and "x.txt". */
  ext: string;
  /** Stable identity for --shard: the path relative to its directory argument ("/"-separated), or the file name. */
  key: string;
}

export interface InputProblem {
  path: string;
  error: ActaError;
}

export async function expandInputs(args: readonly string[]): Promise<{ inputs: InputRef[]; problems: InputProblem[] }> {
  const inputs: InputRef[] = [];
  const problems: InputProblem[] = [];
  for (const arg of args) {
    if (arg === '-') { inputs.push({ path: null, outStem: 'stdin', ext: '', key: '-' }); continue; }
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
      const found = await walk(arg, problems);
      if (found.length === 0) {
        problems.push({ path: arg, error: new ActaError('no-inputs', `the directory has no inputs (${INPUT_EXTENSIONS.join(' ')})`,
          'point acta at a folder that contains minutes', 'read') });
      }
      for (const f of found) {
        const rel = path.relative(arg, f);
        inputs.push({ path: f, outStem: stripExt(rel), ext: path.extname(rel), key: rel.split(path.sep).join('/') });
      }
    } else {
      inputs.push({ path: arg, outStem: stripExt(path.basename(arg)), ext: path.extname(arg), key: path.basename(arg) });
    }
  }
  return { inputs, problems };
}

/** Sorted recursive listing; symlinked files are followed, symlinked folders are not (they can loop). */
async function walk(dir: string, problems: InputProblem[]): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: dir, error: new ActaError('dir-unreadable', `cannot list the folder (${(e as NodeJS.ErrnoException).code})`, 'check its permissions', 'read') });
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...await walk(full, problems));
    else if (!INPUT_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) continue;
    else if (e.isFile() || (e.isSymbolicLink() && (await stat(full).catch(() => undefined))?.isFile())) out.push(full);
  }
  return out;
}

/** "X.ocr.txt" -> "X.ocr": only the last extension goes. */
export function stripExt(name: string): string {
  const ext = path.extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}
