// Page furniture: running headers/footers (lines repeating at page tops/bottoms) and page numbers.
import type { Line } from './lines.js';
import { foldCode, hasWord } from '../extract/text.js';

const TOP = 5;
const BOTTOM = 4;
/** Longest line a footer below a page counter holds. */
const FOOTER_LINE = 200;

/** The word a page counter opens with ("Página", "Pág.", "Page", "Hoja", "Foja"), also OCR-bent ("Hpja", "P4gina"). */
const PAGE_WORD = String.raw`p[aá]g(?:ina)?\.?|page|hoja|h[a-z]ja|p.gina|foja`;
/** A counter's number and the count after it: "2 de 3", "2 of 3" (OCR's "2 af 3"), "2/3". */
const OF_COUNT = String.raw`\d{1,3}\s*(?:de|[oa0]f|\/)\s*\d{1,3}`;

/** "Página 2 de 3", "Page 2 of 3", "Hoja 1 de 3", "- 2 -", "2", "Pág. 4", also OCR-bent ("Hpja 2 de 3", "Page 2 af 3"). */
const PAGE_NUMBER = [
  new RegExp(String.raw`^\W*(?:${PAGE_WORD})\s*\d{1,3}(?:\s*(?:de|[oa0]f|\/)\s*\d{1,3})?\W*$`, 'iu'),
  /^\W*[-–—]\s*\d{1,3}\s*[-–—]\W*$/u,
  /^\s*\d{1,3}\s*$/u,
  /^\W*\d{1,3}\s*(?:\/|de|of)\s*\d{1,3}\W*$/iu,
];
/**
 * A running-header line that ends with a page counter ("Registro de reunión CPHS Página 1 de 2"), or with a bare one
 * after a separator ("Board of Supervisors - February 11, 2020 - Page 2").
 */
const TRAILING_COUNTER = new RegExp(String.raw`(?:${PAGE_WORD})\s*${OF_COUNT}\W*$|\s[-–—|·]\s*(?:${PAGE_WORD})\s*\d{1,3}\W*$`, 'iu');

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** An ASCII `\w` unit. */
const isAsciiWord = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

export function isPageNumber(text: string): boolean {
  // Past its leading non-word marks a page number opens with its digits or a p/h/f word ("Página", "Hoja",
  // "Foja"): a line whose first ASCII word unit is anything else runs none of the patterns.
  let i = 0;
  while (i < text.length && !isAsciiWord(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i) | 32;
  if (!isDigit(text.charCodeAt(i)) && c !== 112 && c !== 104 && c !== 102) return false;
  const t = text.trim();
  for (const re of PAGE_NUMBER) if (re.test(t)) return true;
  return false;
}

/** TRAILING_COUNTER ends in digits and non-word marks: a line whose last ASCII word unit is no digit misses it. */
function mayEndInCounter(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && !isAsciiWord(text.charCodeAt(i))) i--;
  return i >= 0 && isDigit(text.charCodeAt(i));
}

const LATIN1 = new TextDecoder('latin1');

/**
 * A line's key: its letters folded, newlines kept (fold(text) without what is not a-z or a newline; fold() takes
 * "ñ" to "n"), so copies of a running line read alike however OCR spaced and punctuated them. One pass over the
 * code units into bytes costs half the fold and a replace that cuts the text at every space; each unit folds on its
 * own.
 */
function letters(text: string): string {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = foldCode(text.charCodeAt(i));
    if ((c >= 97 && c <= 122) || c === 10) out[n++] = c;
  }
  return LATIN1.decode(out.subarray(0, n));
}


/** What a footer's address or contact line holds: a figure, an e-mail or web address, a phone label. */
const CONTACT = /\d|@|www\.|https?:|\.(?:com|org|net|gob|gov|cl|mx|ar|co|es|pe)\b|\b(?:tel|fono|tlf|fax|phone|e-?mail)\b/i;

/**
 * A bare number right under a long line that stops on a word ("3. Send the survey results ... - April" / "10"): the
 * line's end, wrapped, not a page number.
 */
