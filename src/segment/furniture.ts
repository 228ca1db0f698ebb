// Page furniture: running headers/footers (lines repeating at page tops/bottoms) and page numbers.
import type { Line } from './lines.js';
import { fold } from '../extract/text.js';

const TOP = 5;
const BOTTOM = 4;

/** "Página 2 de 3", "Page 2 of 3", "Hoja 1 de 3", "- 2 -", "2", "Pág. 4", also OCR-bent ("Hpja 2 de 3"). */
const PAGE_NUMBER = [
  /^\W*(?:p[aá]g(?:ina)?\.?|page|hoja|h[a-z]ja|p.gina|foja)\s*\d{1,3}(?:\s*(?:de|of|\/)\s*\d{1,3})?\W*$/iu,
  /^\W*[-–—]\s*\d{1,3}\s*[-–—]\W*$/u,
  /^\s*\d{1,3}\s*$/u,
  /^\W*\d{1,3}\s*(?:\/|de|of)\s*\d{1,3}\W*$/iu,
];
/** A running-header line that ends with a page counter ("Registro de reunión CPHS Página 1 de 2"). */
const TRAILING_COUNTER = /(?:p[aá]g(?:ina)?\.?|page|hoja|h[a-z]ja)\s*\d{1,3}\s*(?:de|of|\/)\s*\d{1,3}\W*$/iu;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.some((re) => re.test(text.trim()));
}

function key(text: string): string {
  return fold(text).replace(/[^a-zñ]+/g, '');
}

function pageRegions(lines: Line[]): Map<number, { top: Line[]; bottom: Line[] }> {
  const byPage = new Map<number, Line[]>();
  for (const l of lines) if (!l.blank) (byPage.get(l.page) ?? byPage.set(l.page, []).get(l.page)!).push(l);
  const out = new Map<number, { top: Line[]; bottom: Line[] }>();
  for (const [p, ls] of byPage) out.set(p, { top: ls.slice(0, TOP), bottom: ls.slice(-BOTTOM) });
  return out;
}

/**
 * Indexes of furniture lines. `isTitle` tells which lines read as a document title: a repeated
 * title stays on page 1 when page 1 has no other title (a scanned header that *is* the title).
 */
export function findFurniture(lines: Line[], isTitle: (text: string) => boolean): Set<number> {
  const out = new Set<number>();
  const regions = pageRegions(lines);
  const pages = regions.size;
  for (const { top, bottom } of regions.values()) {
    const lastTwo = new Set(bottom.slice(-2).map((l) => l.index));
    top.forEach((l, i) => {
      // A counter in the first lines closes a running-header block; near the end it is a footer.
      if (i <= 2 && !lastTwo.has(l.index) && (isPageNumber(l.text) || TRAILING_COUNTER.test(l.text))) for (let j = 0; j <= i; j++) out.add(top[j]!.index);
    });
    bottom.forEach((l, i) => {
      if (i >= bottom.length - 3 && (isPageNumber(l.text) || TRAILING_COUNTER.test(l.text))) for (let j = i; j < bottom.length; j++) out.add(bottom[j]!.index);
    });
  }
  if (pages < 2) return out;
  // Each edge line's key once: folding is the costly part and every line is asked about twice.
  const keys = new Map<number, string>();
  const keyOf = (l: Line): string => { let k = keys.get(l.index); if (k === undefined) keys.set(l.index, (k = key(l.text))); return k; };
  const seen = new Map<string, Set<number>>();
  for (const [p, { top, bottom }] of regions) {
    for (const l of [...top, ...bottom]) {
      const k = keyOf(l);
      if (k.length < 4) continue;
      (seen.get(k) ?? seen.set(k, new Set()).get(k)!).add(p);
    }
  }
  const repeated = new Set([...seen].filter(([, ps]) => ps.size >= 2).map(([k]) => k));
  const firstPageTitles: Line[] = [];
  for (const l of lines) { if (l.page !== 0) break; if (!l.blank && isTitle(l.text)) firstPageTitles.push(l); }
  for (const { top, bottom } of regions.values()) {
    for (const l of [...top, ...bottom]) {
      if (!repeated.has(keyOf(l))) continue;
      const soleTitle = l.page === 0 && isTitle(l.text) && firstPageTitles.every((t) => keyOf(t) === keyOf(l));
      if (!soleTitle) out.add(l.index);
    }
  }
  return out;
}
