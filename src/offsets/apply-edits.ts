// Applies edits to the raw text. Indices always refer to the original (magic-string style):
// edits are sorted, overlaps are resolved by keeping the earlier-listed (higher-priority) edit.
import type { Edit } from '../doc.js';

export interface Applied {
  /** The edited text. */
  text: string;
  /** The edits that were applied, sorted by start. */
  edits: Edit[];
  /** Maps an offset in `text` to the corresponding offset in the raw text. */
  toRaw(offset: number): number;
  /** Maps an offset in the raw text to the corresponding offset in `text`. */
  fromRaw(offset: number): number;
}

function clash(e: Edit, c: Edit): boolean {
  return e.start === e.end && c.start === c.end
    ? e.start === c.start
    : e.start < c.end && c.start < e.end || (e.start === e.end && e.start > c.start && e.start < c.end) ||
      (c.start === c.end && c.start > e.start && c.start < e.end);
}

/**
 * Chooses a non-overlapping subset of edits. `edits` is in priority order: an edit that overlaps one already chosen
 * is dropped. A zero-width insertion may sit at another edit's boundary; two insertions at the same point keep the
 * first. The chosen edits are kept sorted, so each new one is checked against its neighbours only (O(n log n)
 * searches; long OCR documents propose tens of thousands of edits).
 */
export function selectEdits(edits: readonly Edit[]): Edit[] {
  const chosen: Edit[] = [];
  for (const e of edits) {
    if (e.start < 0 || e.end < e.start) throw new RangeError(`bad edit range [${e.start}, ${e.end})`);
    // First chosen edit that sorts after e (by start, then end).
    let lo = 0;
    let hi = chosen.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = chosen[mid];
      if (c.start < e.start || (c.start === e.start && c.end <= e.end)) lo = mid + 1;
      else hi = mid;
    }
    let hit = false;
    // Chosen edits are disjoint, so only those reaching e's start from the left, or starting up to its end, matter.
    for (let j = lo - 1; j >= 0 && !hit; j--) {
      const c = chosen[j];
      if (c.end < e.start) break;
      hit = clash(e, c);
    }
    for (let j = lo; j < chosen.length && !hit && chosen[j].start <= e.end; j++) hit = clash(e, chosen[j]);
    if (!hit) chosen.splice(lo, 0, e);
  }
  return chosen;
}

/** Applies non-overlapping edits (see selectEdits) to `raw`. */
export function applyEdits(raw: string, edits: readonly Edit[]): Applied {
  const sorted = selectEdits(edits);
  const parts: string[] = [];
  // Segment table: [cleanStart, rawStart, cleanLen, rawLen] for each edited span.
  const segs: Array<[number, number, number, number]> = [];
  let rawPos = 0;
  let cleanPos = 0;
  for (const e of sorted) {
    if (e.end > raw.length) throw new RangeError(`edit [${e.start}, ${e.end}) beyond text of length ${raw.length}`);
    parts.push(raw.slice(rawPos, e.start));
    cleanPos += e.start - rawPos;
    segs.push([cleanPos, e.start, e.text.length, e.end - e.start]);
    parts.push(e.text);
    cleanPos += e.text.length;
    rawPos = e.end;
  }
  parts.push(raw.slice(rawPos));
  const text = parts.join('');

  const toRaw = (offset: number): number => {
    let lo = 0;
    let hi = segs.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid][0] <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (best < 0) return offset;
    const [cs, rs, cl, rl] = segs[best];
    if (offset < cs + cl) return rs + Math.min(rl, Math.round(((offset - cs) * rl) / Math.max(1, cl)));
    return rs + rl + (offset - cs - cl);
  };
  const fromRaw = (offset: number): number => {
    let lo = 0;
    let hi = segs.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid][1] <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (best < 0) return offset;
    const [cs, rs, cl, rl] = segs[best];
    if (offset < rs + rl) return cs + Math.min(cl, Math.round(((offset - rs) * cl) / Math.max(1, rl)));
    return cs + cl + (offset - rs - rl);
  };
  return { text, edits: sorted, toRaw, fromRaw };
}
