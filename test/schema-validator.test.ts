import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compileSchema } from '../src/emit/schema.js';
import { processText } from '../src/index.js';
import { root } from './helpers.js';

// The CLI uses the validator that the build precompiles; it must judge exactly as Ajv compiling the schema does.
describe('precompiled schema validator', () => {
  const built = path.join(root, 'dist', 'emit', 'validate-minutes.js');

  it('is built and agrees with Ajv on valid and broken documents', async () => {
    expect(existsSync(built)).toBe(true);
    const standalone = (await import(built)).default as (d: unknown) => boolean;
    const runtime = await compileSchema();
    const text = readFileSync(path.join(root, 'fixtures', readdirSync(path.join(root, 'fixtures')).find((f) => f.endsWith('.txt'))!), 'utf8');
    const good = processText(text);
    const broken: unknown[] = [
      { ...good, schemaVersion: '2' },
      { ...good, header: { ...good.header, date: '2021-13-45' } },
      { ...good, header: { ...good.header, startTime: '25:00' } },
      { ...good, source: { ...good.source, sha256: 'xyz' } },
      { ...good, corrections: [{ original: 'a', corrected: 'b', start: -1, end: 0, kind: 'ocr', confidence: 0.5 }] },
      { ...good, attendees: [{ name: 'A', organization: null, role: null, status: 'maybe' }] },
      (({ warnings: _w, ...rest }) => rest)(good),
    ];
    expect(standalone(good)).toBe(true);
    expect(runtime(good)).toBe(true);
    for (const doc of broken) {
      expect(standalone(doc)).toBe(false);
      expect(runtime(doc)).toBe(false);
    }
  });
});
