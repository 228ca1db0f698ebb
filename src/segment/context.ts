// The context of one segment() call: the document's language and keywords, and memos of the scans several
// stages run on the same lines. Made by segment() and dropped when it returns, so each call pays for its own
// document (a memo kept across calls would make repeated runs look faster than fresh documents are).
import type { Lang } from '../types.js';
import { keywords, type Keywords } from './keywords.js';
import { isProse } from '../extract/text.js';
import { findTimes, type TimeHit } from '../extract/times.js';

export class SegmentContext {
  readonly kw: Keywords;
  /** Year of the meeting date once the header is read: dates printed without a year take it. */
  year: number | null = null;
  private readonly proseOf = new Map<string, boolean>();
  private readonly timesOf = new Map<string, readonly TimeHit[]>();

  constructor(readonly lang: Lang) {
    this.kw = keywords(lang);
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
}
