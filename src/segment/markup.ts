// Markdown / reStructuredText structure: section headings ("Title\n=====", "# Title"), directives
// (".. contents::", ".. title: X") and the options indented under them.
import type { Line } from './lines.js';
import { isSpace } from '../extract/text.js';

export interface Markup {
  /** Physical line index of each section heading -> level (0 = the first heading style seen). */
  headings: Map<number, number>;
  /** Level of the document title (an overlined heading, or a first heading with nothing above it), else null. */
  titleLevel: number | null;
  /** Physical lines that are markup only: underlines, directives and their indented options. */
  markupOnly: Set<number>;
  /** A table-of-contents directive: the top-level sections are the agenda. */
  contents: boolean;
  /** A section-numbering directive: the sections are numbered 1, 2, ... in order. */
  sectionNumbers: boolean;
  /** Text of a ".. title: X" metadata line, else null. */
  title: string | null;
}

/** A rule of one repeated punctuation mark; '_' is left out: it is a signature line. */
const RULE = /^([=\-~^*+#`'"])\1{2,}\s*$/;
const ATX = /^(#{1,6})\s+\S/;
const DIRECTIVE = /^\.\.\s+([\w-]+)(::?)\s*(.*)$/;
const OPTION = /^\s+:[\w-]+:/;

function ruleChar(l: Line | undefined): string | null {
  return l && !l.blank ? (RULE.exec(l.text.trim())?.[1] ?? null) : null;
}

/** First non-space character of a line could open a rule, an ATX heading or a directive: a cheap gate. */
function markupStart(l: Line | undefined): boolean {
  if (!l || l.blank) return false;
  // The first non-space code unit, read in place (a non-blank line holds one).
  const s = l.text;
  let i = 0;
  while (isSpace(s.charCodeAt(i))) i++;
  const c = s.charCodeAt(i);
  // '.' opens a directive.
  return headingMark(c) || c === 46;
}

/** A mark that can open a rule or an ATX heading: = - ~ ^ * + ` ' " #. */
function headingMark(c: number): boolean {
  return c === 61 || c === 45 || c === 126 || c === 94 || c === 42 || c === 43 || c === 96 || c === 39 || c === 34 || c === 35;
}

export function findMarkup(lines: Line[]): Markup {
  const out: Markup = { headings: new Map(), titleLevel: null, markupOnly: new Set(), contents: false, sectionNumbers: false, title: null };
  const styles: string[] = [];
  const levelOf = (style: string): number => {
    let k = styles.indexOf(style);
    if (k < 0) k = styles.push(style) - 1;
    return k;
  };
  let directive = false;
  let seenText = false;
  /** markupStart() of line `startsAt`, read as the line below the one before it. */
  let startsAt = -1;
  let startsNext = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) { directive = false; continue; }
    // Options indented under a directive (":suffix: .") belong to it.
    if (directive && OPTION.test(l.text)) { out.markupOnly.add(i); continue; }
    directive = false;
    // Most lines neither start markup nor sit above a rule (they are not trimmed). Each line is read once: as the
    // line below, then as the line itself.
    const starts = i === startsAt ? startsNext : markupStart(l);
    startsAt = i + 1;
    startsNext = markupStart(lines[i + 1]);
    if (!starts && !startsNext) { seenText = true; continue; }
    const t = l.text.trim();
    const d = DIRECTIVE.exec(t);
    if (d) {
      out.markupOnly.add(i);
      directive = d[2] === '::';
      const name = d[1]!.toLowerCase();
      if (directive && name === 'contents') out.contents = true;
      if (directive && name === 'sectnum') out.sectionNumbers = true;
      if (!directive && name === 'title' && /\p{L}{2}/u.test(d[3]!)) out.title = d[3]!.trim();
      continue;
    }
    const under = ruleChar(lines[i + 1]);
    if (under && !ruleChar(l) && t.length <= 100 && lines[i + 1]!.text.trim().length >= Math.min(3, t.length)) {
      const over = ruleChar(lines[i - 1]) === under;
      const prev = lines[i - (over ? 2 : 1)];
      // A heading starts a block: nothing but a blank, a rule or the start of the text above it.
      if (!prev || prev.blank || ruleChar(prev)) {
        const level = levelOf(`${over ? 'over' : 'under'}${under}`);
        out.headings.set(i, level);
        if (over) { out.markupOnly.add(i - 1); out.titleLevel ??= level; }
        else if (!seenText) out.titleLevel ??= level;
        out.markupOnly.add(i + 1);
        seenText = true;
        i++;
        continue;
      }
    }
    const atx = ATX.exec(t);
    if (atx) {
      const level = levelOf(atx[1]!);
      out.headings.set(i, level);
      if (!seenText) out.titleLevel ??= level;
    }
    seenText = true;
  }
  // Stray rules are not structure: one heading-looking line in a plain document is a ruled table or a signature.
  if (out.headings.size < 2 && !out.contents) return { ...out, headings: new Map(), titleLevel: null, markupOnly: new Set([...out.markupOnly].filter((i) => DIRECTIVE.test(lines[i]!.text.trim()) || OPTION.test(lines[i]!.text))) };
  return out;
}

/**
 * A line of `text` is a rule or an ATX heading: without one, findMarkup finds no heading there. One native scan
 * spares splitting and reading a source text that holds no markup (most OCR text).
 */
const HEADING_HINT = /^[ \t]*(?:#{1,6}[ \t]+\S|([=\-~^*+#`'"])\1{2,}[ \t\r]*$)/m;
/** HEADING_HINT without its `^`, tried at one line start. */
const HEADING_AT = /[ \t]*(?:#{1,6}[ \t]+\S|([=\-~^*+#`'"])\1{2,}[ \t\r]*$)/my;
export function mayHoldHeadings(text: string): boolean {
  // A `^` under /m is tried at every position: walking the line starts (found by indexOf) and trying the pattern
  // only on a line whose first mark could open a heading is several times faster. Other line breaks than '\n'
  // start lines too: text holding one takes the plain pattern.
  if (text.indexOf('\r') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0) return HEADING_HINT.test(text);
  for (let s = 0; s < text.length;) {
    let i = s;
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9) c = text.charCodeAt(++i);
    if (headingMark(c)) {
      HEADING_AT.lastIndex = s;
      if (HEADING_AT.test(text)) return true;
    }
    const nl = text.indexOf('\n', i);
    if (nl < 0) return false;
    s = nl + 1;
  }
  return false;
}

/**
 * Markup read from the source text (before cleanup dropped its underlines and directives), moved onto the
 * cleaned lines: each source heading is matched, in order, to the next cleaned line with the same text.
 */
export function markupFromSource(source: Line[], cleaned: Line[]): Markup {
  const found = findMarkup(source);
  const headings = new Map<number, number>();
  let from = 0;
  for (const [i, level] of found.headings) {
    const key = source[i]!.text.replace(/^\s*#{1,6}\s+/, '').replace(/\s+/g, ' ').trim();
    for (let j = from; j < cleaned.length; j++) {
      if (cleaned[j]!.text.replace(/^\s*#{1,6}\s+/, '').replace(/\s+/g, ' ').trim() !== key) continue;
      headings.set(j, level);
      from = j + 1;
      break;
    }
  }
  return { ...found, headings, markupOnly: new Set() };
}
