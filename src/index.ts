// acta's library API. The CLI is a thin shell over these functions.
import { readBytes, fromText, sha256 } from './input/index.js';
import { ActaError } from './errors.js';
import { toMinutes, clean, type StageOptions } from './pipeline.js';
import { createOcrPool, type OcrPool } from './ocr/pool.js';
import { readInput as readInputFile } from './batch/read.js';
import { sniffMediaType } from './input/sniff.js';
import type { Minutes } from './types.js';

export type { Minutes, Header, Attendee, AgendaItem, DiscussionPart, Agreement, Closing, Correction, Lang } from './types.js';
export { ActaError, EXIT } from './errors.js';
export { schemaErrors } from './emit/schema.js';
export { WordMemory } from './cleanup/index.js';
export { createOcrPool } from './ocr/pool.js';
export type { OcrPool } from './ocr/pool.js';

export interface ProcessOptions extends StageOptions {
  /** PDFs: 'auto' (default) uses a page's text layer when it is good and OCR otherwise. */
  ocr?: 'auto' | 'always' | 'never';
  /** OCR workers to use; one is created (and closed afterwards) when none is given. */
  pool?: OcrPool;
  /** Called after each page of a paged input. */
  onPage?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Cleans and segments minutes given as text. `path` is recorded in `source.path`. */
export function processText(text: string, options: StageOptions & { path?: string | null } = {}): Minutes {
  const bytes = new TextEncoder().encode(text);
  if (text.trim() === '') throw new ActaError('empty-input', 'the text is empty', 'pass the text of a set of minutes', 'decode');
  return toMinutes(fromText(text, options.path ?? null, sha256(bytes)), options);
}

/** Processes input bytes of any supported kind (text, PDF, PNG/JPEG/TIFF). */
export async function processBytes(bytes: Uint8Array, path: string | null, options: ProcessOptions = {}): Promise<Minutes> {
  // Only paged inputs need OCR workers; a pool made here is ours to close.
  const own = options.pool || sniffMediaType(bytes) === 'text/plain' ? undefined : createOcrPool({ jobs: 1 });
  try {
    const raw = await readBytes(bytes, path, {
      ocr: options.ocr ?? 'auto', lang: options.lang ?? 'auto', pool: options.pool ?? own,
      onPage: options.onPage, signal: options.signal,
    });
    return toMinutes(raw, options);
  } finally {
    await own?.close();
  }
}

/** Reads and processes one file. */
export async function processFile(path: string, options: ProcessOptions = {}): Promise<Minutes> {
  return processBytes(await readInputFile(path), path, options);
}

/** Reads an input file, mapping file-system errors to ActaErrors with stable codes. */
export { readInputFile, clean, toMinutes };
