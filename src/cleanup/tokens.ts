// Word tokens with raw offsets, and the neighbours that context rules read.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Index in the token list. */
  index: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(raw: string): Token[] {
  const out: Token[] = [];
  for (const m of raw.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], index: out.length });
  return out;
}

/** True when a sentence or paragraph boundary separates the two offsets (context does not cross it). */
function boundary(raw: string, from: number, to: number): boolean {
  const gap = raw.slice(from, to);
  return /[.;:!?¿¡()\f]|\n\s*\n/.test(gap) || gap.length > 12;
}

/** The previous word in the same sentence, or null. */
export function prevWord(raw: string, tokens: Token[], i: number, back = 1): Token | null {
  let cur = tokens[i];
  for (let k = 0; k < back; k++) {
    const p = tokens[cur.index - 1];
    if (!p || boundary(raw, p.end, cur.start)) return null;
    cur = p;
  }
  return cur;
}

/** The next word in the same sentence, or null. */
export function nextWord(raw: string, tokens: Token[], i: number): Token | null {
  const n = tokens[i + 1];
  if (!n || boundary(raw, tokens[i].end, n.start)) return null;
  return n;
}

/** The first non-space character after the token ('' at the end). */
export function charAfter(raw: string, t: Token): string {
  const m = /\S/.exec(raw.slice(t.end, t.end + 8));
  return m ? m[0] : '';
}

/** True when the token starts a sentence (nothing but a boundary before it). */
export function sentenceInitial(raw: string, tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (!p) return true;
  return /[.!?:\f]\s*$|\n\s*\n\s*$|^\s*\n\s*$/.test(raw.slice(p.end, tokens[i].start)) || /^\d+$/.test(p.text);
}
