// A run killed with SIGKILL can leave a temporary file from writeAtomic; the next run over the same --out-dir removes
// those whose writer is no longer alive (the name carries the writer's pid).
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

const TEMP = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

export async function sweepStaleTemps(dir: string): Promise<number> {
  let removed = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) { removed += await sweepStaleTemps(full); continue; }
    const m = TEMP.exec(e.name);
    if (m && e.isFile() && !alive(Number(m[1]))) { await rm(full, { force: true }); removed++; }
  }
  return removed;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
