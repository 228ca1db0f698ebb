// Where an attendee list ends without a heading: after a blank line, a line that names no person and no
// institution ("Adoption of Agenda", "Temas previos") starts the body. A wrong attendee is worse than a missing one.
import { anyOf, type KeywordName, type Keywords } from './keywords.js';
import { fold, stripBullet } from '../extract/text.js';
import { isPersonName, nameRun, splitRolePrefix, stripHonorifics } from '../extract/names.js';

/** A word naming a body or a title: the line is an entry of the list. */
const ENTRY_WORDS: readonly KeywordName[] = ['orgHeads', 'institutionWords', 'honorifics'];

const ACRONYM = /^\p{Lu}{2,}$/u;

/** `w` without one ',', '.' or ';' at its end (w.replace(/[,.;]$/, '') without a pattern run per word). */
function withoutEndMark(w: string): string {
  const c = w.charCodeAt(w.length - 1);
  return c === 44 || c === 46 || c === 59 ? w.slice(0, -1) : w;
}

/** True when `text`, coming after a blank line inside an attendee list, cannot be an attendee entry. */
export function endsAttendeeList(text: string, kw: Keywords): boolean {
  // Every test below only turns a line away (the answer is false as soon as one holds): the cheap ones on the line's
  // shape come first, the scans for attendance sentences and the name last.
  // OCR specks before a name ("+. Ana Ruiz") are not words.
  const s = stripBullet(text).trim();
  // Labels ("Staff:", "Por la Municipalidad:"), numbered or tab-separated rows stay in the list.
  if (!s || /[:\t|]/.test(s) || /^\d/.test(s)) return false;
  const t = s.replace(/^[^\p{L}(]+/u, '');
  if (!/\p{L}/u.test(t)) return false;
  const head = t.replace(/\s*\(.*$/, '');
  const words = head.split(/\s+/);
  // Only a short heading-like line ends the list; longer ones are wrapped text or a wide table row.
  if (words.length > 6 || /(?:^|\s)(?:de|del|la|y|para|of|the|and|for)$|,$/iu.test(t)) return false;
  // A word in capitals (an acronym), naming a body or a title keeps the line in the list.
  const entry = anyOf(kw, ENTRY_WORDS);
  for (const w of words) if (ACRONYM.test(withoutEndMark(w)) || entry.test(withoutEndMark(fold(w)))) return false;
  if (kw.attendanceVerbs.test(s) || kw.attendanceLead.test(s)) return false;
  const body = splitRolePrefix(stripHonorifics(head, kw), kw)[1];
  return !isPersonName(nameRun(body), kw);
}
