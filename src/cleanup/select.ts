// Keeps the edits that do not clash with a higher-priority one, exactly as selectEdits (src/offsets) decides,
// but in O(n log n): the chosen edits are kept sorted and a new edit is checked against its neighbours only
// (selectEdits compares it with every chosen edit, quadratic on long OCR documents).
import type { Edit } from '../doc.js';

function clash(e: Edit, c: Edit): boolean {
  return e.start === e.end && c.start === c.end
    ? e.start === c.start
    : e.start < c.end && c.start < e.end || (e.start === e.end && e.start > c.start && e.start < c.end) ||
      (c.start === c.end && c.start > e.start && c.start < e.end);
}

/** `edits` in priority order -> the non-clashing subset, sorted by start then end. */
export function selectNonClashing(edits: readonly Edit[]): Edit[] {
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
