// Agenda items from the agenda zone, numbering kept as printed ("1", "I", "1.º", "5.1", "a").
import type { AgendaItem, DiscussionPart } from '../types.js';
import type { Labelled } from '../segment/zones.js';
import levenshtein from 'fast-levenshtein';
import type { Lexicon } from '../cleanup/lexicon.js';
import { BULLET, fold, hasWord, splitLooseNumbering, splitNumbering, squash, stripBullet } from './text.js';
import { doubledLetter, splitSubNumber } from './sub-numbers.js';

/** An item number printed in the middle of a line: the right column of a two-column agenda. */
const SECOND_COLUMN = /\s(\d{1,2}\.\d{1,2}|\d{1,2}\.)\s+(?=\p{Lu})/u;

const DASH = /[-–—]/;
/** A line at least this long may have wrapped at the page's edge. */
const WRAPPED = 40;
/** Single marks or letters standing alone after a title's final stop, as OCR reads specks of dirt. */
const TRAILING_SPECKS = /\.(?:\s+[.,·•°'`o])+$/u;
const DASH_FILLER = /(?:\s*[-–—]){4,}.*$/u;

/** A tabbed agenda row's number cell: "1", "2.", "5.1", "IV". */
const ROW_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})?|[IVXL]{1,5})\.?$/;

/**
 * A tabbed agenda table's line as an item line ("1\tKarakia and welcome\tChair" -> "1 Karakia and welcome"), null for
 * its header row (short cells and no figure: "Item\tTopic\tLead"), undefined for any other line.
 */
function agendaRow(text: string): string | null | undefined {
  const cells = text.split('\t').map((c) => c.trim()).filter(Boolean);
  if (cells.length < 2) return undefined;
  if (ROW_NUMBER.test(cells[0]!)) return `${cells[0]!.replace(/\.$/, '')}. ${squash(cells[1]!)}`;
  if (!/\d/.test(text) && cells.every((c) => c.split(/\s+/).length <= 2 && /^\p{Lu}/u.test(c))) return null;
  return undefined;
}

/** Agenda lines, two-column layouts read left column first, then right column. */
function agendaTexts(lines: Labelled[]): string[] {
  const texts: string[] = [];
  const joined = new Set<number>();
  /** Texts read after a heading on its line ("AGENDA 4.0 New Business"). */
  const afterHeading = new Set<number>();
  for (const l of lines) {
    if (l.zone !== 'agenda' || l.blank || (l.heading && !l.after)) continue;
    // A run of typed dash fillers ends the item: what a wrapped line carried past it is the next paragraph.
    // (The filler pattern is tried at every position: lines without a dash skip it.)
    // A tabbed agenda table ("Item | Topic | Lead"): its header row names columns, its rows give number and title.
    const row = !l.heading && l.text.includes('\t') ? agendaRow(l.text) : undefined;
    if (row === null) continue;
    const s = row ?? squash(l.heading ? l.after : l.text);
    const t = DASH.test(s) ? s.replace(DASH_FILLER, '') : s;
    // A hanging-indent line goes on with the item above it (and is no second column).
    if (l.continues && texts.length) { texts[texts.length - 1] += ` ${t}`; joined.add(texts.length - 1); }
    else {
      if (l.heading) afterHeading.add(texts.length);
      texts.push(t);
    }
  }
  // Right-column numbers are distinct item numbers; a repeated one ("94.5 FM") is a figure inside the text.
  const rightNumbers: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const m = SECOND_COLUMN.exec(texts[i]!);
    if (!joined.has(i) && m && m.index > 8 && splitNumbering(texts[i]!)) rightNumbers.push(m[1]!);
  }
  if (rightNumbers.length < 2 || new Set(rightNumbers).size < rightNumbers.length) return texts;
  const left: string[] = [];
  const right: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    const m = SECOND_COLUMN.exec(t);
    // The heading sits in the left column: a numbered entry after it on its line opens the right one.
    if (afterHeading.has(i) && !right.length && splitNumbering(t)) right.push(t);
    else if (m && m.index > 8) { left.push(t.slice(0, m.index)); right.push(t.slice(m.index + 1)); }
    else if (!splitNumbering(t) && right.length) right.push(t);
    else left.push(t);
  }
  for (const t of right) left.push(t);
  return left;
}

