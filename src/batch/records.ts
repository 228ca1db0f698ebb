// Errors as data. --errors FILE: NDJSON, one failure per line, rewritten by each run. --manifest FILE: NDJSON of
// every input (input, sha256, output, status), appended by each run so later runs and other tools can pick up; a
// line is one write() of a complete line, and readers skip a last line cut short by a kill.
import { closeSync, openSync, writeSync } from 'node:fs';
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
  version: string;
  options: string;
}

export function errorRecord(input: string | null, e: ErrorData): ErrorRecord {
  return { input: input ?? '-', stage: e.stage, code: e.code, message: e.message, ...(e.hint ? { hint: e.hint } : {}) };
}

export function manifestRecord(input: string | null, sha256: string | null, output: string | null, fp: Fingerprint,
  status: ManifestRecord['status'], error?: ErrorData): ManifestRecord {
  return {
    input: input ?? '-', sha256, output, status,
    ...(error ? { code: error.code, message: error.message } : {}),
    version: fp.version, options: fp.options,
  };
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
