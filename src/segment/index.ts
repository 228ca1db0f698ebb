// segment(): cleaned text -> contract sections. Lines are labelled with zones first (GROBID style),
// then each zone goes to its own small extractor in src/extract/.
import type { Agreement, AgendaItem, Attendee, DiscussionPart, Lang, Minutes } from '../types.js';
import { splitLines, type Line } from './lines.js';
import { findFurniture, withinEdits } from './furniture.js';
import { splitFlattened } from './flattened.js';
import { keywords, type Keywords } from './keywords.js';
import { SegmentContext } from './context.js';
import { labelLines } from './label.js';
import { findMarkup, markupFromSource, mayHoldHeadings, type Markup } from './markup.js';
import { gluedTail, isAsciiWordChar, isFillerMark, joinWrapped, type Logical } from './wrap.js';
import type { Labelled } from './zones.js';
import { emptyHeader, extractHeader, openingTitle } from '../extract/header.js';
import { attendeesInItems, distinct, extractAttendees } from '../extract/attendees.js';
import { extractAgenda, preferCleanerReadings, regroupColumnTails, unbendSequence } from '../extract/agenda.js';
import { loadLexicon } from '../cleanup/lexicon.js';
import { inlineAgenda } from '../extract/agenda-inline.js';
import { extractDiscussion, overlap, type Part } from '../extract/discussion.js';
import { extractAgreements } from '../extract/agreements.js';
import { emptyClosing, extractClosing, settleEnd } from '../extract/closing.js';
import { BULLET, fold, isProse, isSpace, splitNumbering, squash, unmark } from '../extract/text.js';

/** The contract's sections, the furniture-free text and segmentation's warnings. */
export interface Sections extends Pick<Minutes, 'header' | 'attendees' | 'agenda' | 'discussion' | 'agreements' | 'closing' | 'text' | 'warnings'> {
  /** Extra: the zone of every line, for debugging and tests. */
  zones?: Labelled[];
}

function isTitleLine(kw: Keywords): (t: string) => boolean {
  return (t) => kw.titleWords.test(t.trim()) && !isProse(t);
}

const NOT_DIGIT = /\D+/g;

/**
 * Two folded lines are copies of one printed line when OCR changed at most a speck or two in them; their numbers
 * must agree ("Sesión N° 12" is no copy of "Sesión N° 13").
 */
function sameLine(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.abs(a.length - b.length) <= 3 && a.replace(NOT_DIGIT, '') === b.replace(NOT_DIGIT, '') &&
    withinEdits(a, b, Math.max(2, Math.floor(a.length * 0.04)));
}

/**
 * A later standalone copy of one of the document's first lines is a running header (pages merged without \f).
 * OCR reads each copy anew, so a copy may differ by a speck ("2019 a DRAFT").
 */
function repeatedTopLines(lines: Line[], furniture: Set<number>): void {
  // With form feeds, page tops are known and findFurniture reads them; a copy elsewhere is text said twice.
  if (lines.length && lines[lines.length - 1]!.page > 0) return;
  const first: Line[] = [];
  for (const l of lines) if (!l.blank && first.push(l) === 3) break;
  // (A numbered or bulleted line is an item, said again as its discussion's heading: no running header.)
  const top = first.filter((l) => splitNumbering(l.text) === null && !BULLET.test(l.text)).map((l) => fold(squash(l.text))).filter((k) => k.length >= 15);
  if (!top.length) return;
  const seen = new Set<string>();
  const lengths = first.map((l) => l.text.trim().length);
  // Cheap gates before folding: a copy has about the same length and the same first letter.
  const initials = new Set(top.map((k) => k[0]!));
  const initialOk = new Map<number, boolean>();
  for (const l of lines) {
    if (l.blank) continue;
    // The trimmed length and first character are read in place: trimming every line would copy most of them.
    const t = l.text;
    let from = 0;
    let to = t.length;
    while (isSpace(t.charCodeAt(from))) from++;
    while (isSpace(t.charCodeAt(to - 1))) to--;
    const n = to - from;
    let near = false;
    for (const m of lengths) if (Math.abs(m - n) <= 3) near = true;
    if (!near) continue;
    const c = t.charCodeAt(from);
    let ok = initialOk.get(c);
    if (ok === undefined) initialOk.set(c, (ok = initials.has(fold(String.fromCharCode(c)))));
    if (!ok) continue;
    const k = fold(squash(l.text));
    const copyOf = top.find((t) => sameLine(t, k));
    if (copyOf !== undefined) {
      if (seen.has(copyOf)) furniture.add(l.index);
      seen.add(copyOf);
    }
  }
}

