// Messages between the batch parent and its child processes (IPC with 'advanced' serialization, so bytes travel
// as Uint8Array without base64).

/** Options that change the output; they make the fingerprint, so nothing else may go in here. */
export interface DocOptions {
  lang: 'es' | 'en' | 'auto';
  ocr: 'auto' | 'always' | 'never';
  minConfidence?: number;
  /** A word list from `acta learn` (--words): read-only evidence for every document's cleanup. */
  words?: { path: string; sha256: string };
}

/** Stored in every output as the top-level "acta" field: what made this file (used by --resume). */
export interface Fingerprint {
  version: string;
  options: string;
}

export interface JobMessage {
  type: 'job';
  id: number;
  path: string | null;
  bytes: Uint8Array;
  options: DocOptions;
  fingerprint: Fingerprint;
  /** 'pretty' for files and a single stdout document, 'compact' for NDJSON. */
  format: 'pretty' | 'compact';
}

export interface StopMessage { type: 'stop' }

export type ToChild = JobMessage | StopMessage;

export interface ErrorData {
  code: string;
  stage: string;
  message: string;
  hint?: string;
}

export type FromChild =
  | { type: 'ready' }
  | { type: 'started'; id: number; mediaType: string }
  | { type: 'page'; id: number; done: number; total: number }
  | { type: 'done'; id: number; json: string; pages: number; rss: number }
  | { type: 'failed'; id: number; error: ErrorData; rss: number };
