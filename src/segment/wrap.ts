// Join lines that OCR wrapped out of one paragraph into one logical line, so a zone never splits a
// sentence ("... called to order by Mayor Linda Carver at" + "7:00 p.m. in the Council Chambers").
import type { Line } from './lines.js';
import { BULLET, splitNumbering, startsUpper, TASK_BOX } from '../extract/text.js';

export interface Logical extends Line {
  /** The physical lines this logical line is made of (one unless joined). */
  parts: Line[];
}

const END = /[.:;!?)]$/;
/** A roman item number alone on a line (an arabic one is as often a page number). */
const LONE_NUMBER = /^[IVXL]{1,5}\.?$/;
/** I, V, X or L: the first letter of LONE_NUMBER. */
const isRomanLetter = (c: number): boolean => c === 73 || c === 86 || c === 88 || c === 76;
/** A line ending in a title abbreviation or an initial ("... Secretary; Rev.", "... J.") has not ended its sentence. */
const TITLE_END = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Dra|Rev|Sr|Sra|Srta|Lic|Ing|Prof|Mg|D|Dª|St|No|N°|\p{Lu})\.$/u;
/** A typed filler run ("- - - ----=====") closes a paragraph at the margin: a capitalised line after it starts another. */
const FILLER_TAIL = /(?:[-–—=_]\s*){4,}[\w.]{0,3}$/u;
/** A mark typed fillers are made of: '-', '=', '_', en and em dashes. */
export const isFillerMark = (c: number): boolean => c === 45 || c === 61 || c === 95 || c === 0x2013 || c === 0x2014;

/**
 * The length of what OCR made of a long filler's end, as letters glued to its marks ("-------===eneeonencAs",
 * "====oonmnronmooo--"): a run of 4 to 30 ASCII letters and digits, one letter at least, right after a filler mark,
 * and up to three marks after it. 0 when the text ends otherwise (an account number "9938-903695-9474" has no letter).
 */
export function gluedTail(t: string): number {
  let end = t.length;
  while (end > 0 && t.length - end < 3 && isFillerMark(t.charCodeAt(end - 1))) end--;
  let i = end;
  let letter = false;
  while (i > 0 && end - i <= 30 && isAsciiWordChar(t.charCodeAt(i - 1))) { if (t.charCodeAt(i - 1) > 57) letter = true; i--; }
  const n = end - i;
  return letter && n >= 4 && n <= 30 && i > 0 && isFillerMark(t.charCodeAt(i - 1)) ? t.length - i : 0;
}

/** An ASCII letter or digit. */
export const isAsciiWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Filler marks among the last 16 characters of `a`: six or more are a typed filler, whatever OCR made of its end. */
function endsInFiller(a: string): boolean {
  const t = tail(a, 16);
  if (FILLER_TAIL.test(t)) return true;
  let n = 0;
  for (let i = 0; i < t.length; i++) if (isFillerMark(t.charCodeAt(i))) n++;
  return n >= 6;
}

/** The line ends in a typed filler, also one whose end OCR read as letters glued to it. */
function fillerEnd(a: string): boolean {
  if (endsInFiller(a)) return true;
  const glued = gluedTail(a);
  return glued > 0 && endsInFiller(a.slice(0, a.length - glued));
}

/** Width of a full line in this document (a line at least this long was wrapped by the page edge), from the trimmed widths of its non-blank lines. */
function fullWidth(lines: Line[], widths: Uint32Array): number {
  // The width at the 90th percentile, found by counting widths (small integers) rather than sorting them.
  let n = 0;
  let max = 0;
  for (const l of lines) if (!l.blank) { n++; if (widths[l.index]! > max) max = widths[l.index]!; }
  if (!n) return Infinity;
  const counts = new Uint32Array(max + 1);
  for (const l of lines) if (!l.blank) counts[widths[l.index]!]!++;
  const rank = Math.floor(n * 0.9);
  let width = 0;
  for (let seen = counts[0]!; seen <= rank; seen += counts[++width]!);
  return Math.max(50, 0.8 * width);
}

// Suffix tests run on the line's last few characters: a `$`-anchored regex would scan the whole line.
const CONNECTOR_END = /\s(?:de|del|la|las|los|y|e|of|the|and|en|por|para|DE|DEL|LA|Y|OF|THE|AND)$/u;
const DATE_END = /\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/;
const tail = (s: string, n: number): string => (s.length > n ? s.slice(-n) : s);
const LOWER_START = /^\p{Ll}/u;
/** LOWER_START, answered from the first code unit when it is ASCII (most lines start with one). */
const startsLower = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(s);
};