/** A run of blank lines (two or more empty lines in a row). */
const EMPTY_LINES = /\n{3,}/g;
/** A carriage return ending a line, which splitLines() leaves out of its text. */
const LINE_END_CR = /\r(?=[\n\f]|$)/g;
const FORM_FEED = /\f/g;

/**
 * The text without page furniture, pages joined by newlines; blank lines in a row come out as one. `cleaned` is the
 * text the lines were split from, `furniture` whether any line is furniture and `flattened` whether any piece was cut
 * from a flattened line.
 */
function cleanText(lines: Labelled[], logical: Logical[], cleaned: string, furniture: boolean, flattened: boolean): string {
  // Without furniture nor flattened pieces, the lines are the text split at its newlines and form feeds (a carriage
  // return ending a line left out), and joining them again as below gives the text itself with its line breaks made
  // newlines and its empty-line runs cut to one: no need to take it apart (most documents).
  if (!furniture && !flattened) {
    let t = cleaned;
    if (t.includes('\r')) t = t.replace(LINE_END_CR, '');
    if (t.includes('\f')) t = t.replace(FORM_FEED, '\n');
    return t.replace(EMPTY_LINES, '\n\n').trim();
  }
  // Pieces are joined once (a string grown by += is a deep rope to flatten), and a third newline in a row is never
  // added: the text comes out as /\n{3,}/ -> '\n\n' would leave it (line texts hold no newline).
  // A line's text is the cleaned text from its start, and the newline before it is the one the cleaned text has there
  // (unless a form feed): each is pushed as its range of the cleaned text, and ranges that go on one from the other
  // are one piece (a long document's thousands of lines make a few pieces, one per furniture line left out).
  const pieces: string[] = [];
  let from = -1;
  let to = -1;
  const range = (a: number, b: number) => {
    if (a === to) { to = b; return; }
    if (from >= 0) pieces.push(cleaned.slice(from, to));
    from = a;
    to = b;
  };
  const literal = (s: string) => {
    if (from >= 0) pieces.push(cleaned.slice(from, to));
    from = to = -1;
    pieces.push(s);
  };
  let started = false;
  let newlines = 0;
  let soft = false;
  for (const l of lines) {
    if (l.zone === 'furniture') continue;
    for (const p of logical[l.index]!.parts) {
      // A piece cut from a flattened line goes on on the same line, as the text had it.
      if (started || soft) {
        if (soft) { literal(' '); newlines = 0; }
        else if (newlines < 2) { if (cleaned.charCodeAt(p.start - 1) === 10) range(p.start - 1, p.start); else literal('\n'); newlines++; }
        started = true;
      }
      if (p.text !== '') { range(p.start, p.start + p.text.length); started = true; newlines = 0; }
      soft = p.soft === true;
    }
  }
  if (from >= 0) pieces.push(cleaned.slice(from, to));
  return pieces.join('').trim();
}

/** Typed dash fillers ("Asuntos generales.- - - - -") pad lines to the margin. */
const EDGE_PUNCTUATION = /^[\s,;:|·•]+|[\s,;:|·•]+$/gu;
/** A code unit EDGE_PUNCTUATION strips: `\s` , ; : | · • (a code test: a one-character regex test costs more). */
const isEdgeMark = (c: number): boolean => c === 44 || c === 59 || c === 58 || c === 124 || c === 0xb7 || c === 0x2022 || isSpace(c);

/** A mark typed fillers are made of (isFillerMark's). */
const FILLER_MARK = /[-=_\u2013\u2014]/;

/**
 * Where a typed filler closing `t` starts ("PROTESTA ----====eee.--", "BARRIO.- - ----==== ===. ---"): the
 * longest tail of dashes, equals signs and underscores, with spaces, dots and OCR specks of up to three letters or
 * digits among them, that starts with a mark and holds a run of three marks; t.length when there is none.
 */
function fillerStart(t: string): number {
  // A filler holds three marks at least: a value with none (most names, roles and titles) is not walked.
  if (!FILLER_MARK.test(t)) return t.length;
  // OCR may read a long filler's end as one run of letters glued to its marks ("====eneeonencAs"): they go with it.
  let i = t.length - gluedTail(t);
  let word = 0;
  let run = 0;
  let longest = 0;
  while (i > 0) {
    const c = t.charCodeAt(i - 1);
    if (isFillerMark(c)) { word = 0; longest = Math.max(longest, ++run); }
    else if (c === 32 || c === 46) { if (c === 46) run = 0; }
    else if (isAsciiWordChar(c) && word < 3) { word++; run = 0; }
    else break;
    i--;
  }
  if (longest < 3) return t.length;
  while (!isFillerMark(t.charCodeAt(i))) i++;
  return i;
}

