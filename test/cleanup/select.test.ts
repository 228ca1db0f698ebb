// selectNonClashing must choose exactly what selectEdits chooses (it is only faster).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Edit } from '../../src/doc.js';
import { selectEdits } from '../../src/offsets/apply-edits.js';
import { selectNonClashing } from '../../src/cleanup/select.js';

const edit = fc.tuple(fc.nat(30), fc.nat(4)).map(([start, len]): Edit =>
  ({ start, end: start + len, text: 'x', kind: 'other', confidence: 1, rule: 't' }));

describe('selectNonClashing', () => {
  it('agrees with selectEdits on random edit lists (insertions, touching and nested spans)', () => {
    fc.assert(fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
      expect(selectNonClashing(edits)).toEqual(selectEdits(edits));
    }), { numRuns: 2000 });
  });
  it('keeps the earlier of two overlapping edits and an insertion at a boundary', () => {
    const a: Edit = { start: 2, end: 5, text: 'a', kind: 'other', confidence: 1, rule: 't' };
    const b: Edit = { start: 4, end: 6, text: 'b', kind: 'other', confidence: 1, rule: 't' };
    const c: Edit = { start: 5, end: 5, text: 'c', kind: 'other', confidence: 1, rule: 't' };
    expect(selectNonClashing([a, b, c])).toEqual([a, c]);
  });
});