/** Agenda items; wrapped lines join the item above, a number alone on a line numbers the next line. */
export function extractAgenda(lines: Labelled[]): AgendaItem[] {
  const items: AgendaItem[] = [];
  let pendingNumber: string | null = null;
  /** The length of the line before: a short one ended where its item did, not at the page's edge. */
  let previousLength = Infinity;
  for (const text of agendaTexts(lines)) {
    const before = previousLength;
    previousLength = text.length;
    // A sub-item numbered after its item with a hyphen ("VII-A. Approval ...", "3-a. Club ...") keeps that number.
    const n = splitSubNumber(text) ?? splitLooseNumbering(text);
    if (n) {
      const rest = squash(n.rest);
      if (!rest) { pendingNumber = n.number; continue; }
      items.push({ number: n.number, title: rest });
      continue;
    }
    if (pendingNumber) {
      items.push({ number: pendingNumber, title: text });
      pendingNumber = null;
      continue;
    }
    const last = items[items.length - 1];
    const bullet = BULLET.test(text);
    // An unfinished title goes on in the next line: one in lower case, any after an unnumbered item's long line, and a
    // line in capitals after a title in capitals ("b. CRITERIOS PARA ASEGURAR" / "UNA POLÍTICA EDITORIAL."). Short
    // unnumbered lines one under another ("Call to order" / "Treasurer's report") are items of their own.
    if (last && !bullet && (/^\p{Ll}/u.test(text) || (!/[.:;)?]$/u.test(last.title) && ((last.number === null && before >= WRAPPED) || (inCapitals(last.title) && inCapitals(text)))))) {
      last.title = `${last.title} ${text}`;
      continue;
    }
    const title = squash(stripBullet(text));
    // OCR specks ("SE AI") are no item, and take no next line in: a title has a word of three letters.
    if (hasWord(title)) items.push({ number: null, title });
  }
  // OCR specks ("O A") are no item: a title has at least one word of three letters. Specks after a title's
  // final stop ("Varios. . o") go.
  const out: AgendaItem[] = [];
  for (const i of items) {
    if (!hasWord(i.title)) continue;
    if (i.title.includes('. ')) i.title = i.title.replace(TRAILING_SPECKS, '.');
    out.push(i);
  }
  // An unnumbered item repeating an earlier one's title ("Follow-ups from 2025-01-23" again after the list) is the
  // discussion's first heading, which the agenda ran on to: it and what follows go.
  // (Each title's key is made once, and only when an item after the first is unnumbered: most agendas are not.)
  if (out.some((i, k) => k > 0 && i.number === null)) {
    const seen = new Set<string>();
    for (let k = 0; k < out.length; k++) {
      const key = fold(unmarked(out[k]!.title));
      if (k > 0 && out[k]!.number === null && seen.has(key)) { out.length = k; break; }
      seen.add(key);
    }
  }
  // A line in capitals closing a numbered list whose titles are not ("DESAHOGO DE LOS PUNTOS") heads what follows.
  const last = out[out.length - 1];
  if (out.length >= 3 && last!.number === null && inCapitals(last!.title) && out.every((i) => i === last || (i.number !== null && !inCapitals(i.title)))) out.pop();
  return out;
}

/** A title without the marks OCR or the typist left around it ("Follow-ups from 2025-01-23 ;"). */
function unmarked(title: string): string {
  return title.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
}