function wrapTail(lines: Line[], l: Line): boolean {
  const above = lines[l.index - 1];
  if (!above || above.blank || !/^\s*\d{1,3}\s*$/.test(l.text)) return false;
  const t = above.text.trimEnd();
  return t.length >= 40 && /\p{L}$/u.test(t);
}

/** A sentence: five words or more ending in a full stop. */
function isSentence(text: string): boolean {
  const t = text.trim();
  return t.endsWith('.') && t.split(/\s+/).length >= 5;
}

interface Region {
  page: number;
  /**
   * The page's first TOP non-blank lines that are no specks and its last BOTTOM non-blank lines (they overlap on
   * short pages).
   */
  top: Line[];
  bottom: Line[];
  /** Specks above the last line of `top`. */
  topSpecks: Line[];
}

/**
 * A line of OCR specks (a logo or a stamp read as "ls]", "4 4.83", "ZE"): no word of three letters, no page number.
 * Specks at a page's top do not count among its first lines, so a running header below a logo is still at the top.
 */
function isSpeck(l: Line): boolean {
  return !hasWord(l.text) && !isPageNumber(l.text);
}

function pageRegions(lines: Line[]): Region[] {
  const out: Region[] = [];
  let page: Line[] = [];
  const close = () => {
    if (!page.length) return;
    const top: Line[] = [];
    const topSpecks: Line[] = [];
    for (const l of page) {
      if (top.length === TOP) break;
      if (isSpeck(l)) topSpecks.push(l);
      else top.push(l);
    }
    out.push({ page: page[0]!.page, top, bottom: page.slice(-BOTTOM), topSpecks });
    page = [];
  };
  for (const l of lines) {
    if (l.blank) continue;
    if (page.length && l.page !== page[0]!.page) close();
    page.push(l);
  }
  close();
  return out;
}

function counter(l: Line): boolean {
  return isPageNumber(l.text) || (mayEndInCounter(l.text) && TRAILING_COUNTER.test(l.text));
}

/** Keys this long may match a letter or two apart: OCR reads each page's copy of a running line anew ("Revisi6n"/"Revisión"). */
const FUZZY_KEY = 8;
/** Letters at each end of a key that index it: one edit leaves a key's start or its end as it was. */
const EDGE = 6;

/** True when `a` and `b` are at most `k` edits apart: the edit-distance table is filled only near its diagonal. */
export function withinEdits(a: string, b: string, k: number): boolean {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > k) return false;
  const big = k + 1;
  // prev[j] and cur[j] hold distances for b's first j characters (rows of a's first i-1 and i).
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= k ? j : big;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    cur[0] = i <= k ? i : big;
    // The cells either side of the band count as too far (the arrays are reused, so they are set each row).
    if (lo - 1 > 0) cur[lo - 1] = big;
    if (hi + 1 <= m) cur[hi + 1] = big;
    let best = cur[0]!;
    for (let j = lo; j <= hi; j++) {
      const sub = prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const v = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1, big);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > k) return false;
    [prev, cur] = [cur, prev];
  }
  return prev[m]! <= k;
}

/**
 * Keys mapped to the first key seen an edit away (two in keys of 30 letters or more), found through the keys' first
 * and last letters: only keys sharing one of those are compared. `blended` tells the keys that took in a near one.
 */
function nearKeys(): { canonical(k: string): string; blended(k: string): boolean } {
  const known = new Set<string>();
  const blends = new Set<string>();
  const byStart = new Map<number, string[]>();
  const byEnd = new Map<number, string[]>();
  const add = (m: Map<number, string[]>, e: number, k: string) => { const l = m.get(e); if (l) l.push(k); else m.set(e, [k]); };
  const near = (a: string, b: string) => withinEdits(a, b, a.length >= 30 ? 2 : 1);
  return {
    canonical(k: string): string {
      if (k.length < FUZZY_KEY || known.has(k)) return k;
      const start = edgeCode(k, 0);
      const end = edgeCode(k, k.length - EDGE);
      const hit = byStart.get(start)?.find((c) => near(c, k)) ?? byEnd.get(end)?.find((c) => near(c, k));
      if (hit !== undefined) { blends.add(hit); return hit; }
      known.add(k);
      add(byStart, start, k);
      add(byEnd, end, k);
      return k;
    },
    /** True when a key only near `k`, not equal to it, was mapped to it. */
    blended: (k: string) => blends.has(k),
  };
}

