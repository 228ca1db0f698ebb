// OCR must work with no network and must not write to the working directory (tesseract.js caches language data
// in the cwd by default). The child runs in an empty temp dir with every network entry point patched to throw;
// where `unshare -n` is available it also runs in a network namespace with no interfaces at all.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const here = import.meta.dirname;
const root = path.join(here, '..', '..');
// tsx's loader by absolute URL: a bare 'tsx' would be resolved from the empty temp cwd.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const cwd = mkdtempSync(path.join(tmpdir(), 'acta-offline-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function canUnshare(): boolean {
  try { execFileSync('unshare', ['-n', 'true'], { stdio: 'ignore' }); return true; } catch { return false; }
}

describe('offline OCR', () => {
  it('reads a scanned PDF and a TIFF with no network, writes nothing to the cwd, and exits by itself', () => {
    const node = [process.execPath, '--require', path.join(here, 'block-network.cjs'), '--import', tsxLoader,
      path.join(here, 'offline-child.mts'), path.join(root, 'fixtures/scan/scan.pdf'), path.join(root, 'fixtures/scan/pages.tiff')];
    const [cmd, ...args] = canUnshare() ? ['unshare', '-n', ...node] : node;
    const env = { ...process.env, HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9' };
    const res = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 90_000 });
    expect(res.error).toBeUndefined(); // a timeout (hanging worker) shows up here
    expect(res.stderr).not.toContain('NETWORK-ATTEMPT');
    expect(res.stderr).toContain('BLOCKER-LOADED main');
    expect(res.stderr).toContain('BLOCKER-LOADED worker'); // the patch also reached the tesseract.js worker threads
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout) as { pdf: string[]; tiff: string[] };
    expect(out.pdf).toHaveLength(2);
    expect(out.pdf[0]).toContain('Lectura y aprobación del acta anterior.');
    expect(out.tiff[1]).toContain('tesorera');
    expect(readdirSync(cwd)).toEqual([]);
  });
});