/** Letters only in capitals (two at least), whatever marks and figures stand between them. */
function inCapitals(s: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** Marks OCR reads for a list letter ("O." for "a."). */
const LETTER_LOOKALIKES: Readonly<Record<string, string>> = { O: 'a', o: 'a', '0': 'a' };

/**
 * Sub-items lettered a, b, c ... ("3. ... los siguientes ordenamientos:" / "a. REGLAS ..." / "b. CRITERIOS ...") whose
 * letters OCR bent ("O.", "C.", "Cc.") take the letters their places give: a run of two or more single-letter items, each
 * fitting its place, two at least as printed (in either case). They come out in the case most printed ones have.
 * Returns the items of such runs.
 */
function unbendLetters(items: AgendaItem[]): Set<AgendaItem> {
  const sub = new Set<AgendaItem>();
  let k = 0;
  while (k < items.length) {
    let end = k;
    while (end < items.length && (/^[a-zA-Z0]$/.test(items[end]!.number ?? '') || doubledLetter(items[end]!.number ?? '') !== null)) end++;
    if (end - k >= 2) {
      let exact = 0;
      let lower = 0;
      let fits = true;
      for (let j = k; j < end; j++) {
        const n = items[j]!.number!;
        const want = String.fromCharCode(97 + j - k);
        if (n.toLowerCase() === want) { exact++; if (n === want) lower++; }
        // (A letter OCR read twice, "Cc.", fits as a bent one.)
        else if (LETTER_LOOKALIKES[n] !== want && doubledLetter(n)?.toLowerCase() !== want) fits = false;
      }
      if (fits && exact >= 2) {
        for (let j = k; j < end; j++) {
          const want = String.fromCharCode(97 + j - k);
          items[j]!.number = 2 * lower >= exact ? want : want.toUpperCase();
          sub.add(items[j]!);
        }
      }
    }
    k = Math.max(end, k + 1);
  }
  return sub;
}

/** Letters OCR reads for a digit. */
const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = { S: '5', s: '5', l: '1', I: '1', i: '1', O: '0', o: '0', B: '8', Z: '2', z: '2', G: '6', g: '9', q: '9' };

/**
 * How item number `n` fits place `k` of a list numbered 1, 2, 3, ...: 2 printed as it should be, 1 bent by OCR (the
 * number with one speck, "l1", "4s", or a letter read for it, "S"), 0 not at all.
 */
function fitsPlace(n: string, k: number): 0 | 1 | 2 {
  const want = String(k);
  if (n === want) return 2;
  // Marks OCR left around it ("l1,") are specks too.
  const core = n.replace(NOT_ALPHANUMERIC, '');
  if (core === want || DIGIT_LOOKALIKES[core] === want) return 1;
  return core.length === want.length + 1 && core.replace(NOT_DIGITS, '') === want ? 1 : 0;
}
const NOT_DIGITS = /\D+/g;
const NOT_ALPHANUMERIC = /[^\p{L}\d]+/gu;

/**
 * A list numbered 1, 2, 3, ... whose numbers OCR bent here and there ("1", "Z.", a lost "3", "4s", "S", "6") takes the
 * numbers its places give, so the discussion finds its items: every number must fit its place, two at least as
 * printed, and an item that lost its number must sit between two that fit. A list whose first item is printed "1" and
 * whose last is printed as the count of its items is numbered 1 to that count however OCR bent the numbers between
 * (below).
 */
export function unbendSequence(all: AgendaItem[]): void {
  // Lettered sub-items are numbered on their own; the list's numbers run over the others.
  const sub = unbendLetters(all);
  const items = sub.size ? all.filter((i) => !sub.has(i)) : all;
  if (items.length < 4) return;
  if (!everyPlaceFits(items) && !anchoredEnds(items)) return;
  items.forEach((item, k) => {
    const want = String(k + 1);
    // An item whose number OCR left in its title without its stop ("2 Budget" read as a title) loses it there.
    if (item.number === null && item.title.startsWith(`${want} `)) item.title = item.title.slice(want.length + 1);
    item.number = want;
  });
}

/** Every number fits its place, two at least as printed; an item without one sits between two with one. */
function everyPlaceFits(items: AgendaItem[]): boolean {
  let exact = 0;
  let bent = 0;
  for (let k = 0; k < items.length; k++) {
    const n = items[k]!.number;
    if (n === null) {
      if (k === 0 || k === items.length - 1 || items[k - 1]!.number === null || items[k + 1]!.number === null) return false;
      bent++;
      continue;
    }
    const fit = fitsPlace(n, k + 1);
    if (fit === 0) return false;
    if (fit === 2) exact++;
    else bent++;
  }
  return bent > 0 && exact >= 2;
}

/**
 * The first item is printed "1" and the last as the count of items ("1", "2 Budget", "2.", "A", "5" for five): the
 * places can only be 1 to that count, whatever OCR made of the numbers between ("3" read "2", "4" read "A"). The
 * printed figures must still rise (a list "1", "2", "7", "4" is no such list), and no item is a sub-item ("2.1").
 */
function anchoredEnds(items: AgendaItem[]): boolean {
  if (items[0]!.number !== '1' || items[items.length - 1]!.number !== String(items.length)) return false;
  let last = 0;
  let bent = false;
  for (let k = 0; k < items.length; k++) {
    const n = items[k]!.number;
    if (n !== String(k + 1)) bent = true;
    if (n === null) continue;
    if (SUB_NUMBER.test(n)) return false;
    const figures = n.replace(NOT_DIGITS, '');
    if (!figures) continue;
    const v = Number(figures);
    if (v < last) return false;
    last = v;
  }
  return bent;
}
/** A sub-item's number ("2.1", "3.a"). */
const SUB_NUMBER = /[\dA-Za-z][.)]?[.-]\s*[\dA-Za-z]/;

/** A title as compared with a discussion heading: folded (case and accents aside), single-spaced. */
const headingKey = (s: string): string => squash(fold(s));