/**
 * The EDGE letters of key `k` from `from` as one number, five bits a letter (a-z as 1-26): it indexes the key
 * as the slice would, without making and hashing a string (six letters fit in a small integer).
 */
function edgeCode(k: string, from: number): number {
  let v = 0;
  for (let i = from; i < from + EDGE; i++) {
    const c = k.charCodeAt(i);
    v = v * 32 + (c - 96);
  }
  return v;
}

/**
 * Indexes of furniture lines. `isTitle` tells which lines read as a document title: a repeated
 * title stays on page 1 when page 1 has no other title (a scanned header that *is* the title).
 */
export function findFurniture(lines: Line[], isTitle: (text: string) => boolean): Set<number> {
  const out = new Set<number>();
  const regions = pageRegions(lines);
  for (const { page, top, bottom } of regions) {
    const lastTwo = bottom.length >= 2 ? bottom[bottom.length - 2]!.index : -1;
    const last = bottom.length ? bottom[bottom.length - 1]!.index : -1;
    // A counter in the first lines closes a running-header block; near the end it is a footer. The first page's
    // title above its counter is the document's title too, and stays.
    for (let i = 0; i < top.length && i <= 2; i++) {
      const l = top[i]!;
      // (A sentence above the counter is the page's text, not a running header: "Texto de la sesión." / "Página 3 de 3".)
      if (l.index !== lastTwo && l.index !== last && counter(l)) for (let j = 0; j <= i; j++) if ((page > 0 || j === i || !isTitle(top[j]!.text)) && (j === i || !isSentence(top[j]!.text))) out.add(top[j]!.index);
    }
    for (let i = Math.max(0, bottom.length - 3); i < bottom.length; i++) {
      // A footer is a line or two of address or contact, never a paragraph of text, nor a signature's name and office.
      if (counter(bottom[i]!) && !wrapTail(lines, bottom[i]!)) for (let j = i; j < bottom.length && (j === i || (bottom[j]!.text.length <= FOOTER_LINE && CONTACT.test(bottom[j]!.text))); j++) out.add(bottom[j]!.index);
    }
  }
  if (regions.length < 2) { countersInText(lines, out); specksAround(regions, out); return out; }
  // Every edge line's key at once: one pass over the joined text (a newline stays a newline) costs less than one
  // per line. Other lines are keyed when asked.
  const edges: Line[] = [];
  for (const { top, bottom } of regions) for (const part of [top, bottom]) for (const l of part) edges.push(l);
  const edgeKeys = letters(edges.map((l) => l.text).join('\n')).split('\n');
  const keys = new Map<number, string>();
  edges.forEach((l, i) => keys.set(l.index, edgeKeys[i]!));
  const keyOf = (l: Line): string => {
    let k = keys.get(l.index);
    if (k === undefined) keys.set(l.index, (k = letters(l.text)));
    return k;
  };
  // A running header repeats at page tops and a footer at page bottoms: a line at one page's top and another's
  // bottom is text said twice (a signature block repeating the letterhead's office), not furniture.
  const seenTop = new Map<string, Set<number>>();
  const seenBottom = new Map<string, Set<number>>();
  const near = nearKeys();
  const note = (seen: Map<string, Set<number>>, l: Line, page: number) => {
    const k = near.canonical(keyOf(l));
    keys.set(l.index, k);
    if (k.length < 4) return;
    let pages = seen.get(k);
    if (!pages) seen.set(k, (pages = new Set()));
    pages.add(page);
  };
  for (const { page, top, bottom } of regions) {
    for (const l of top) note(seenTop, l, page);
    for (const l of bottom) note(seenBottom, l, page);
  }
  let firstPageTitles: Line[] | null = null;
  const furniture = (seen: Map<string, Set<number>>, l: Line) => {
    const k = keyOf(l);
    // Copies read a letter or two apart stand for a running line only when they come on three pages or more: text
    // that repeats with a small change on two pages ("... Fund A account." / "... Fund AB account.") is content.
    if ((seen.get(k)?.size ?? 0) < (near.blended(k) ? 3 : 2)) return;
    if (l.page === 0 && isTitle(l.text)) {
      if (!firstPageTitles) {
        firstPageTitles = [];
        for (const t of lines) { if (t.page !== 0) break; if (!t.blank && isTitle(t.text)) firstPageTitles.push(t); }
      }
      // The sole title of page 1 stays.
      if (firstPageTitles.every((t) => keyOf(t) === k)) return;
    }
    out.add(l.index);
  };
  for (const { top, bottom } of regions) {
    for (const l of top) furniture(seenTop, l);
    for (const l of bottom) furniture(seenBottom, l);
  }
  runningWithTail(regions, seenTop, keyOf, out);
  footerAboveCounter(regions, keyOf, out);
  specksAround(regions, out);
  return out;
}

