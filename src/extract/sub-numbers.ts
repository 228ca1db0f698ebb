// Sub-item numbers joined to their item's by a hyphen: "VII-A. Approval of Minutes", "3-a) Club Deportivo ...",
// "V-B La concejala ...". splitNumbering() reads "4.1" and "A.1"; these it leaves as text.
import type { Numbered } from './text.js';

/** An item number (Roman or one or two figures), a hyphen, one letter, then a stop, a bracket or a space. */
const HYPHEN_SUB = /^\s*((?:[IVXLC]{1,5}|\d{1,2})-[A-Za-z])(?:[.)]\s*|\s+)(?=[\p{L}\d¿¡"«(])/u;

/** "VII-A. Approval ..." -> { number: "VII-A", rest: "Approval ..." }; null for any other line. */
export function splitSubNumber(text: string): Numbered | null {
  // (Cheap gate: a hyphen among the first eight characters.)
  const n = Math.min(text.length, 9);
  let at = 1;
  while (at < n && text.charCodeAt(at) !== 45) at++;
  if (at >= n) return null;
  const m = HYPHEN_SUB.exec(text);
  return m ? { number: m[1]!, rest: text.slice(m[0].length) } : null;
}

/** A number splitSubNumber() reads ("VII-A", "3-a"). */
export const isSubNumber = (n: string | null): boolean => n !== null && /^(?:[IVXLC]{1,5}|\d{1,2})-[A-Za-z]$/.test(n);

/**
 * A list letter OCR read twice, in both cases ("Cc. Treasurer's report" for "c. Treasurer's report"): the letter, or
 * null for any other number.
 */
export function doubledLetter(n: string): string | null {
  if (n.length < 2 || n.length > 3 || (n.length === 3 && n[2] !== '.' && n[2] !== ')')) return null;
  const a = n[0]!;
  const b = n[1]!;
  return a !== b && a.toLowerCase() === b.toLowerCase() && /[a-z]/i.test(a) ? b : null;
}

/** A line opening with such a letter ("Cc. Treasurer's report. ..."): the letter and the rest, null for any other. */
export function splitDoubledLetter(text: string): Numbered | null {
  const m = DOUBLED.exec(text);
  return m && m[1] !== m[2] ? { number: m[2]!, rest: text.slice(m[0].length) } : null;
}
const DOUBLED = /^\s*([A-Za-z])(\1)[.)]\s+(?=\p{Lu})/iu;
