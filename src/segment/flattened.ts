// Text a host flattened onto one line (web excerpts, some PDF exports) has lost the line breaks that zones are
// made of: its long lines are cut into sentences and listed clauses ("(i) ...", "(ii) ..."), each its own line, so
// the labeller sees an opening sentence, a "Los acuerdos adoptados fueron:" lead-in and its items.
import type { Line } from './lines.js';

/** Lines this long are cut; a document is flattened when they hold most of its text (FLAT_SHARE). */
const LONG_LINE = 600;
/** Paragraph-per-line text has a few such lines at most (a quarter of the text in the longest seen). */
const FLAT_SHARE = 0.6;

/** Where a sentence ends and a capitalised one starts, or a listed clause "(i)", "(2)", "a)" starts. */
const BREAK = /(?<=(?:\p{L}{3}|\d)[.;:!?])(?<!\b(?:Sra|Srta|Sres|Sras|Dra|Mrs|Lic|Ing|Prof|Arq|Abg)\.)\s+(?=\p{Lu}|[(¿¡])|\s+(?=\((?:[ivx]{1,4}|\d{1,2})\)\s)/gu;

/**
 * `lines` with the long lines of a flattened document cut at sentence breaks; other documents come back as they are.
 * Each piece but the last ends short of the margin (a sentence ends there: the discussion may start a paragraph).
 */
export function splitFlattened(lines: Line[]): Line[] {
  let chars = 0;
  let long = 0;
  for (const l of lines) {
    chars += l.text.length;
    if (l.text.length >= LONG_LINE) long += l.text.length;
  }
  if (!long || long < FLAT_SHARE * chars) return lines;
  const out: Line[] = [];
  for (const l of lines) {
    if (l.text.length < LONG_LINE) { out.push({ ...l, index: out.length }); continue; }
    let from = 0;
    for (const m of l.text.matchAll(BREAK)) {
      const end = m.index;
      if (end - from < 20) continue;
      out.push({ index: out.length, page: l.page, start: l.start + from, end: l.start + end, text: l.text.slice(from, end), blank: false, soft: true, endsShort: true });
      from = end + m[0].length;
    }
    out.push({ ...l, index: out.length, start: l.start + from, text: l.text.slice(from) });
  }
  return out;
}