/** A page counter that says which page of how many ("Página 2 de 3", "Page 2 of 5"): never text, wherever it stands. */
const PAGE_OF = new RegExp(String.raw`^\W*(?:${PAGE_WORD})\s*${OF_COUNT}\W*$`, 'iu');

/** A page number between dashes ("- 2 -", "— 3 —"). */
const DASHED_NUMBER = /^\s*[-–—]\s*\d{1,3}\s*[-–—]\s*$/u;
/** A running line ending in a page-of-count counter ("Planning Board Minutes - May 2 - Page 2 of 3"). */
const ENDS_PAGE_OF = new RegExp(String.raw`(?:${PAGE_WORD})\s*${OF_COUNT}\W*$`, 'iu');

/** A counter standing in the text of pages run together: "Página 2 de 3", a footer ending in one, "- 2 -" (`dashed`). */
function inTextCounter(text: string, dashed: boolean): boolean {
  // Both counters end in a digit (and marks): most lines are turned away by their last word unit, and the pattern
  // for a counter ending a longer line is tried on the line's end only.
  if (!mayEndInCounter(text)) return false;
  if (PAGE_OF.test(text)) return true;
  if (ENDS_PAGE_OF.test(text.length > 40 ? text.slice(-40) : text) && !isSentence(text)) return true;
  return dashed && DASHED_NUMBER.test(text);
}

/** Lines looked at on each side of an in-text counter for a running header or footer. */
const AROUND = 2;

/**
 * Pages run together without form feeds: their counters ("Página 2 de 3", "Page 1 of 3" ending a footer line, "- 2 -"
 * when two or more are) stand in the middle of the text, each maybe under a footer line that repeats above every
 * counter ("Ayuntamiento de X - Acta 12/03/2024") or over the next page's running header ("Acta Sesión N° 45 –
 * Concejo"). The counters are furniture, and so are the lines next to them that repeat next to another counter.
 */
