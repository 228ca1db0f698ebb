// Rebuilds readable page text from pdf.js text items: items on one baseline form a line, a larger vertical gap
// than usual line spacing starts a new paragraph (blank line), and horizontal gaps become spaces, or a tab when the
// gap is as wide as a table's gutter (so table cells stay apart, as in a typed export).

/** The fields of a pdf.js TextItem this module reads. */
export interface TextLayerItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** A horizontal gap wider than this many font sizes separates table columns; justified prose never stretches so far. */
const COLUMN_GAP = 1.5;

export function textFromItems(items: TextLayerItem[]): string {
  const lines: { text: string; y: number; size: number }[] = [];
  let cur: { text: string; y: number; size: number; xEnd: number } | null = null;
  let breakNext = false;
  for (const it of items) {
    const [, , c, d, x, y] = it.transform;
    const size = Math.hypot(c, d) || it.height || 10;
    if (it.str === '') { if (it.hasEOL) breakNext = true; continue; }
    // Some producers fill a table's gutter with one wide space item: that is a column gap, not a word space.
    if (cur !== null && !breakNext && it.str.trim() === '' && it.width > COLUMN_GAP * size && Math.abs(y - cur.y) < 0.5 * size) {
      cur.text += '\t';
      cur.xEnd = x + it.width;
      continue;
    }
    const sameLine = cur !== null && !breakNext && Math.abs(y - cur.y) < 0.5 * Math.max(size, cur.size);
    if (!sameLine) {
      if (cur) lines.push(cur);
      cur = { text: it.str, y, size, xEnd: x + it.width };
    } else {
      const gap = x - cur!.xEnd;
      const needsSpace = gap > 0.15 * size && !cur!.text.endsWith(' ') && !it.str.startsWith(' ');
      cur!.text += (gap > COLUMN_GAP * size ? '\t' : needsSpace ? ' ' : '') + it.str;
      cur!.xEnd = Math.max(cur!.xEnd, x + it.width);
    }
    breakNext = it.hasEOL;
  }
  if (cur) lines.push(cur);
  const cleaned = lines.map((l) => ({ ...l, text: l.text.replace(/[ \u00a0]+/g, ' ').replace(/ ?\t[ \t]*/g, '\t').trim() }));
  const steps = gapsBetween(cleaned);
  const usual = median(steps.filter((s) => s > 0)) ?? 0;
  let out = '';
  cleaned.forEach((l, i) => {
    if (i > 0) {
      const step = steps[i - 1];
      // A paragraph gap is clearly more than the usual line step, or a blank line drawn as an empty text line.
      out += usual > 0 && step > 1.6 * usual ? '\n\n' : '\n';
    }
    out += l.text;
  });
  return out.replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}

/** Downward distance between consecutive baselines; negative for columns or out-of-order content. */
function gapsBetween(lines: { y: number }[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < lines.length; i++) out.push(lines[i - 1].y - lines[i].y);
  return out;
}

function median(xs: number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
