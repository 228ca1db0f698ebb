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
