// Any failure as plain data (code, stage, one-line message, hint): what error records and manifests store.
import { ActaError } from '../errors.js';
import type { ErrorData } from './protocol.js';

export function toErrorData(e: unknown): ErrorData {
  if (e instanceof ActaError) return { code: e.code, stage: e.stage, message: oneLine(e.message), ...(e.hint ? { hint: e.hint } : {}) };
  const msg = e instanceof Error ? e.message : String(e);
  return { code: 'internal', stage: 'run', message: oneLine(`internal error: ${msg}`), hint: 'this is a bug in acta; please report it with the input file' };
}

/** Error records are one line each, whatever the underlying exception printed. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 500);
}

/** The same one-line format as formatError() in src/errors.ts, from error data. */
export function formatErrorData(file: string | null, e: ErrorData): string {
  return `acta: ${file === null ? '<stdin>' : file}: ${e.message}${e.hint ? ` (${e.hint})` : ''} [${e.code}]`;
}
