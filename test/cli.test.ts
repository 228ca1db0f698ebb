import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { schemaErrors } from '../src/emit/schema.js';
import { acta, fixture, root, sharedDir } from './helpers.js';

const fixtures = readdirSync(path.join(root, 'fixtures')).filter((f) => f.endsWith('.txt'));
let tmp: string;
beforeAll(() => { tmp = mkdtempSync(path.join(tmpdir(), 'acta-cli-')); });
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

describe('acta parse', () => {
  it.each(fixtures)('emits a schema-valid document for fixtures/%s', (name) => {
    const r = acta(['parse', fixture(name)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.source.path).toBe(fixture(name));
    expect(doc.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.source.mediaType).toBe('text/plain');
    expect(doc.text.length).toBeGreaterThan(100);
  });

  it('reads standard input when the input is -', () => {
    const r = acta(['parse', '-'], { input: 'ACTA DE REUNION\nAsistentes: Juan Perez, Maria Soto\n' });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source.path).toBeNull();
    expect(doc.language).toBe('es');
    expect(schemaErrors(doc)).toEqual([]);
  });

  it('gives the same text for UTF-8, Latin-1 and UTF-16 twins', () => {
    const utf8 = readFileSync(fixture('acta-comite-sin-acentos.txt'), 'utf8') + 'Señora Núñez – cierre\n';
    const files = {
      'twin-utf8.txt': Buffer.from(utf8, 'utf8'),
      'twin-latin1.txt': Buffer.from(utf8.replace('–', '-'), 'latin1'),
      'twin-utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')]),
    };
    // Latin-1 has no en dash; the twin uses a hyphen there, so compare it to a UTF-8 file with the same hyphen.
    writeFileSync(path.join(tmp, 'twin-utf8-hyphen.txt'), Buffer.from(utf8.replace('–', '-'), 'utf8'));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(tmp, name), bytes);
    const text = (name: string): string => JSON.parse(acta(['parse', path.join(tmp, name)]).stdout).text;
    expect(text('twin-utf16.txt')).toBe(text('twin-utf8.txt'));
    expect(text('twin-latin1.txt')).toBe(text('twin-utf8-hyphen.txt'));
    expect(text('twin-utf8.txt')).toContain('Núñez');
  });

  it('writes one file per input into --out-dir, dropping only the last extension', () => {
    const out = path.join(tmp, 'out-names');
    const input = path.join(tmp, 'doc-a.ocr.txt');
    writeFileSync(input, readFileSync(fixture('acta-junta-vecinal-ocr.txt')));
    const r = acta(['parse', input, fixture('library-board-minutes.txt'), '--out-dir', out]);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['doc-a.ocr.json', 'library-board-minutes.json']);
    expect(schemaErrors(JSON.parse(readFileSync(path.join(out, 'doc-a.ocr.json'), 'utf8')))).toEqual([]);
  });

  it('writes NDJSON in input order', () => {
    const r = acta(['parse', fixture('library-board-minutes.txt'), fixture('acta-comite-sin-acentos.txt'), '--ndjson']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((d) => d.language)).toEqual(['en', 'es']);
  });

  it('processes the good inputs, reports a bad one in one line and exits 1', () => {
    const out = path.join(tmp, 'out-bad');
    const empty = path.join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const r = acta(['parse', fixture('library-board-minutes.txt'), empty, path.join(tmp, 'missing.txt'), fixture('acta-comite-sin-acentos.txt'), '--out-dir', out, '--quiet']);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.includes('empty.txt'))).toMatch(/empty.*\[empty-input\]/);
    expect(lines.find((l) => l.includes('missing.txt'))).toMatch(/no such file.*\[file-not-found\]/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out).sort()).toEqual(['acta-comite-sin-acentos.json', 'library-board-minutes.json']);
  });

  it('reports a binary file and a directory with no inputs', () => {
    const bin = path.join(tmp, 'photo.txt');
    writeFileSync(bin, Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0x00, 0x10]));
    const emptyDir = path.join(tmp, 'nothing-here');
    rmSync(emptyDir, { recursive: true, force: true });
    mkdirSync(emptyDir);
    const r = acta(['parse', bin, emptyDir, '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/photo\.txt: .*binary.*\[binary-input\]/);
    expect(r.stderr).toMatch(/nothing-here: .*no inputs.*\[no-inputs\]/);
  });

  it('exits 2 with the usage line on wrong usage', () => {
    const r = acta(['parse', '--lang', 'fr', fixture('library-board-minutes.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--lang/);
    const r2 = acta(['parse']);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toMatch(/missing required argument/);
    expect(acta(['frobnicate']).status).toBe(2);
  });

  it('documents the exit codes in --help', () => {
    const r = acta(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*0[\s\S]*1[\s\S]*2/);
    expect(acta(['parse', '--help']).stdout).toMatch(/--out-dir/);
  });
});

describe('acta schema', () => {
  it('prints the shipped schema, which equals the shared contract', () => {
    const r = acta(['schema']);
    expect(r.status).toBe(0);
    const shipped = readFileSync(path.join(root, 'schema', 'minutes.schema.json'), 'utf8');
    expect(r.stdout).toBe(shipped);
    const shared = path.join(sharedDir, 'contract', 'minutes.schema.json');
    expect(existsSync(shared)).toBe(true);
    expect(JSON.parse(shipped)).toEqual(JSON.parse(readFileSync(shared, 'utf8')));
  });
});
