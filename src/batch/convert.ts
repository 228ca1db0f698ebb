// Converts one document to its output JSON: shared by the child processes and the in-process path for a lone
// text input.
import { processBytes, type ProcessOptions } from '../index.js';
import { ActaError } from '../errors.js';
import type { OcrPool } from '../ocr/pool.js';
import type { DocOptions, Fingerprint } from './protocol.js';
import { loadWordList } from '../learn/load.js';

export interface Converted {
  json: string;
  pages: number;
}

export async function convertDocument(
  bytes: Uint8Array, path: string | null, options: DocOptions, fingerprint: Fingerprint, format: 'pretty' | 'compact',
  pool: OcrPool | undefined, onPage?: (done: number, total: number) => void,
): Promise<Converted> {
  const minutes = await processBytes(bytes, path, {
    lang: options.lang, ocr: options.ocr, minConfidence: options.minConfidence, pool,
    // Only a fixed word list, never words learned from other documents of this run: determinism across --jobs.
    memory: options.words ? await loadWordList(options.words.path, options.words.sha256) : undefined,
    onPage,
  } satisfies ProcessOptions);
  const out = { ...minutes, acta: fingerprint };
  const json = format === 'pretty' ? JSON.stringify(out, null, 2) + '\n' : JSON.stringify(out) + '\n';
  return { json, pages: minutes.source.pages ?? 0 };
}

/**
 * The pipeline after reading tags its own failures as ActaErrors; anything else escaped the reader (pdf.js throwing
 * on a broken page tree or object), which means a damaged file, not a bug.
 */
export function damaged(e: unknown, mediaType: string): unknown {
  if (e instanceof ActaError || !(e instanceof Error)) return e;
  if (mediaType === 'application/pdf') {
    return new ActaError('pdf-invalid', `the PDF is damaged (${e.message})`, 'check that the file is complete; re-export it, or repair it with `qpdf in.pdf repaired.pdf`', 'pdf');
  }
  if (mediaType.startsWith('image/')) {
    return new ActaError('image-invalid', `the image is damaged (${e.message})`, 'check that the file is a complete image', 'read');
  }
  return e;
}
