// Creates a directory and its missing parents one level at a time. Node 20's mkdir({ recursive: true }) never
// returns for a path under a pseudo file system that answers ENOENT to every mkdir (e.g. /proc/x): it retries forever.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export async function mkdirs(dir: string): Promise<void> {
  const abs = path.resolve(dir);
  const missing: string[] = [];
  for (let d = abs; ; d = path.dirname(d)) {
    try {
      await mkdir(d);
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') break;
      if (code !== 'ENOENT' || path.dirname(d) === d) throw e;
      missing.push(d); // its parent is missing too: create that first
    }
  }
  for (const d of missing.reverse()) {
    try {
      await mkdir(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