/** `a` ends inside a parenthesis opened in its last words, and `b` closes it within its first words. */
function closesOpenParen(a: string, b: string): boolean {
  // A forward search of the last 40 characters first: lastIndexOf would read all of a line without '('.
  if (a.indexOf('(', a.length - 40) < 0) return false;
  const open = a.lastIndexOf('(');
  if (open < 0 || open < a.length - 40 || a.indexOf(')', open) >= 0) return false;
  const close = b.indexOf(')');
  return close >= 0 && close < 60 && !b.slice(0, close).includes('(');
}

/**
 * `a` and `b` are the trimmed texts of two lines, neither holding a tab. A page's full width (`long`) is the measure of most text,
 * but a paragraph set in a narrower column (beside a margin of names) wraps at its own width: inside a paragraph
 * already two lines long, a prose line about as wide as its neighbours (`near`, the widest line around `prev`; 0
 * outside such a paragraph), followed by prose, is wrapped too.
 */
function joinable(a: string, b: string, long: number, near: number): boolean {
  if (!b) return false;
  // A capitalised line after a typed filler starts another paragraph (fillerEnd is asked last: it reads a tail).
  const upper = startsUpper(b);
  // A roman number alone on the line ends a sentence the line above left open ("... para el punto" / "IV.").
  if (isRomanLetter(b.charCodeAt(0)) && LONE_NUMBER.test(b)) return /\p{Ll}$/u.test(a) && !fillerEnd(a);
  const lower = startsLower(b);
  // Read only when the next line does not start in lower case (a lower-case start decides before the connector).
  const connector = !lower && CONNECTOR_END.test(tail(a, 6));
  // Only a lower-case start, a connector end, a full-width line or an open parenthesis joins: most pairs stop
  // here, before the rules.
  const full = a.length >= long || (near > 0 && a.length >= 30 && a.length >= 0.85 * near && !lower && !connector && proseLike(a) && proseLike(b));
  if (!lower && !connector && !full && !closesOpenParen(a, b)) return false;
  if (upper && fillerEnd(a)) return false;
  if ((splitNumbering(b) && !(full && !END.test(tail(a, 1)) && highDecimal(b))) || BULLET.test(b) || TASK_BOX.test(b) || /^[IVXLli1|]{1,4}\.?\s+\p{Lu}/u.test(b)) return false;
  // A parenthesis opened near the line's end and closed early on the next line: "Ana Ruiz (Business" / "Manager); ...".
  if (closesOpenParen(a, b)) return true;
  // Table rows: cells split by " | " or a row ending in its date cell are not wrapped prose.
  if ((a.includes('|') && /\s\|\s/.test(a)) || DATE_END.test(tail(a, 10))) return false;
  // A table row whose number OCR read as a letter ("a Felipe Aravena ...") is not a continuation.
  if (a.charCodeAt(0) >= 48 && a.charCodeAt(0) <= 57 && /^\d{1,3}\s+\p{Lu}/u.test(a) && /^\S{1,3}\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(b)) return false;
  if (lower) return a.length >= 25 || !END.test(tail(a, 1));
  // A line ending in "de", "del", "y", "of" cannot end a name, title or sentence: it goes on below.
  if (connector) return true;
  // Under a line opening with a label ("PRESENT: Ana Ruiz, ..."), a line opening with one ("ABSENT: Olivia Grant")
  // is the next field, however wide the line above; so is a label line of up to five words before names or nothing
  // ("Members of the public: Ana Ruiz", "Also present:") under a line that is no prose (in prose, "... doña Rosa de
  // Los" / "Olmos dijo: Que ..." is a sentence going on).
  return full && (!END.test(tail(a, 1)) || TITLE_END.test(tail(a, 7))) && !((a.includes('—') || a.includes('–')) && /\s[—–]\s/u.test(a)) &&
    !(LABEL_START.test(b) && LABEL_START.test(a)) && !(LABEL_LINE.test(b) && !proseLike(a)) &&
    !(SEMI_LABEL.test(b) && SEMI_LABEL.test(a));
}

