// The pipeline, in order: read -> language -> cleanup -> apply edits -> segment -> emit (+ schema check).
import type { Doc, RawDoc } from './doc.js';
import { ActaError } from './errors.js';
import { cleanup, type WordMemory } from './cleanup/index.js';
import { assertValid } from './emit/schema.js';
import { buildMinutes } from './emit/minutes.js';
import { detectLanguage } from './lang/detect.js';
import { applyEdits, type Applied } from './offsets/apply-edits.js';
import { segment } from './segment/index.js';
import type { Lang, Minutes } from './types.js';

export interface StageOptions {
  /** 'auto' (default) detects the language per document. */
  lang?: Lang | 'auto';
  /** Corrections below this confidence are neither applied nor listed. */
  minConfidence?: number;
  /** Words learned across a batch (names, institutions). */
  memory?: WordMemory;
}

export interface Cleaned {
  doc: Doc;
  applied: Applied;
}

/** Language and cleanup: the part of the pipeline `acta clean` needs. */
export function clean(raw: RawDoc, options: StageOptions = {}): Cleaned {
  const lang = options.lang && options.lang !== 'auto' ? options.lang : detectLanguage(raw.raw).lang;
  const edits = stage('clean', () => cleanup(
    { raw: raw.raw, lang, words: raw.words, pageSpans: raw.pageSpans, memory: options.memory },
    { minConfidence: options.minConfidence },
  ));
  const applied = applyEdits(raw.raw, edits);
  const doc: Doc = { ...raw, lang, edits: applied.edits, warnings: [...raw.warnings] };
  return { doc, applied };
}

/** The whole text pipeline after reading. */
export function toMinutes(raw: RawDoc, options: StageOptions = {}): Minutes {
  const { doc, applied } = clean(raw, options);
  // The raw text too: cleanup drops markup lines (rules, directives) that still tell where sections start.
  // Bullets cleanup dropped still tell where list items start.
  const bulletStarts = applied.edits.filter((e) => e.rule === 'dropBullets').map((e) => applied.fromRaw(e.start));
  const sections = stage('segment', () => segment(applied.text, doc.lang, raw.raw, { bulletStarts }));
  return stage('emit', () => assertValid(buildMinutes(doc, applied, sections)));
}

/** Tags an unexpected exception with the stage it came from, so batch error records can name it. */
function stage<T>(name: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ActaError) throw e;
    const err = new ActaError('internal', `${name} failed: ${e instanceof Error ? e.message : String(e)}`,
      'this is a bug in acta; please report it with the input file', name);
    (err as Error & { cause?: unknown }).cause = e;
    throw err;
  }
}
