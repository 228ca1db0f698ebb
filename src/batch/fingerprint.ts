// What made an output: acta's version and a hash of the options that change the JSON (not --jobs, not --timeout).
// Stored in the output as "acta": {...}; with the input's sha256 in source.sha256 it tells --resume what is up to date.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { DocOptions, Fingerprint } from './protocol.js';

export function fingerprint(version: string, options: DocOptions): Fingerprint {
  // The word list counts by its content, not its path; without one the hash is what it always was.
  const parts: unknown[] = [options.lang, options.ocr, options.minConfidence ?? null];
  if (options.words) parts.push(options.words.sha256);
  const canonical = JSON.stringify(parts);
  return { version, options: createHash('sha256').update(canonical).digest('hex').slice(0, 16) };
}

/** True when `file` is a complete output made from these input bytes by this version with these options. */
export async function upToDate(file: string, inputSha256: string, fp: Fingerprint): Promise<boolean> {
  let doc: { source?: { sha256?: unknown }; acta?: Partial<Fingerprint> };
  try {
    doc = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return false; // missing, unreadable or not JSON: redo it
  }
  return doc?.source?.sha256 === inputSha256 && doc.acta?.version === fp.version && doc.acta?.options === fp.options;
}
