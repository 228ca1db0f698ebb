import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mkdirs } from '../../src/batch/mkdirs.js';

describe('mkdirs', () => {
  it('creates missing parents and accepts a directory that exists', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'acta-mkdirs-'));
    const deep = path.join(root, 'a', 'b', 'c');
    await mkdirs(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    await mkdirs(deep);
    await mkdirs(root);
    rmSync(root, { recursive: true, force: true });
  });

  it('fails at once where no directory can be made (Node 20 recursive mkdir loops forever under /proc)', async () => {
    if (!existsSync('/proc/self')) return expect(process.platform).not.toBe('linux');
    await expect(mkdirs('/proc/acta-no-such/x')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