/**
 * A two-column agenda that OCR ran together line by line puts the wrapped end of a right-column item after a
 * left-column one: "2.0 Approval of Budget Annual Plan" beside "6.1 Approval of the", when the page had "2.0
 * Approval of Budget" and "6.1 Approval of the Annual Plan". The discussion heading of an item vouches for its whole
 * title: when it reads as the item's title plus some words, and exactly one other item's title ends with those
 * words (and that item's own heading, if any, does not), they move back to the item the heading names.
 */
export function regroupColumnTails(agenda: AgendaItem[], parts: readonly DiscussionPart[]): void {
  const headings = new Map<string, string>();
  for (const p of parts) if (p.agendaNumber && p.title && !headings.has(p.agendaNumber)) headings.set(p.agendaNumber, headingKey(p.title));
  if (!headings.size) return;
  for (const item of agenda) {
    const heading = item.number === null ? undefined : headings.get(item.number);
    if (heading === undefined) continue;
    const key = headingKey(item.title);
    if (!heading.startsWith(`${key} `)) continue;
    const tail = ` ${heading.slice(key.length + 1)}`;
    const donors = agenda.filter((a) => {
      if (a === item) return false;
      const k = headingKey(a.title);
      // (A title squash would change has units out of place: it is left alone.)
      if (k.length !== a.title.length || k.length <= tail.length || !k.endsWith(tail)) return false;
      const own = a.number === null ? undefined : headings.get(a.number);
      return own === undefined || !own.endsWith(tail);
    });
    if (donors.length !== 1) continue;
    const donor = donors[0]!;
    // Titles are single-spaced and folding keeps every unit in place: the tail is the donor's last words.
    const cut = donor.title.length - (tail.length - 1);
    item.title = `${item.title} ${donor.title.slice(cut)}`;
    donor.title = donor.title.slice(0, cut).trimEnd();
  }
}

/** Runs of letters: the words whose spelling the lexicon can vouch for. */
const LETTER_RUNS = /\p{L}{2,}/gu;
const LOWER = /\p{Ll}/u;
const FINAL_STOP = /[.:;]/;

/** Words of `words` the lexicon does not hold, among those `other` lacks (lower-cased): the words both share count alike. */
function unknownWords(words: string[], other: ReadonlySet<string>, lexicon: Lexicon): number {
  let n = 0;
  for (const w of words) if (!other.has(w.toLowerCase()) && !lexicon.has(w)) n++;
  return n;
}

/** `s` without one final stop. */
const unstopped = (s: string): string => (FINAL_STOP.test(s.at(-1)!) ? s.slice(0, -1) : s);

/**
 * OCR reads an agenda item's title twice, in the agenda and as its discussion heading, and may garble either: "3.
 * Deprecatian pokey for the vi phign API" above "3. Deprecation policy for the v1 plugin API". When the two are
 * readings of one printed title (at most a quarter of their letters differ) and the heading's has fewer words the
 * lexicon does not know, the item takes it, with its own final stop. A heading in capitals under an item that is not
 * stays out (its case is the heading's style), as does one worded otherwise (a new word only the heading has is known
 * too: a tie keeps the agenda's).
 */
export function preferCleanerReadings(agenda: AgendaItem[], parts: readonly DiscussionPart[], lexicon: Lexicon): void {
  const headings = new Map<string, string>();
  for (const p of parts) if (p.agendaNumber && p.title && !headings.has(p.agendaNumber)) headings.set(p.agendaNumber, squash(p.title));
  if (!headings.size) return;
  for (const item of agenda) {
    const heading = item.number === null ? undefined : headings.get(item.number);
    if (heading === undefined || heading === item.title || (!LOWER.test(heading) && LOWER.test(item.title))) continue;
    const a = headingKey(unstopped(item.title));
    const b = headingKey(unstopped(heading));
    // (A reading that lacks a part of the other, "Expte. N° 0912/2016: Llamado ..." / "Llamado ...", is no misreading.)
    if (a === b || Math.abs(a.length - b.length) > Math.max(3, Math.max(a.length, b.length) / 10) || levenshtein.get(a, b) > Math.max(a.length, b.length) / 4) continue;
    const wa = item.title.match(LETTER_RUNS) ?? [];
    const wb = heading.match(LETTER_RUNS) ?? [];
    const la = new Set(wa.map((w) => w.toLowerCase()));
    const lb = new Set(wb.map((w) => w.toLowerCase()));
    if (unknownWords(wb, la, lexicon) >= unknownWords(wa, lb, lexicon)) continue;
    // The agenda's own final stop stays: headings often go without one.
    const stop = item.title.at(-1)!;
    item.title = FINAL_STOP.test(stop) && !FINAL_STOP.test(heading.at(-1)!) ? heading + stop : heading;
  }
}
