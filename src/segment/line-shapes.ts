// What a line looks like in its neighbourhood: the shapes the labeller's state machine asks about (the next line, a
// person's name with a role, a heading over a paragraph, an item among items).
import type { Keywords } from './keywords.js';
import type { SegmentContext } from './context.js';
import type { Line } from './lines.js';
import { BULLET, isCapsHeading, isSpace, splitNumbering, type Numbered } from '../extract/text.js';
import { nameRun, stripHonorifics } from '../extract/names.js';
import { endsAttendeeList } from './list-end.js';
import { headingOf } from './headings.js';
import { itemKey } from '../extract/numbers.js';

export function nextLine(lines: Line[], i: number, skip: Set<number>): Line | null {
  for (let j = i + 1; j < lines.length; j++) if (!lines[j]!.blank && !skip.has(j)) return lines[j]!;
  return null;
}

export function personWithRole(text: string, ctx: SegmentContext): boolean {
  // The name is followed by a comma and a capital: a line without one is turned away before the name is read.
  if (text.length > 90 || !text.includes(', ') || !/,\s+\p{Lu}/u.test(text)) return false;
  const bare = stripHonorifics(text, ctx.kw);
  const name = nameRun(bare);
  // The comma after the name is tested before the (costlier) name itself.
  return name.length > 0 && /^,\s+\p{Lu}/u.test(bare.slice(name.length)) && ctx.personName(name);
}

/** Items listed in the sentence itself after it names the agenda ("... el siguiente orden del día: 1) Lectura ...; 2) ..."). */
const LISTED_AFTER = /\b1\s*[.)]\s+\S.*\b2\s*[.)]\s+\S/su;

/** `s` names the agenda, and does not list it itself (then a list below it is the discussion going through the items). */
export function announcesAgenda(s: string | null, kw: Keywords): boolean {
  if (s === null) return false;
  const m = kw.agendaMention.exec(s);
  return m !== null && !LISTED_AFTER.test(s.slice(m.index));
}

/** A person's name alone in parentheses (a signature, its closing mark maybe misread): "(Meera Iyer)". */
export function signatureName(text: string, ctx: SegmentContext): boolean {
  if (!/[)}\]]$/.test(text)) return false;
  const bare = text.slice(1, -1).trim();
  return /^\p{Lu}/u.test(bare) && nameRun(bare) === bare && ctx.personName(bare);
}

/** Index of the document's title line ("ACTA DE LA REUNIÓN ...") among its first lines, or -1. */
export function titleLineAt(lines: Line[], ctx: SegmentContext): number {
  let seen = 0;
  for (const l of lines) {
    if (l.blank) continue;
    if (++seen > 8) break;
    const t = ctx.trimmed(l);
    if (t.length <= 120 && ctx.kw.titleWords.test(t) && !ctx.isProse(l)) return l.index;
  }
  return -1;
}

/** The next line, right under `line`, is a paragraph of text: not another item, nor the item's text indented under it. */
export function overParagraph(lines: Line[], line: Line, skip: Set<number>, ctx: SegmentContext): boolean {
  const next = lines[line.index + 1];
  return next !== undefined && !next.blank && !skip.has(next.index) && ctx.isProse(next) && ctx.numbering(next) === null && indentOf(next) <= indentOf(line);
}

/** A sentence opens the next line: prose, or a capitalised word and a lower-case one ("Apologies were ..."), no list of names. */
const SENTENCE_OPENING = /^\p{Lu}\p{Ll}+ \p{Ll}{2,}/u;
export function sentenceBelow(lines: Line[], i: number, skip: Set<number>, ctx: SegmentContext): boolean {
  const next = nextLine(lines, i, skip);
  return next !== null && (ctx.isProse(next) || SENTENCE_OPENING.test(ctx.trimmed(next)));
}

/** The next line is a sentence of text (unnumbered, a capital, lower-case words in it, a final stop), however short. */
const SHORT_SENTENCE = /^\p{Lu}.*\s\p{Ll}{2,}.*[.!?]$/u;
export function textBelow(lines: Line[], i: number, skip: Set<number>, ctx: SegmentContext): boolean {
  const next = nextLine(lines, i, skip);
  return next !== null && ctx.numbering(next) === null && (ctx.isProse(next) || SHORT_SENTENCE.test(ctx.trimmed(next)));
}

const ROLE_LABEL = /^[^:\d]{2,40}:\s+(?=\p{Lu})/u;

/** "Tesorero: Omar Gorosito", "Vocales titulares: Rubén Mattio, Lucía Ceballos y ...": a label, then a person's name. */
export function roleLabelledName(text: string, ctx: SegmentContext): boolean {
  const m = text.includes(':') ? ROLE_LABEL.exec(text) : null;
  if (!m) return false;
  const name = nameRun(stripHonorifics(text.slice(m[0].length), ctx.kw));
  return name.length > 0 && ctx.personName(name);
}