/** A label of one to three words, capitalised, and its colon opening a line. */
const LABEL_START = /^\p{Lu}\p{L}*(?: \p{L}+){0,2}:\s/u;
/**
 * A label of one to five words and a semicolon for its colon before a capital ("Present; Trustee Lane", as OCR and
 * the cleanup leave it): a line opening so under another is the next list ("Absent; Trustee Grant"), where one under
 * a colon's label may be a name going on ("... Treasurer; Rev." / "John Park; Mary Cole.").
 */
const SEMI_LABEL = /^\p{Lu}\p{L}*(?: \p{L}+){0,4}\s?;\s+\p{Lu}/u;
/** A label of one to five words, capitalised, and its colon (OCR: ' :', ' ;') before a capitalised word or the line's end. */
const LABEL_LINE = /^\p{Lu}\p{L}*(?: \p{L}+){0,4}(?:\s?:| ;)(?:\s+\p{Lu}|\s*$)/u;

/**
 * A decimal above any section number ("94.5 FM ...", "48.7 por ciento") at the start of a line that follows an
 * unfinished full-width line is the sentence going on, not item 94.5: no agenda reaches item forty.
 */
const HIGH_DECIMAL = /^([4-9]\d|\d{3,})[.,]\d/;
function highDecimal(b: string): boolean {
  return HIGH_DECIMAL.test(b);
}

/** A run of running text, ended or not: five words or more, most of them lower-case (a list of names is not). */
function proseLike(s: string): boolean {
  const words = s.split(' ');
  if (words.length < 5) return false;
  let lower = 0;
  for (const w of words) if (startsLower(w)) lower++;
  return lower >= 0.4 * words.length;
}

/** The widest of the non-blank lines up to two away from line `i` on either side. */
function nearWidth(widths: Uint32Array, lines: Line[], i: number): number {
  let w = 0;
  for (let k = Math.max(0, i - 2); k <= Math.min(lines.length - 1, i + 2); k++) if (!lines[k]!.blank && widths[k]! > w) w = widths[k]!;
  return w;
}

/** Logical lines; `furniture` (physical indexes) lines never join and keep their own logical line. */
export function joinWrapped(lines: Line[], furniture: Set<number>): { logical: Logical[]; furniture: Set<number> } {
  const logical: Logical[] = [];
  const logicalFurniture = new Set<number>();
  // Each physical line is trimmed and looked at for tabs once: the joining rules read it as the line below and then
  // as the line above. A line holding a tab (a table row) joins no other.
  const trimmed: string[] = [];
  const widths = new Uint32Array(lines.length);
  const tabbed = new Uint8Array(lines.length);
  for (const l of lines) {
    const t = l.blank ? '' : l.text.trim();
    trimmed.push(t);
    widths[l.index] = t.length;
    if (l.text.includes('\t')) tabbed[l.index] = 1;
  }
  const long = fullWidth(lines, widths);
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    const parts = [first];
    if (!first.blank && !furniture.has(first.index)) {
      let j = i + 1;
      while (j < lines.length) {
        let k = j;
        // One blank line inside a paragraph is an OCR artefact when the text goes on in lower case or closes a parenthesis.
        if (lines[k]!.blank && k + 1 < lines.length && !END.test(tail(trimmed[parts[parts.length - 1]!.index]!, 1)) &&
          (/^\s*\p{Ll}/u.test(lines[k + 1]!.text) || closesOpenParen(trimmed[parts[parts.length - 1]!.index]!, lines[k + 1]!.text.trim()))) k++;
        const next = lines[k];
        const prev = parts[parts.length - 1]!;
        if (!next || next.blank || next.bulleted || furniture.has(next.index) || tabbed[prev.index] || tabbed[next.index] ||
          !joinable(trimmed[prev.index]!, trimmed[next.index]!, long, parts.length >= 2 ? nearWidth(widths, lines, prev.index) : 0)) break;
        for (let m = j; m <= k; m++) parts.push(lines[m]!);
        j = k + 1;
      }
    }
    const last = parts[parts.length - 1]!;
    let text = first.text;
    if (parts.length > 1) {
      const texts: string[] = [];
      for (const p of parts) if (!p.blank) texts.push(trimmed[p.index]!);
      text = texts.join(' ');
    }
    if (furniture.has(first.index)) logicalFurniture.add(logical.length);
    const endsShort = !last.blank && widths[last.index]! < long;
    logical.push({ index: logical.length, page: first.page, start: first.start, end: last.end, text, blank: first.blank, endsShort, bulleted: first.bulleted, parts });
    i += parts.length;
  }
  return { logical, furniture: logicalFurniture };
}