function countersInText(lines: Line[], out: Set<number>): void {
  // "- 2 -" alone may be a separator: counters only when the text has two of them.
  let dashes = 0;
  for (const l of lines) if (!l.blank && isDashStart(l.text) && DASHED_NUMBER.test(l.text) && ++dashes === 2) break;
  const counters: number[] = [];
  for (const l of lines) {
    if (l.blank || !inTextCounter(l.text, dashes >= 2 && isDashStart(l.text))) continue;
    out.add(l.index);
    counters.push(l.index);
  }
  if (!counters.length) return;
  // The non-blank lines on each side of every counter, nearest first, and next to how many counters each key stands
  // on that side at that distance (an agenda item said again as its discussion's heading stands near two counters, but
  // not in one place from both).
  const sides: { key: string; index: number }[][] = [];
  const seen = new Map<string, Set<number>>();
  for (const c of counters) {
    for (const step of [-1, 1]) {
      const side: { key: string; index: number }[] = [];
      for (let k = c + step; k >= 0 && k < lines.length && side.length < AROUND; k += step) {
        if (lines[k]!.blank) continue;
        if (out.has(k)) break;
        const key = sideKey(lines[k]!.text);
        side.push({ key, index: k });
        if (key.length < 10) continue;
        const place = `${step * side.length}:${key}`;
        let at = seen.get(place);
        if (!at) seen.set(place, (at = new Set()));
        at.add(c);
      }
      sides.push(side);
    }
  }
  for (let s = 0; s < sides.length; s++) {
    const step = s % 2 ? 1 : -1;
    for (let d = 0; d < sides[s]!.length; d++) {
      const { key, index } = sides[s]![d]!;
      if (key.length < 10 || (seen.get(`${step * (d + 1)}:${key}`)?.size ?? 0) < 2) break;
      out.add(index);
    }
  }
}

/**
 * The key a line next to a counter is compared by: its letters, or, when it has fewer than ten, its letters and
 * digits with one space between words ("October 15, 2024" under each "Page 2 of 3": a footer's second line).
 */
function sideKey(text: string): string {
  const k = letters(text);
  return k.length >= 10 ? k : text.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();
}

/** The line's first non-space character is a dash (a cheap gate before DASHED_NUMBER). */
function isDashStart(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/** Letters OCR may add to a running line's copy from a logo or stamp beside it ("DE LA PAZ : ISORESC"). */
const TAIL = 8;

/**
 * A page-top line right below running-header lines, whose key is a running line's key (on two pages or more) and
 * a few letters more, is that line with OCR junk read beside it. Not on page 1, where the letterhead's line may go
 * on into the meeting's own date ("BOARD OF PARKS May 4, 2019").
 */
function runningWithTail(regions: Region[], seenTop: Map<string, Set<number>>, keyOf: (l: Line) => string, out: Set<number>): void {
  let running: string[] | null = null;
  for (const { page, top } of regions) {
    for (let i = 1; i < top.length && page > 0; i++) {
      const l = top[i]!;
      if (out.has(l.index) || !out.has(top[i - 1]!.index)) continue;
      running ??= [...seenTop].filter(([k, pages]) => pages.size >= 2 && k.length >= 10).map(([k]) => k);
      const k = keyOf(l);
      if (running.some((r) => k.length > r.length && k.length - r.length <= TAIL && k.startsWith(r))) out.add(l.index);
    }
  }
}

/**
 * A footer OCR split over two lines on one page ("Acta 12/2020" above "Hoja 2 de 3") and kept whole on another
 * ("Acta 12/2020 Hoja 1 de 3"): the line right above a page's closing counter is furniture when another page's
 * counter line starts with its letters.
 */
function footerAboveCounter(regions: Region[], keyOf: (l: Line) => string, out: Set<number>): void {
  const footers: string[] = [];
  for (const { bottom } of regions) for (const l of bottom) if (out.has(l.index) && counter(l)) footers.push(keyOf(l));
  if (footers.length < 2) return;
  for (const { bottom } of regions) {
    for (let i = 1; i < bottom.length; i++) {
      const l = bottom[i - 1]!;
      if (out.has(l.index) || !out.has(bottom[i]!.index) || !counter(bottom[i]!)) continue;
      const k = keyOf(l);
      if (k.length >= 6 && footers.some((f) => f.length > k.length && f.startsWith(k))) out.add(l.index);
    }
  }
}

/** Specks above a page's last running-header line are part of its furniture (a logo above the letterhead). */
function specksAround(regions: Region[], out: Set<number>): void {
  for (const { top, bottom, topSpecks } of regions) {
    let lastTop = -1;
    // On a short page the first lines reach its foot: a footer there is no running header, and the specks above it
    // (a row's number, a date cell) are text.
    for (const l of top) if (out.has(l.index) && !bottom.includes(l)) lastTop = l.index;
    for (const l of topSpecks) if (l.index < lastTop) out.add(l.index);
  }
}
