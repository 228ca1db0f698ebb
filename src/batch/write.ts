// Atomic output: write a temporary file beside the target, flush it, then rename over the target, so a killed run
// leaves either the old file or the new one, never half a file.
import { open, rename, rm } from 'node:fs/promises';
import { mkdirs } from './mkdirs.js';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ActaError } from '../errors.js';

export async function writeAtomic(target: string, data: string): Promise<void> {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdirs(dir);
    const fh = await open(tmp, 'wx');
    try {
      await fh.writeFile(data, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    const hint = code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? 'choose an --out-dir you can write to' : code === 'ENOSPC' ? 'free some disk space' : 'check the output directory';
    throw new ActaError('write-failed', `cannot write ${target} (${code ?? (e as Error).message})`, hint, 'write');
  }
}
