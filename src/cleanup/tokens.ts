// Word tokens with raw offsets, and the neighbours that context rules read.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Index in the token list. */
  index: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isWordChar(code: number, raw: string, i: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(raw[i]);
}

/** Maximal runs of letters, marks and digits (a char loop: several times faster than a Unicode regex). */
export function tokenize(raw: string): Token[] {
  const out: Token[] = [];
  let start = -1;
  for (let i = 0; i <= raw.length; i++) {
    const inWord = i < raw.length && isWordChar(raw.charCodeAt(i), raw, i);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push({ start, end: i, text: raw.slice(start, i), index: out.length });
      start = -1;
    }
  }
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

/** True when the token starts a sentence (nothing but a boundary before it). A period after a title
 *  abbreviation in `abbreviations` ("Sr. Royo") ends no sentence. */
export function sentenceInitial(raw: string, tokens: Token[], i: number, abbreviations?: ReadonlySet<string>): boolean {
  const p = tokens[i - 1];
  if (!p) return true;
  if (abbreviations?.has(p.text.toLowerCase()) && /^\. ?$/.test(raw.slice(p.end, tokens[i].start))) return false;
  return /[.!?:\f]\s*$|\n\s*\n\s*$|^\s*\n\s*$/.test(raw.slice(p.end, tokens[i].start)) || /^\d+$/.test(p.text);
}

/** True when the token is glued to an address or identifier ("uaa" in "correo.uaa.mx", "user@host"): not prose. */
export function inIdentifier(raw: string, t: Token): boolean {
  const before = raw[t.start - 1] ?? ' ';
  const after = raw[t.end] ?? ' ';
  const glue = (ch: string): boolean => ch === '@' || ch === '/' || ch === '\\' || ch === '_' || ch === '#';
  const dotted = (ch: string, next: string | undefined): boolean => ch === '.' && next !== undefined && /[\p{L}\p{N}]/u.test(next);
  return glue(before) || glue(after) || dotted(after, raw[t.end + 1]) || (before === '.' && /[\p{L}\p{N}]/u.test(raw[t.start - 2] ?? ''));
}
