// Recognise section headings and inline list labels ("TABLA", "Asistentes:", "Present: ...").
import type { Keywords } from './keywords.js';
import { HEADINGS, type Heading } from './zones.js';
import { splitNumbering, stripBullet, unmark } from '../extract/text.js';

export interface HeadingHit {
  heading: Heading;
  /** Text after the label (inline list), '' for a bare heading. */
  after: string;
}

// Discussion is tried before agenda so "Temas tratados" is not read as "Temas".
const ATTENDANCE = new Set<Heading>(['attendees', 'excused', 'absent', 'guest']);
const ORDER: Heading[] = ['discussion', 'excused', 'absent', 'guest', 'attendees', 'agenda', 'agreements'];

const anyHeadings = new WeakMap<Keywords, RegExp>();

/** All heading patterns as one alternation: one test turns away the many lines that start no heading. */
function anyHeading(kw: Keywords): RegExp {
  let re = anyHeadings.get(kw);
  if (!re) anyHeadings.set(kw, (re = new RegExp(ORDER.map((h) => `(?:${kw.headings[h]!.source})`).join('|'), 'i')));
  return re;
}

/** The heading a line is, or null. Numbered lines are agenda items, never headings. */
export function headingOf(text: string, kw: Keywords): HeadingHit | null {
  const t = stripBullet(unmark(text)).trim().replace(/^[|#*'‘’"“”.,;:_~]+\s*/u, '');
  // Cheap pre-check: a heading is short or starts with a short label before ':' or a tab.
  if (!t || (t.length > 60 && !/^[^:\t]{1,45}[:\t]/.test(t) && !/^[^;(]{1,60}[;(]/.test(t))) return null;
  const numbered = splitNumbering(t);
  if (numbered) {
    // A numbered line is an agenda item, unless it is a bare attendance heading ("2.1 Members Present").
    const inner = headingOf(numbered.rest, kw);
    return inner && !inner.after && ATTENDANCE.has(inner.heading) ? inner : null;
  }
  if (!anyHeading(kw).test(t)) return null;
  for (const h of ORDER) {
    const re = kw.headings[h]!;
    const m = re.exec(t);
    if (!m) continue;
    const rest = t.slice(m[0].length);
    const bare = rest.replace(/^[\s:.]*$/, '') === '';
    // "ASISTENTES", "Temas a tratar:" or a label followed by ':' / tab ("Present: Mayor ...").
    if (bare && t.length <= 60) return { heading: h, after: '' };
    const label = /^[^:\t]{0,40}?(?:\s*:\s*|\t+)(.*)$/u.exec(rest);
    if (label && t.length - rest.length <= 45) return { heading: h, after: label[1]!.trim() };
    // Two-column OCR puts the first agenda item on the heading line: "AGENDA 6.0 Action Items".
    if (h === 'agenda' && splitNumbering(rest.trim())) return { heading: h, after: rest.trim() };
    // OCR drops the tab between a list label and its names: "Board members present Karen Lofgren (President); ...".
    if (ATTENDANCE.has(h) && /^\s+\p{Lu}/u.test(rest) && (/\s/.test(m[0].trim()) || /[;(]/.test(rest)) && /[;(,]/.test(rest)) return { heading: h, after: rest.trim() };
    // Excused/absent sentences ("Se excusa el concejal ...") stay prose.
  }
  return null;
}

export { HEADINGS };
