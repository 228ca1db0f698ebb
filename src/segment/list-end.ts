// Where an attendee list ends without a heading: after a blank line, a line that names no person and no
// institution ("Adoption of Agenda", "Temas previos") starts the body. A wrong attendee is worse than a missing one.
import type { Keywords } from './keywords.js';
import { fold, stripBullet } from '../extract/text.js';
import { isPersonName, nameRun, splitRolePrefix, stripHonorifics } from '../extract/names.js';

/** True when `text`, coming after a blank line inside an attendee list, cannot be an attendee entry. */
export function endsAttendeeList(text: string, kw: Keywords): boolean {
  // OCR specks before a name ("+. Ana Ruiz") are not words.
  const s = stripBullet(text).trim();
  // Labels ("Staff:", "Por la Municipalidad:"), numbered or tab-separated rows stay in the list.
  if (!s || /[:\t|]/.test(s) || /^\d/.test(s) || kw.attendanceVerbs.test(s) || kw.attendanceLead.test(s)) return false;
  const t = s.replace(/^[^\p{L}(]+/u, '');
  if (!/\p{L}/u.test(t)) return false;
  const head = t.replace(/\s*\(.*$/, '');
  const words = head.split(/\s+/);
  // Only a short heading-like line ends the list; longer ones are wrapped text or a wide table row.
  if (words.length > 6 || /(?:^|\s)(?:de|del|la|y|para|of|the|and|for)$|,$/iu.test(t)) return false;
  // Capitals (an acronym) are tested before every word is folded for the keyword tables.
  if (words.some((w) => /^\p{Lu}{2,}$/u.test(w.replace(/[,.;]$/, '')))) return false;
  if (words.some((w) => { const f = fold(w).replace(/[,.;]$/, ''); return kw.orgHeads.test(f) || kw.institutionWords.test(f) || kw.honorifics.test(f); })) return false;
  const body = splitRolePrefix(stripHonorifics(head, kw), kw)[1];
  return !isPersonName(nameRun(body), kw);
}
