// Errors as data. --errors FILE: NDJSON, one failure per line, rewritten by each run. --manifest FILE: NDJSON of
// every input (input, sha256, output, status), appended by each run so later runs and other tools can pick up; a
// line is one write() of a complete line, and readers skip a last line cut short by a kill.
import { closeSync, existsSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { ActaError } from '../errors.js';
import type { ErrorData, Fingerprint } from './protocol.js';

export interface ErrorRecord {
  input: string;
  stage: string;
  code: string;
  message: string;
  hint?: string;
}

export interface ManifestRecord {
  input: string;
  sha256: string | null;
  output: string | null;
  /** done: written by this run; skipped: already up to date (--resume); failed: see code and message. */
  status: 'done' | 'skipped' | 'failed';
  code?: string;
  message?: string;
  pages?: number;
  /** Wall time of the conversion, to size --timeout and plan shards. */
  ms?: number;
  /** Size and mtime of the output as written, so a later --resume can trust this line without parsing it. */
  bytes?: number;
  mtimeMs?: number;
  version: string;
  options: string;
}

export interface ManifestFacts {
  sha256: string | null;
  output: string | null;
  status: ManifestRecord['status'];
  error?: ErrorData;
  pages?: number;
  ms?: number;
}

export function errorRecord(input: string | null, e: ErrorData): ErrorRecord {
  return { input: input ?? '-', stage: e.stage, code: e.code, message: e.message, ...(e.hint ? { hint: e.hint } : {}) };
}

export function manifestRecord(input: string | null, f: ManifestFacts, fp: Fingerprint): ManifestRecord {
  let written: { bytes: number; mtimeMs: number } | undefined;
  if (f.status !== 'failed' && f.output) {
    try { const st = statSync(f.output); written = { bytes: st.size, mtimeMs: st.mtimeMs }; } catch { /* gone already */ }
  }
  return {
    input: input ?? '-', sha256: f.sha256, output: f.output, status: f.status,
    ...(f.error ? { code: f.error.code, message: f.error.message } : {}),
    ...(f.pages !== undefined ? { pages: f.pages } : {}), ...(f.ms !== undefined ? { ms: f.ms } : {}),
    ...written, version: fp.version, options: fp.options,
  };
}

/**
 * True when the last manifest line for an input says its output, made from these bytes by this version with these
 * options, is still the file that was written then (same size and mtime).
 */
export function vouches(rec: ManifestRecord | undefined, sha256: string, output: string, fp: Fingerprint): boolean {
  if (!rec || rec.status === 'failed' || rec.sha256 !== sha256 || rec.output !== output) return false;
  if (rec.version !== fp.version || rec.options !== fp.options || rec.bytes === undefined) return false;
  try {
    const st = statSync(output);
    return st.size === rec.bytes && st.mtimeMs === rec.mtimeMs;
  } catch {
    return false;
  }
}

export function readManifest(file: string): Map<string, ManifestRecord> {
  return existsSync(file) ? parseManifest(readFileSync(file, 'utf8')) : new Map();
}

/** An NDJSON file written line by line with synchronous appends. */
export class NdjsonFile {
  private fd: number;

  constructor(readonly file: string, mode: 'truncate' | 'append') {
    try {
      this.fd = openSync(file, mode === 'truncate' ? 'w' : 'a');
    } catch (e) {
      throw new ActaError('write-failed', `cannot open ${file} (${(e as NodeJS.ErrnoException).code})`, 'choose a path you can write to', 'write');
    }
  }

  write(record: object): void {
    writeSync(this.fd, JSON.stringify(record) + '\n');
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Reads a manifest, keeping the last line per input; a torn or foreign line is skipped. */
export function parseManifest(text: string): Map<string, ManifestRecord> {
  const out = new Map<string, ManifestRecord>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as ManifestRecord;
      if (typeof r.input === 'string' && typeof r.status === 'string') out.set(r.input, r);
    } catch { /* a line cut short by a kill */ }
  }
  return out;
}
