// The context of one segment() call: the document's language and keywords, and memos of the scans several
// stages run on the same lines. Made by segment() and dropped when it returns, so each call pays for its own
// document (a memo kept across calls would make repeated runs look faster than fresh documents are).
import type { Lang } from '../types.js';
import { keywords, type Keywords } from './keywords.js';
import type { Line } from './lines.js';
import { fold, isProse, isSpace, splitNumbering, type Numbered } from '../extract/text.js';
import { findTimes, type TimeHit } from '../extract/times.js';
import { findDates, optionsKey, type DateHit, type DateOptions } from '../extract/dates.js';
import { isPersonName } from '../extract/names.js';
import { SOFT_HINT } from './label.js';
import { CLOSING_HINT } from '../extract/closing.js';

/**
 * The stems of the labeller's and the closing extractor's closing hints (flat alternations) in one pattern, any
 * whitespace where a logical line joined two physical ones: a line holding none of them skips both tests.
 */
const CLOSING_STEMS = new RegExp(byFirstLetter(`${SOFT_HINT.source}|${CLOSING_HINT.source}`.split('|')).replace(/ /g, '\\s+'), 'gi');

/**
 * Stems as one alternation grouped by first letter ("c(?:onclu|losed)|..."), a stem that another one starts dropped
 * ("terminad" after "termin"): only whether a line holds a stem matters, and the grouped pattern scans faster. Each
 * stem must start with a plain letter.
 */
function byFirstLetter(stems: string[]): string {
  const kept = [...new Set(stems)].filter((s) => !stems.some((t) => t !== s && s.startsWith(t)));
  const groups = new Map<string, string[]>();
  for (const s of kept.sort()) {
    if (!/^[a-z]/.test(s)) throw new Error(`closing stem must start with a letter: ${s}`);
    const g = groups.get(s[0]!);
    if (g) g.push(s.slice(1));
    else groups.set(s[0]!, [s.slice(1)]);
  }
  return [...groups].map(([c, rest]) => (rest.length === 1 ? c + rest[0] : `${c}(?:${rest.join('|')})`)).join('|');
}

export class SegmentContext {
  readonly kw: Keywords;
  /** Year of the meeting date once the header is read: dates printed without a year take it. */
  year: number | null = null;
  private readonly proseOf = new Map<string, boolean>();
  private readonly timesOf = new Map<string, readonly TimeHit[]>();
  private readonly personOf = new Map<string, boolean>();
  private readonly datesOf = new Map<string, Map<string, readonly DateHit[]>>();
  private readonly flagsOf = new Map<RegExp, Uint8Array>();
  // Facts of each logical line by its index, filled in on first use: the labeller and the extractors ask them of
  // the same lines, and an index is cheaper to look up than a (long, freshly trimmed) string.
  private readonly trimmedAt: Array<string | undefined>;
  private readonly foldedAt: Array<string | undefined>;
  /** 0: not known yet, 1: not prose, 2: prose. */
  private readonly proseAt: Uint8Array;
  private readonly numberingAt: Array<Numbered | null | undefined>;

  /** `lines` are the logical lines of `text` (their offsets point into it). */
  constructor(readonly lang: Lang, private readonly text: string, private readonly lines: readonly Line[]) {
    this.kw = keywords(lang);
    this.trimmedAt = new Array<string | undefined>(lines.length);
    this.foldedAt = new Array<string | undefined>(lines.length);
    this.proseAt = new Uint8Array(lines.length);
    this.numberingAt = new Array<Numbered | null | undefined>(lines.length);
  }

  /** The logical line's text trimmed. */
  trimmed(line: Line): string {
    return (this.trimmedAt[line.index] ??= line.text.trim());
  }

  /** fold() of the logical line's trimmed text (offsets match trimmed()'s). */
  folded(line: Line): string {
    return (this.foldedAt[line.index] ??= fold(this.trimmed(line)));
  }

  /** splitNumbering() of the logical line's trimmed text (the labeller asks it of every line, the extractors again). */
  numbering(line: Line): Numbered | null {
    let v = this.numberingAt[line.index];
    if (v === undefined) this.numberingAt[line.index] = v = splitNumbering(this.trimmed(line));
    return v;
  }

  /**
   * splitNumbering() of the logical line's text as it is, untrimmed. Every numbering pattern starts with ^\s* (and
   * the gate skips leading spaces), so leading spaces change nothing: a line not ending in a space reads as its
   * trimmed text does. One ending in a space is split anew ("1 - " is numbered, "1 -" is not).
   */
  numberingAsIs(line: Line): Numbered | null {
    const t = line.text;
    return t.length && isSpace(t.charCodeAt(t.length - 1)) ? splitNumbering(t) : this.numbering(line);
  }

  /** isProse() of the logical line's text (trimmed or not: isProse trims). */
  isProse(line: Line): boolean {
    let v = this.proseAt[line.index]!;
    if (v === 0) this.proseAt[line.index] = v = isProse(line.text) ? 2 : 1;
    return v === 2;
  }

  /** isProse(s), scanned once per distinct string: the labeller and every extractor ask it of the same lines. */
  prose(s: string): boolean {
    let v = this.proseOf.get(s);
    if (v === undefined) this.proseOf.set(s, (v = isProse(s)));
    return v;
  }

  /** findTimes(s), scanned once per distinct string (the labeller and the header both read the header lines). */
  times(s: string): readonly TimeHit[] {
    let v = this.timesOf.get(s);
    if (v === undefined) this.timesOf.set(s, (v = findTimes(s)));
    return v;
  }

  /** findDates(s, o), scanned once per distinct string and options: the labeller, header and closing read the same lines. */
  dates(s: string, o: DateOptions = {}): readonly DateHit[] {
    const key = optionsKey(o);
    let byText = this.datesOf.get(key);
    if (!byText) this.datesOf.set(key, (byText = new Map()));
    let v = byText.get(s);
    if (v === undefined) byText.set(s, (v = findDates(s, o)));
    return v;
  }

  /** isPersonName(s), once per distinct string: list items, table rows and sentences ask it of the same names. */
  personName(s: string): boolean {
    let v = this.personOf.get(s);
    if (v === undefined) this.personOf.set(s, (v = isPersonName(s, this.kw)));
    return v;
  }

  /** The logical line may hold a closing sentence (adjournment, next meeting). */
  mayClose(line: Line): boolean {
    return this.linesWith(CLOSING_STEMS)[line.index] === 1;
  }

  /** Which logical lines hold a match of the global `re`: one scan of the whole text, not one per line. */
  private linesWith(re: RegExp): Uint8Array {
    let flags = this.flagsOf.get(re);
    if (flags) return flags;
    flags = new Uint8Array(this.lines.length);
    const { lines, text } = this;
    // Hits come in text order: the line pointer only moves forward, and a flagged line's other hits are skipped.
    let i = 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      while (i < lines.length && lines[i]!.end <= m.index) i++;
      if (i === lines.length) break;
      const l = lines[i]!;
      // A hit between lines flags none; the search goes on right after its start (a later line may hold one).
      if (l.start > m.index) { re.lastIndex = m.index + 1; continue; }
      flags[i] = 1;
      re.lastIndex = l.end;
    }
    this.flagsOf.set(re, flags);
    return flags;
  }
}