/** A lettered section heading over its first numbered item ("A. OPENING" / "A.1 Call to Order"): the body has begun. */
export function sectionOverItem(lines: Line[], i: number, skip: Set<number>, ctx: SegmentContext): boolean {
  const next = nextLine(lines, i, skip);
  const n = next ? ctx.numbering(next) : null;
  return n !== null && n.rest !== '' && endsAttendeeList(n.rest, ctx.kw);
}

/** Leading spaces of a line as printed (a joined line keeps its first physical line's). */
export function indentOf(line: Line): number {
  const first = (line as Line & { parts?: Line[] }).parts?.[0]?.text ?? line.text;
  let i = 0;
  while (i < first.length && isSpace(first.charCodeAt(i))) i++;
  return i;
}

/** `s` up to its first whitespace (s.split(/\s+/)[0] without splitting the whole line). */
export function firstWord(s: string): string {
  let i = 0;
  while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
  return s.slice(0, i);
}

/** A bulleted, unnumbered line; `numbered` is splitNumbering(text) when the caller has it already. */
export function isBullet(text: string, numbered?: Numbered | null): boolean {
  return BULLET.test(text) && !(numbered === undefined ? splitNumbering(text) : numbered);
}

/** The key of the number after item key `k` ("3" -> "4"), or null when it is no number. */
export function nextKey(k: string): string | null {
  return /^\d{1,2}$/.test(k) ? String(Number(k) + 1) : null;
}

/**
 * A short line in capitals with no label, over a paragraph ("CONSENT AGENDA" / "Council Member Tran moved, ..."):
 * a section heading, where an attendee list's capitals would be an institution's, and one is followed by others.
 */
export function capsHeadingOverProse(text: string, lines: Line[], i: number, skip: Set<number>, ctx: SegmentContext): boolean {
  if (!isCapsHeading(text)) return false;
  const next = nextLine(lines, i, skip);
  return next !== null && ctx.isProse(next);
}

/** "A. Approval of minutes" over a paragraph: a lettered section heading, not an initial and a name ("A. Smith, Treasurer"). */
const LETTERED = /^[A-H]\.\s+\p{Lu}\p{Ll}+(?:\s+[\p{L}'’-]+)*\.?$/u;
export function letteredHeadingOverProse(text: string, lines: Line[], i: number, skip: Set<number>, ctx: SegmentContext): boolean {
  if (text.length > 60 || !LETTERED.test(text) || ctx.personName(text.slice(2).trim().replace(/\.$/, ''))) return false;
  const next = nextLine(lines, i, skip);
  // (The first section, "A.", may have a blank line under it: OCR and typists leave one.)
  return next !== null && (next.index === i + 1 || (text.startsWith('A.') && next.index === i + 2)) && ctx.isProse(next);
}

/** A one-line sentence under an agenda's unnumbered items, the next line a bullet or short item again. */
export function itemAmongItems(lines: Line[], line: Line, skip: Set<number>, ctx: SegmentContext): boolean {
  const text = ctx.trimmed(line);
  if (text.length > 90 || !text.endsWith('.') || ((line as Line & { parts?: Line[] }).parts?.length ?? 1) > 1) return false;
  const next = nextLine(lines, line.index, skip);
  return next !== null && ctx.numbering(next) === null && (BULLET.test(next.text) || (ctx.trimmed(next).length <= 90 && !ctx.isProse(next)));
}

/** The next line is a table's row (tab- or bar-separated cells). */
export function tableBelow(lines: Line[], i: number, skip: Set<number>): boolean {
  const next = nextLine(lines, i, skip);
  return next !== null && (next.text.includes('\t') || next.text.includes('|'));
}

/** A person's name, then a dash or comma before what follows: "Orlando Paz Erazo – Decano de ...". */
export function nameBeforeRole(text: string, ctx: SegmentContext): boolean {
  const bare = stripHonorifics(text, ctx.kw);
  const name = nameRun(bare);
  const rest = bare.slice(name.length);
  return name.length > 0 && /^\s*(?:[–—-]\s|,\s)/u.test(rest) && ctx.personName(name);
}

/** Items a heading's list may have before another section heading makes it an agenda. */
const LIST_ITEMS = 15;

/**
 * Under heading line `i`, a numbered list from "1" of short one-line items, then (after a blank line) another
 * discussion heading: the list names the items the section below goes through.
 */
export function listThenSection(lines: Line[], i: number, skip: Set<number>, ctx: SegmentContext, kw: Keywords): boolean {
  let items = 0;
  let j = i + 1;
  for (; j < lines.length && items <= LIST_ITEMS; j++) {
    const l = lines[j]!;
    if (skip.has(j)) continue;
    if (l.blank) break;
    const n = ctx.numbering(l);
    if (!n || l.text.length > 100 || (items === 0 && itemKey(n.number) !== '1')) return false;
    items++;
  }
  if (items < 2 || items > LIST_ITEMS) return false;
  const next = nextLine(lines, j, skip);
  return next !== null && headingOf(ctx.trimmed(next), kw)?.heading === 'discussion';
}