/** A string value as tidy() leaves it: no typed filler, no marks or spaces at the edges, single-spaced. */
function tidyValue(k: string, v: string): string | null {
  if (k === 'text') return v.trim();
  // Each pattern is tried only when the string's ends could match it: most values have clean edges.
  let t = v;
  const filler = fillerStart(t);
  if (filler < t.length) t = t.slice(0, filler);
  if (t && (isEdgeMark(t.charCodeAt(0)) || isEdgeMark(t.charCodeAt(t.length - 1)))) t = t.replace(EDGE_PUNCTUATION, '');
  t = squash(t);
  return t === '' && k !== 'title' ? null : t;
}

/**
 * Every string trimmed; optional strings that end up empty become null (never invent, never emit ""). Most objects
 * come out as they went in: those are returned themselves, without a copy (each is a fresh object of one
 * extractor's, read by nothing after).
 */
function tidy<T extends object>(o: T): T {
  for (const k in o) {
    const v: unknown = o[k];
    if (typeof v === 'string' && tidyValue(k, v) !== v) return tidied(o);
  }
  return o;
}

/** A copy of `o` with every string value tidied. */
function tidied<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const k in o) {
    const v: unknown = o[k];
    out[k] = typeof v === 'string' ? tidyValue(k, v) : v;
  }
  return out as T;
}

/** Structure seen in the source wins when the cleaned text lost it; directive lines stay the cleaned text's. */
function pickMarkup(own: Markup, fromSource: Markup): Markup {
  return fromSource.headings.size ? { ...fromSource, markupOnly: own.markupOnly } : own;
}

/** Markup heading levels by logical line (a heading is the first physical line of its logical line). */
function logicalLevels(logical: Logical[], markup: Markup): Map<number, number> {
  const out = new Map<number, number>();
  if (!markup.headings.size) return out;
  for (const l of logical) {
    const level = markup.headings.get(l.parts[0]!.index);
    if (level !== undefined && l.parts.length === 1) out.set(l.index, level);
  }
  return out;
}

/** A table-of-contents directive lists the outermost sections below the title: they are the agenda. */
function contentsAgenda(zones: Labelled[], markup: Markup): AgendaItem[] {
  const heads = zones.filter((z) => z.markup !== undefined && z.markup !== markup.titleLevel);
  if (!heads.length) return [];
  const top = Math.min(...heads.map((z) => z.markup!));
  return heads.filter((z) => z.markup === top).map((z, k) => ({ number: markup.sectionNumbers ? String(k + 1) : null, title: squash(z.text) }));
}

function warningsFor(s: Omit<Sections, 'warnings' | 'text' | 'zones'>): string[] {
  const w: string[] = [];
  if (!s.header.title) w.push('segment: no title found');
  if (!s.header.date) w.push('segment: no meeting date found');
  if (!s.attendees.length) w.push('segment: no attendees found');
  if (!s.agenda.length) w.push('segment: no agenda found');
  if (!s.discussion.length) w.push('segment: no discussion found');
  if (!s.agreements.length) w.push('segment: no agreements found');
  return w;
}

/** What cleanup knows of the text's structure that the cleaned text no longer shows. */
export interface SegmentHints {
  /**
   * Offsets in the cleaned text where a line began with a list bullet that cleanup dropped (OCR reads bullets as
   * "«", "+", "*"): each such line starts an item, even when the line above it looks unfinished.
   */
  bulletStarts?: readonly number[];
}

/** Marks the lines that start at one of `starts` (sorted offsets), at their first character or after their indent. */
function markBulleted(lines: Line[], starts: readonly number[]): void {
  let k = 0;
  for (const l of lines) {
    while (k < starts.length && starts[k]! < l.start) k++;
    if (k === starts.length) return;
    if (l.blank || starts[k]! >= l.end) continue;
    let first = 0;
    while (first < l.text.length && isSpace(l.text.charCodeAt(first))) first++;
    if (starts[k] === l.start || starts[k] === l.start + first) l.bulleted = true;
  }
}

/**
 * Sections of the cleaned text. `source`, the text before cleanup, is optional: when given, Markdown and
 * reStructuredText structure that cleanup removed (underlines, directives) is read from it. `hints` carry what
 * cleanup removed that still marks structure (the pipeline passes them).
 */
