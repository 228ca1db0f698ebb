// Roman item numbers OCR bent out of shape ("IL. Cuenta de la tesorería", "ITI. Informe ...", "!Il. Varios"), read
// back from the list they stand in: I, II, III, IV. A bent numeral whose strokes, all read as I, give the number
// that comes after the item above it (or before the one below it) is that number. A number that reads right, or that
// its neighbours do not vouch for, is left alone.
import type { Edit } from '../doc.js';

/** A line's leading item number, roman or bent: strokes OCR confuses with I ("l", "1", "|", "!", "T", "L"). */
const LEADING = /^([ \t]*)([IVXLTl1|!]{1,6}|\d{1,2})(?=[ \t]*(?:\.-|[.)-])[ \t]*\S)/gm;
/** Valid roman numerals up to 39, the longest agendas have. */
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Items further apart than this many lines are not neighbours in one list. */
const NEIGHBOURHOOD = 60;
/** A lone "l", "1" or "|" is a bent I only right before a II this close. */
const LONE_NEIGHBOURHOOD = 10;

export function romanValue(s: string): number | null {
  if (s === '' || !ROMAN.test(s)) return null;
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]!]!;
    const next = v[s[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

function toRoman(n: number): string {
  const parts: Array<[number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, r] of parts) while (n >= v) { out += r; n -= v; }
  return out;
}

interface Item {
  start: number;
  token: string;
  line: number;
  /** The number as printed, when it is a valid numeral. */
  value: number | null;
  /** The number with every bent stroke read as I, when the token has bent strokes and that reads as a numeral. */
  bent: number | null;
}

export function repairRomanNumbering(raw: string, isOcr: (offset: number) => boolean): Edit[] {
  const items: Item[] = [];
  let line = 0;
  let counted = 0;
  for (const m of raw.matchAll(LEADING)) {
    const start = m.index + m[1]!.length;
    for (let i = counted; i < start; i++) if (raw.charCodeAt(i) === 10) line++;
    counted = start;
    const token = m[2]!;
    const clean = /^[IVX]+$/.test(token);
    // Arabic numbers other than a lone 1 take part only to break a run of roman ones.
    if (/^\d+$/.test(token) && token !== '1') { items.push({ start, token, line, value: null, bent: null }); continue; }
    items.push({ start, token, line, value: clean ? romanValue(token) : null, bent: clean ? null : romanValue(token.replace(/[Tl1|!L]/g, 'I')) });
  }
  const edits: Edit[] = [];
  const fixed = new Map<number, number>();
  items.forEach((it, k) => {
    if (it.bent === null || !isOcr(it.start)) return;
    // The neighbours vouch with their own numbers (or the number this repair gave the item above).
    const prev = items[k - 1];
    const next = items[k + 1];
    const near = (o: Item | undefined, lines = NEIGHBOURHOOD) => o !== undefined && Math.abs(o.line - it.line) <= lines;
    // A lone "1", "l" or "|" is an arabic one or a letter far more often than a bent I: only a II right below says.
    if (it.token.length === 1) {
      if (near(next, LONE_NEIGHBOURHOOD) && (next!.value ?? next!.bent) === 2) accept(it, k, 1);
      return;
    }
    const prevValue = near(prev) ? prev!.value ?? fixed.get(k - 1) ?? null : null;
    const nextValue = near(next) ? next!.value : null;
    if (prevValue === it.bent - 1 || nextValue === it.bent + 1) accept(it, k, it.bent);
  });
  return edits;

  function accept(it: Item, k: number, value: number): void {
    fixed.set(k, value);
    edits.push({ start: it.start, end: it.start + it.token.length, text: toRoman(value), kind: 'ocr', confidence: 0.85, rule: 'repairRomanNumbering' });
  }
}
