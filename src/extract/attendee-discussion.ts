// Attendees an item of the discussion names: a roll call, an opening paragraph saying who presides or attends.
import type { Attendee } from '../types.js';
import type { SegmentContext } from '../segment/context.js';
import { headingOf } from '../segment/headings.js';
import { STATUS_OF, inlineList } from './attendee-list.js';
import { ARTICLE_ROLE, honorificsReach, proseAttendees } from './attendee-prose.js';
import { trimEndDot } from './text.js';

/** "Preside la asamblea ...", "Presidió la sesión ...": who chairs, in an opening sentence. */
const PRESIDES = /^(?:Preside|Presidi[oó])\s+(?:la|el)\s/u;

/** An item calling the roll: "Pase de lista", "Llamado a lista", "Lista de asistencia", "Roll call". */
// (Under /i, not /iu: V8 runs \b some ten times slower under /iu, and the pattern is ASCII.)
const ROLL_CALL = /\b(?:pase de lista|llamado a lista|lista de asistencia|roll call)\b/i;

/**
 * "... encontrándose presentes los siguientes miembros: Ana Paz, coordinadora; Luis Mora, tesorero. ...": the list
 * after the colon that follows an attendance verb (`verb`, the first in `par`), up to its sentence's end, names people
 * without titles.
 */
function listAfterColon(par: string, verb: RegExpExecArray | null, ctx: SegmentContext): Attendee[] {
  const colon = verb ? par.indexOf(':', verb.index) : -1;
  if (colon < 0) return [];
  const rest = par.slice(colon + 1).trim();
  if (!/^\p{Lu}/u.test(rest)) return [];
  const end = rest.search(SENTENCE_END);
  return inlineList(end > 0 ? rest.slice(0, end) : trimEndDot(rest), 'present', null, ctx).filter((a) => a.name !== null);
}

/** A full stop closing a sentence before the next one (not an initial's: "Cllr D. Fenwick"). */
const SENTENCE_END = /(?<=[\p{L})]{2})\.\s+(?=\p{Lu})/u;

/**
 * The people a roll call's first paragraph names: by title in an attendance sentence, else by role in sentences
 * saying how each attended ("Present were President Ana Ruiz, ... Trustee Luis Paz was excused.").
 */
function namedInRollCall(first: string, ctx: SegmentContext): Attendee[] {
  const titled = ctx.kw.attendanceVerbs.test(first) ? proseAttendees(first, 'present', ctx).filter((a) => a.name) : [];
  return titled.length ? titled : rollCallSentences(first, ctx).filter((a) => a.name);
}

/** A sentence's subject and how it attended: "Trustee Luis Paz was excused.", "Ana Gil and Eva Paz also attended." */
const ATTENDED_AS = /^(.+?)\s+(?:(?:was|were)\s+(excused|absent)|(?:also\s+)?attended|(?:was|were)\s+(?:also\s+)?present)\.?$/u;

/** The people a roll call's sentences name without titles, each sentence with its status. */
function rollCallSentences(text: string, ctx: SegmentContext): Attendee[] {
  const out: Attendee[] = [];
  for (const sentence of text.split(/(?<=\.)\s+(?=\p{Lu})/u)) {
    const lead = ctx.kw.attendanceLead.exec(sentence);
    if (lead) { out.push(...inlineList(trimEndDot(sentence.slice(lead[0].length)), 'present', null, ctx)); continue; }
    const m = ATTENDED_AS.exec(sentence);
    if (m) out.push(...inlineList(m[1]!, m[2] === 'excused' ? 'excused' : m[2] ? 'absent' : 'present', null, ctx));
  }
  return out;
}

/** What leads the names in an attendance item's text: "Apologies were received from ...", "Regrets from ...". */
const NAMES_FROM = /^[^.:;]{0,80}?\bfrom\s+(?=\p{Lu})/u;

/**
 * People an attendance item of the discussion names ("24/31 Apologies for absence" / "Apologies were received from
 * Cllr D Fenwick and Cllr M Ahmed."), with the status its title gives: the list after "from", or the whole first
 * paragraph when it is a list rather than a sentence ("None." names no one).
 */
export function attendeesInItems(parts: ReadonlyArray<{ title: string | null; text: string }>, ctx: SegmentContext): Attendee[] {
  const out: Attendee[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (!p.title) {
      // "Preside la asamblea el presidente ..., señor X, acompañado por la secretaria, señora Y ...": an untitled
      // opening paragraph of the discussion that says who attends names them by title.
      const first = p.text.split('\n\n', 1)[0]!;
      // (The paragraph's first attendance verb, found once for both readings.)
      const verb = ctx.kw.attendanceVerbs.exec(first);
      if (first.includes(':')) out.push(...listAfterColon(first, verb, ctx));
      // (Or by article and role: "No se hizo presente el vocal III, Mario Sis.")
      if ((verb !== null || PRESIDES.test(first)) && (honorificsReach(first, 2) || ARTICLE_ROLE.test(first))) for (const a of proseAttendees(first, 'present', ctx)) if (a.name) out.push(a);
      continue;
    }
    const h = headingOf(p.title, ctx.kw);
    const status = h && !h.after ? STATUS_OF[h.heading] : undefined;
    // "II. Instalación de la asamblea" / "Se encuentran presentes los integrantes ..., CC. Ana Paz, ...": an early item's
    // paragraph opening by saying who attends names them by title.
    const rollCall = !status && ROLL_CALL.test(p.title);
    if (!status && k < 4 && !rollCall) {
      // The paragraphs (as split('\n\n') gives them) found by indexOf: only those opening with a verb are cut out.
      const t = p.text;
      for (let from = 0; from <= t.length; ) {
        const gap = t.indexOf('\n\n', from);
        const to = gap < 0 ? t.length : gap;
        const verb = to - from > 60 ? ctx.kw.attendanceVerbs.exec(t.slice(from, from + 60)) : null;
        if (verb) {
          const par = t.slice(from, to);
          if (honorificsReach(par, 2)) for (const a of proseAttendees(par, 'present', ctx)) if (a.name) out.push(a);
        }
        if (gap < 0) break;
        from = gap + 2;
      }
      continue;
    }
    if (!status) {
      // "I.- Pase de lista y declaración de quórum": the roll call's sentence names who is there, each by title.
      if (rollCall) out.push(...namedInRollCall(p.text.split('\n\n', 1)[0]!, ctx));
      continue;
    }
    const first = p.text.split('\n\n', 1)[0]!;
    const lead = NAMES_FROM.exec(first);
    let list = lead ? first.slice(lead[0].length) : ctx.prose(first) ? null : first;
    // "... from Cllr Ana Ruiz (work commitments). Cllr Luis Paz was absent.": the list ends with its sentence; the
    // sentences after it say their own status.
    const end = lead && list ? list.search(SENTENCE_END) : -1;
    const after = end > 0 ? list!.slice(end + 1).trim() : '';
    if (end > 0) list = list!.slice(0, end);
    const listed = list ? inlineList(trimEndDot(list), status, null, ctx).filter((a) => a.name) : [];
    out.push(...listed);
    if (after) for (const a of rollCallSentences(after, ctx)) if (a.name) out.push(a);
    // "1. Roll Call" / "Present were President Ana Ruiz, ... Trustee Luis Paz was excused.": sentences naming people,
    // by title ("Pase de lista" / "... encontrándose presentes: C. Ana Paz, Regidora; ...") or by role.
    if (!listed.length && !after && status === 'present') out.push(...namedInRollCall(first, ctx));
  }
  return out;
}