export function segment(cleaned: string, lang: Lang, source?: string, hints: SegmentHints = {}): Sections {
  const kw = keywords(lang);
  const lines = splitFlattened(splitLines(cleaned));
  if (hints.bulletStarts?.length) markBulleted(lines, [...hints.bulletStarts].sort((a, b) => a - b));
  const furniture = findFurniture(lines, isTitleLine(kw));
  repeatedTopLines(lines, furniture);
  let markup = findMarkup(lines);
  if (source !== undefined && !markup.headings.size && source !== cleaned && mayHoldHeadings(source)) markup = pickMarkup(markup, markupFromSource(splitLines(source), lines));
  // Directives (".. contents::") are markup, not text: they never join a paragraph nor reach a zone.
  for (const i of markup.markupOnly) if (lines[i]!.text.trim().startsWith('..') || /^\s+:/.test(lines[i]!.text)) furniture.add(i);
  const { logical, furniture: logicalFurniture } = joinWrapped(lines, furniture);
  const ctx = new SegmentContext(lang, cleaned, logical);
  // A section whose extractor fails is left empty with a warning, not the whole document lost (an archive batch keeps
  // the cleaned text and the other sections; the warning says what to report).
  const failed: string[] = [];
  const guard = <T>(section: string, read: () => T, empty: () => T): T => {
    try {
      return read();
    } catch (e) {
      failed.push(`segment: ${section} not read (internal error: ${e instanceof Error ? e.message : String(e)})`);
      return empty();
    }
  };
  const levels = logicalLevels(logical, markup);
  const zones = labelLines(logical, ctx, logicalFurniture, levels.size ? { levels, titleLevel: markup.titleLevel } : undefined);
  const header = guard('header', () => extractHeader(zones, ctx), emptyHeader);
  if (!header.title && markup.title) header.title = markup.title;
  // A document opening with its title heading ("# Kestrel Steering Committee – Weekly Sync") is titled by it.
  if (!header.title && markup.titleLevel !== null) {
    const first = zones.find((z) => !z.blank && z.zone !== 'furniture');
    if (first && first.markup === markup.titleLevel) header.title = squash(unmark(first.text));
  }
  header.title ??= openingTitle(zones, ctx);
  ctx.year = header.date ? Number(header.date.slice(0, 4)) : null;
  let attendees = guard('attendees', () => extractAttendees(zones, ctx), (): Attendee[] => []);
  let agenda = guard('agenda', () => extractAgenda(zones), (): AgendaItem[] => []);
  if (!agenda.length && markup.contents) agenda = contentsAgenda(zones, markup);
  if (!agenda.length) agenda = inlineAgenda(zones, kw);
  unbendSequence(agenda);
  const parts = guard('discussion', () => extractDiscussion(zones, agenda, ctx), (): Part[] => []);
  const agreements = guard('agreements', () => extractAgreements(zones, parts, kw, ctx, attendees), (): Agreement[] => []);
  const closing = guard('closing', () => extractClosing(zones, ctx), emptyClosing);
  settleEnd(header, closing);
  // Bulleted agendas take the numbers their discussion headings print.
  if (agenda.every((a) => a.number === null)) {
    for (const a of agenda) {
      const p = parts.find((d) => d.title && d.agendaNumber && overlap(a.title, d.title) >= 0.6);
      if (p) a.number = p.agendaNumber;
    }
  }
  regroupColumnTails(agenda, parts);
  preferCleanerReadings(agenda, parts, loadLexicon(lang));
  // People an attendance item of the discussion names ("Apologies for absence") join the lists.
  const named = attendeesInItems(parts, ctx);
  if (named.length) attendees = distinct([...attendees, ...named]);
  const discussion: DiscussionPart[] = parts.filter((p) => !p.lead).map(({ agendaNumber, title, text }) => ({ agendaNumber, title, text }));
  const found = {
    header: tidy(header),
    attendees: attendees.map(tidy).filter((a) => a.name || a.organization),
    agenda: agenda.map(tidy).filter((a) => a.title),
    discussion: discussion.map(tidy).filter((d) => d.text),
    agreements: agreements.map(tidy).filter((a) => a.text),
    closing: tidy(closing),
  };
  // The sections object is made once, in its final key order (a spread copy of it, or a field set after, cost more
  // than the rest of this tail).
  return {
    header: found.header,
    attendees: found.attendees,
    agenda: found.agenda,
    discussion: found.discussion,
    agreements: found.agreements,
    closing: found.closing,
    zones,
    text: cleanText(zones, logical, cleaned, logicalFurniture.size > 0, lines.some((l) => l.soft === true)),
    warnings: [...failed, ...warningsFor(found)],
  };
}
