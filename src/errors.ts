// One error class for every problem acta reports to a user. Problems in *content* (a word it cannot fix, a section it
// cannot find) are warnings in the output; an ActaError means an input could not be turned into minutes at all.

export class ActaError extends Error {
  /** Stable machine-readable code, e.g. 'file-not-found', 'pdf-encrypted'. */
  readonly code: string;
  /** What the user can do about it, one short sentence. */
  readonly hint?: string;
  /** Pipeline stage that failed: 'read', 'decode', 'pdf', 'ocr', 'clean', 'segment', 'emit', 'write'. */
  stage: string;

  constructor(code: string, message: string, hint?: string, stage = 'read') {
    super(message);
    this.name = 'ActaError';
    this.code = code;
    this.hint = hint;
    this.stage = stage;
  }
}

/** Exit codes, as documented in the README and `acta --help`. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, internal: 3, interrupted: 130 } as const;

export function isActaError(e: unknown): e is ActaError {
  return e instanceof ActaError;
}

/** One line for stderr: "acta: <file>: <message> (<hint>)". */
export function formatError(file: string | null, e: unknown): string {
  const where = file === null ? '<stdin>' : file;
  if (isActaError(e)) return `acta: ${where}: ${e.message}${e.hint ? ` (${e.hint})` : ''} [${e.code}]`;
  const msg = e instanceof Error ? e.message : String(e);
  return `acta: ${where}: internal error: ${msg} [internal] (please report this with the input file)`;
}
