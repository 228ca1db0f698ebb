import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdits, selectEdits } from '../src/offsets/apply-edits.js';
import type { Edit } from '../src/doc.js';

const edit = (start: number, end: number, text: string): Edit => ({ start, end, text, kind: 'other', confidence: 1, rule: 't' });

describe('applyEdits', () => {
  it('applies edits with indices into the original text', () => {
    const raw = 'Reunion de Accion';
    const r = applyEdits(raw, [edit(11, 17, 'Acción'), edit(0, 7, 'Reunión')]);
    expect(r.text).toBe('Reunión de Acción');
    expect(r.edits.map((e) => e.start)).toEqual([0, 11]);
  });

  it('drops a lower-priority edit that overlaps an accepted one', () => {
    const r = applyEdits('abcdef', [edit(1, 4, 'X'), edit(3, 5, 'Y'), edit(5, 6, 'Z')]);
    expect(r.text).toBe('aXeZ');
    expect(r.edits).toHaveLength(2);
  });

  it('maps offsets both ways around a length-changing edit', () => {
    const r = applyEdits('ab-\ncd ef', [edit(2, 4, '')]);
    expect(r.text).toBe('abcd ef');
    expect(r.toRaw(2)).toBe(4); // 'c'
    expect(r.toRaw(5)).toBe(7); // 'e'
    expect(r.fromRaw(7)).toBe(5);
    expect(r.fromRaw(0)).toBe(0);
  });

  it('rejects an edit outside the text', () => {
    expect(() => applyEdits('abc', [edit(2, 9, 'x')])).toThrow(RangeError);
  });

  it('keeps the invariants for any set of edits (property)', () => {
    const arb = fc.string({ maxLength: 60 }).chain((raw) => fc.tuple(fc.constant(raw), fc.array(
      fc.tuple(fc.nat(raw.length), fc.nat(4), fc.string({ maxLength: 5 })).map(([s, len, t]) => edit(s, Math.min(raw.length, s + len), t)),
      { maxLength: 8 })));
    fc.assert(fc.property(arb, ([raw, edits]) => {
      const r = applyEdits(raw, edits);
      const chosen = selectEdits(edits);
      for (let i = 1; i < chosen.length; i++) expect(chosen[i].start).toBeGreaterThanOrEqual(chosen[i - 1].end);
      // Rebuilding from the chosen edits gives the same text, and unedited stretches keep their offsets' meaning.
      let rebuilt = '';
      let pos = 0;
      for (const e of chosen) { rebuilt += raw.slice(pos, e.start) + e.text; pos = e.end; }
      rebuilt += raw.slice(pos);
      expect(r.text).toBe(rebuilt);
      const first = chosen[0]?.start ?? raw.length;
      for (let i = 0; i < first; i++) expect(r.toRaw(i)).toBe(i);
      const shift = r.text.length - raw.length;
      const last = chosen.at(-1);
      if (last) for (let i = last.end; i <= raw.length; i++) expect(r.fromRaw(i)).toBe(i + shift);
    }), { numRuns: 300 });
  });
});

/** The obvious quadratic rule, as the oracle for the fast selectEdits. */
function naiveSelect(edits: readonly Edit[]): Edit[] {
  const chosen: Edit[] = [];
  for (const e of edits) {
    const clash = chosen.some((c) => e.start === e.end && c.start === c.end
      ? e.start === c.start
      : (e.start < c.end && c.start < e.end) || (e.start === e.end && e.start > c.start && e.start < c.end) ||
        (c.start === c.end && c.start > e.start && c.start < e.end));
    if (!clash) chosen.push(e);
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

describe('selectEdits', () => {
  const arbEdit = fc.tuple(fc.nat(30), fc.nat(4)).map(([start, len]) => edit(start, start + len, 'x'));
  it('chooses exactly what the obvious quadratic rule chooses (insertions, touching and nested spans)', () => {
    fc.assert(fc.property(fc.array(arbEdit, { maxLength: 40 }), (edits) => {
      expect(selectEdits(edits)).toEqual(naiveSelect(edits));
    }), { numRuns: 2000 });
  });
  it('keeps the earlier of two overlapping edits and an insertion at a boundary', () => {
    const a = edit(2, 5, 'a');
    const b = edit(4, 6, 'b');
    const c = edit(5, 5, 'c');
    expect(selectEdits([a, b, c])).toEqual([a, c]);
  });
});
