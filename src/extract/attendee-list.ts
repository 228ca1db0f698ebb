// Attendee lists on one line: "Mayor Linda Carver; Council Members Tom Haskins, Rebecca Ortiz, and Marcus Webb",
// "Ana Ruiz (Principal and Secretary to the Board), Tom Paz", and the status a list's label or piece names.
import type { Attendee, AttendeeStatus } from '../types.js';
import type { SegmentContext } from '../segment/context.js';
import type { Keywords } from '../segment/keywords.js';
import { parseItem } from './attendee-item.js';
import { ARTICLE_ROLE, STATUS_STEMS, PROFESSION_TITLES, proseAttendees, statusNamed } from './attendee-prose.js';
import { SURNAME_ROLES, councilTitleRole, roleWordAtEdge, splitRolePrefix, stripHonorifics } from './names.js';
import { beforeFolding, fold, singular, singularLast } from './text.js';

export const STATUS_OF: Record<string, AttendeeStatus> = { attendees: 'present', excused: 'excused', absent: 'absent', guest: 'guest' };
export const HONORIFIC_IN = new RegExp(String.raw`(?:^|[\s,;])(?:don|doña|señor(?:es|as|a)?|CC\.|Sr\.|Sra\.|Srta\.|Sres\.|Sras\.|D\.|D[ªa*?°º2][.,]?|D\.ª|D[nñ]a\.|De\.|Dr\.|Dra\.|Mr\.|Mrs\.|Ms\.|Rev\.|Lic\.|Lcd[ao]\.|Ing\.|Arq\.|Abog\.|Mg\.|Prof\.|Profr?a?\.|Mtr[oa]\.|Abg\.|Psic\.|CPA|C\.P\.|Cdora?\.|Br\.|Econ\.|Ab\.|Professor|Shri|Smt\.?|${PROFESSION_TITLES})\s+\p{Lu}`, 'u');
/** Capitals, then a name: "PCSO Amy Whitehouse". */
const ACRONYM_TITLE = /^(\p{Lu}{2,6})\s+(\p{Lu}\p{Ll}.*)$/u;
/** A closing note of how a list's entries were absent: ", con justificación.", ", sin aviso". */
const EXCUSE_NOTE = /,\s*(?:con|sin)\s+(?:justificaci[oó]n|aviso|excusa)\.?\s*$/iu;

/**
 * A list's close counting people it does not name: "... and four members of the public", ", and 41 members of the
 * Trust", "y cinco vecinos". A count, then words in lower case to the end, with no name, title or parenthesis.
 */
const HEADCOUNT = /,?\s+(?:and|y|plus|m[aá]s)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a number of|several|many|numerous|some|other|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|otros|otras|algunos|algunas)\s+\p{Ll}[^(),;]*$/u;

/** Where a status word could sit before folding: most pieces hold none and are not folded. */
export const STATUS_GATE = beforeFolding(STATUS_STEMS);

/**
 * A list piece's or label's status, read from its folding (accents do not hide a stem). Unlike a sentence's
 * (attendee-prose.ts), no word of it reads as present: a piece naming no other status keeps `current`.
 */
export function statusIn(s: string, current: AttendeeStatus): AttendeeStatus {
  return STATUS_GATE.test(s) ? statusNamed(fold(s)) ?? current : current;
}

/**
 * Parentheses holding a comma, a semicolon or a joining "and": "Naomi Fraser (Manager, Branch Services)", "Ana Ruiz
 * (Principal and Secretary to the Board)" are one entry.
 */
const PAREN_WITH_MARKS = /\([^()]*(?:[,;]|\s(?:and|y)\s)[^()]*\)/g;
/**
 * hide(): a parenthesis's commas, semicolons and the spaces around "and" / "y" as control characters no list
 * separator matches; unhide() puts them back.
 */
const hide = (m: string): string => m.replace(/,/g, '\u0001').replace(/;/g, '\u0002').replace(/\s(and|y)\s/g, '\u0003$1\u0003');
const unhide = (s: string): string => (/[\u0001-\u0003]/.test(s) ? s.replace(/\u0001/g, ',').replace(/\u0002/g, ';').replace(/\u0003/g, ' ') : s);

/** "Mayor Linda Carver; Council Members Tom Haskins, Rebecca Ortiz, and Marcus Webb" style lists. */
export function inlineList(text: string, status: AttendeeStatus, role: string | null, ctx: SegmentContext): Attendee[] {
  const { kw } = ctx;
  const out: Attendee[] = [];
  // "Ausentes: Instituto X (IX), con justificación.": a closing note of how the entries were absent is no entry.
  const note = text.includes(', ') ? EXCUSE_NOTE.exec(text) : null;
  if (note) {
    text = text.slice(0, note.index);
    if (/^\s*,\s*con/i.test(note[0]) && status !== 'guest') status = 'excused';
  }
  // OCR reads the comma after "(President)" as a period: "Karen Mitchell (President). Steve Albright (...)"; the
  // list's full stop after its last parenthesis ends no name.
  // (Cheap gate: most lists hold no connector before a count.)
  if ((text.includes(' and ') || text.includes(' y ') || text.includes(' plus ') || text.includes(' m')) && HEADCOUNT.test(text)) text = text.replace(HEADCOUNT, '');
  let unbent = text.includes(').') ? text.replace(/\)\.\s+(?=\p{Lu})/gu, '), ').replace(/\)\.\s*$/u, ')') : text;
  // ... and a semicolon after a parenthesis as a colon, in a list cut by semicolons: "Ana Paz (tesorera): Luis Mora".
  if (unbent.includes('):') && unbent.includes(';')) unbent = unbent.replace(/\):\s+(?=\p{Lu})/gu, '); ');
  const fixed = unbent.includes('(') ? unbent.replace(PAREN_WITH_MARKS, hide) : unbent;
  for (let piece of fixed.includes(';') ? fixed.split(/\s*;\s*/) : [fixed]) {
    const st = statusIn(piece.includes('(') ? piece.replace(/\(.*?\)/g, '') : piece, status);
    // Words before the first honorific ("los señores Dr. ...") go, unless they hold an entry of their own: in
    // "M. Ashworth (Chairman), D. Okonjo" the "D." is an initial after a comma, not the list's start.
    const h = HONORIFIC_IN.exec(piece);
    if (h && h.index > 0 && !piece.slice(0, h.index).includes(',')) piece = piece.slice(h.index).trim();
    piece = piece.replace(/^(?:and|y)\s+/i, '');
    const parts = piece.split(/\s*,\s*(?:and\s+|y\s+)?|\s+(?:and|y)\s+(?=\p{Lu})/u).filter(Boolean).map(unhide);
    piece = unhide(piece);
    // "Dennis Kowalczyk, Plant Manager; Trisha Holmgren, EHS Manager": a name, its role and maybe its body make one
    // entry, however much the role reads like a name.
    if (nameAndRole(piece, parts, fixed.includes(';'), ctx)) {
      const item = parseItem(piece, { status: st, role, doc: ctx });
      if (item) out.push(item);
      continue;
    }
    // "Sra. Ana María, Soto Pinto, presidenta": a comma OCR put inside one name (given names, then surnames)
    // before a role for one person.
    if (parts.length === 3 && HONORIFIC_IN.test(` ${parts[0]}`) && !HONORIFIC_IN.test(` ${parts[1]}`) && /^\p{Ll}[\p{Ll} ]*[^s]$/u.test(parts[2]!) &&
      stripHonorifics(parts[0]!, kw).split(/\s+/).length === 2 && parts[1]!.split(/\s+/).length === 2 && ctx.personName(parts[1]!)) {
      parts.splice(0, 2, `${parts[0]} ${parts[1]}`);
      piece = parts.join(', ');
    }
    // Each part's role prefix and name, read once for the count of names and again for the items. The count stops
    // once the names can no longer reach it (a single part never does): the piece is then one item.
    // (An English clause of four words or more in lower case, "and five members of the public", is no entry: it
    // counts for no name. A Spanish one is a role: "técnico del Instituto X".)
    let clauses = 0;
    for (const p of parts) {
      if (!/^\p{Ll}/u.test(p)) continue;
      // (So is a short role in lower case after a name: "Juana Paz, vocal I, y Pedro Sic, vocal II".)
      if (ctx.lang === 'en' ? /^\S+(?:\s+\S+){3}/u.test(p) : !/^\S+(?:\s+\S+){3}/u.test(p) && roleWordAtEdge(p, kw)) clauses++;
    }
    const need = Math.max(2, parts.length - clauses - 1);
    const split: Array<[string | null, string]> = [];
    let names = 0;
    for (const p of parts) {
      if (names + parts.length - split.length < need) break;
      // (A parenthesis between two words leaves a space: "Ana Ruiz (Clerk) and two others" is no "Ruizand".)
      const bare = p.includes('(') ? p.replace(/\s*\(.*?\)\s*/g, ' ').trim() : p;
      // "Cllr Ana Ruiz", "District Cllr Luis Paz": the council title is the part's own role.
      const council = councilTitleRole(bare);
      const pair = splitRolePrefix(stripHonorifics(council ? council[1] : bare, kw), kw);
      if (council && !pair[0]) pair[0] = council[0];
      // "PCSO Amy Whitehouse": an acronym before a name is the person's title.
      const acronym = !pair[0] ? ACRONYM_TITLE.exec(pair[1]) : null;
      if (acronym && ctx.personName(acronym[2]!)) { pair[0] = acronym[1]!; pair[1] = acronym[2]!; }
      split.push(pair);
      if (ctx.personName(pair[1])) names++;
    }
    if (names >= need) {
      let shared: string | null = role;
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i]!;
        // The name part is single-spaced (stripHonorifics squashes), as the item wants it; so is the role part
        // (splitRolePrefix joins its words by single spaces): two words hold one space.
        const [rolePart, namePart] = split[i]!;
        let own: string | null = null;
        if (rolePart) {
          const sp = rolePart.indexOf(' ');
          // ("Superintendent of Public Works": a role with "of" in it is named by its head, one person's.)
          const one = / (?:of|de|del) |-(?:at|of|in)-/.test(rolePart) ? rolePart : sp >= 0 && rolePart.indexOf(' ', sp + 1) < 0 ? singularLast(rolePart) : singular(rolePart);
          // A plural role ("Council Members Ana Ruiz, Luis Paz") goes on to the names after it; a singular
          // one ("Senior Deputy Captain Kylie Baxter") is this name's only.
          if (one !== rolePart) shared = one;
          else { own = one; shared = role; }
        }
        const paren = p.includes('(') ? /\(.*\)/.exec(p)?.[0] : undefined;
        const last = out[out.length - 1];
        // "Sharon Reed, Parish Administrator (recording secretary)": a part naming no one, right after a name
        // without a role, is that name's role.
        if (i > 0 && !ctx.personName(namePart) && last && last.name && !last.role && !rolePart && roleWordAtEdge(namePart, kw)) { last.role = namePart; continue; }
        const item = parseItem(paren ? `${namePart} ${paren}` : namePart, { status: st, role: own ?? shared, doc: ctx });
        if (item) out.push(item);
      }
    } else {
      // "Trustees Marsh, Delgado and Brennan", "Commissioner Kim (excused)": a title over surnames alone.
      const named = titledSurnames(parts, st, role, kw);
      if (named) { pushAll(out, named); continue; }
      const item = parseItem(piece, { status: st, role, doc: ctx });
      if (item) out.push(item);
    }
  }
  return out;
}

function pushAll(out: Attendee[], more: readonly Attendee[]): void {
  for (let i = 0; i < more.length; i++) out.push(more[i]!);
}

/** A surname alone: one capitalised word ("Marsh", "O'Neil", "McKay", "Ruiz-Tagle"). */
const SURNAME = /^\p{Lu}[\p{L}'’]*\p{Ll}(?:-\p{Lu}[\p{L}'’]*\p{Ll})?$/u;
/** A capitalised word of a title, plural or not ("Council", "Members", "Trustees"). */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * People named by a title and their surnames only, as US roll calls write them: "Trustees Marsh, Delgado and
 * Brennan", "Council Members Ortiz and Lee", "Commissioner Kim (excused)", or surnames alone under a list label that
 * gave their role. Each surname is one entry with the title in the singular; null when a part is no lone surname.
 */
function titledSurnames(parts: string[], status: AttendeeStatus, role: string | null, kw: Keywords): Attendee[] | null {
  if (!parts.length) return null;
  const first = parts[0]!.replace(/\s*\(.*?\)\s*/g, ' ').trim().split(/\s+/);
  if (first.length > 4 || (first.length === 1 && !role)) return null;
  const title = first.slice(0, -1);
  for (const w of title) if (!TITLE_WORD.test(w) || !(kw.roleWords.test(fold(w)) || kw.roleWords.test(fold(singular(w))))) return null;
  const surnames: string[] = [];
  for (const p of parts) {
    const bare = p.includes('(') ? p.replace(/\s*\(.*?\)\s*/g, ' ').trim() : p;
    const name = surnames.length ? bare : first[first.length - 1]!;
    if (!SURNAME.test(name) || kw.roleWords.test(fold(name)) || kw.institutionWords.test(fold(name)) || (surnames.length && bare.includes(' '))) return null;
    surnames.push(name);
  }
  const said = title.length === 0 ? role : title.length === 1 ? singular(title[0]!) : singularLast(title.join(' '));
  return surnames.map((name, i) => {
    const paren = parts[i]!.includes('(') ? /\((.*?)\)/.exec(parts[i]!)![1]! : '';
    return { name, organization: null, role: said, status: paren ? statusIn(paren, status) : status };
  });
}


/**
 * A list piece is one entry: a person's name, then a role (its first word a role's, its last one a role's that is
 * no common surname, or any role word's in a list of pieces cut by semicolons), then maybe a body that names no one.
 */
function nameAndRole(piece: string, parts: string[], semicolons: boolean, ctx: SegmentContext): boolean {
  if (parts.length < 2 || parts.length > 3 || / and /.test(piece)) return false;
  const { kw } = ctx;
  // "..., Joanna Reeve (Finance Manager), ...": a part with its own parenthesis is an entry of its own.
  const second = parts[1]!.replace(/\s*\(.*?\)\s*/g, ' ').trim();
  if (parts[1]!.includes('(') && hasRoleParen(parts[1]!, kw) && ctx.personName(second)) return false;
  if (!second) return false;
  const words = second.split(/\s+/);
  const firstRole = kw.roleWords.test(fold(words[0]!));
  // (The list's full stop after its last entry: "..., Meetings Administrator.")
  const lastWord = fold(words[words.length - 1]!.replace(/(?<=\p{Ll}{2})\.$/u, ''));
  const lastRole = words.length > 1 && kw.roleWords.test(lastWord) && (semicolons || !SURNAME_ROLES.test(lastWord));
  if (!firstRole && !lastRole && !(/^\p{Ll}/u.test(second) && roleWordAtEdge(second, kw))) return false;
  // "..., Foreman Rufus Clay": a role before a name is another entry.
  if (firstRole) {
    const [prefix, rest] = splitRolePrefix(second, kw);
    if (prefix && ctx.personName(rest)) return false;
  }
  const name = splitRolePrefix(stripHonorifics(parts[0]!.replace(/\s*\(.*?\)\s*/g, ' ').trim(), kw), kw)[1];
  if (!ctx.personName(name)) return false;
  return parts.length === 2 || !ctx.personName(parts[2]!.replace(/\s*\(.*?\)\s*/g, ' ').trim());
}

/** A parenthesis of the text holds a role ("Joanna Reeve (Finance Manager)"), not a note ("(on vacation)"). */
function hasRoleParen(text: string, kw: Keywords): boolean {
  const m = /\(([^()]+)\)/.exec(text);
  return m !== null && roleWordAtEdge(m[1]!, kw);
}

/** The connector ending a list part before "y los vocales ...": a comma, "y" or "and". */
const TRAILING_CONNECTOR = /(?:\s*,)?(?:\s+(?:y|and))?\s*$/u;

/**
 * People named by article and role ("Ausente con aviso: el vocal suplente Nicolás Bustos."), after any plain list
 * opening the text: "Ana Paz (Presidenta), Luis Mora (Secretario) y los vocales Eva Ruiz y Juan Gil".
 */
export function roleNamedList(text: string, status: AttendeeStatus, ctx: SegmentContext): Attendee[] {
  const m = ARTICLE_ROLE.exec(text);
  if (m && m.index > 0) {
    const listed = inlineList(text.slice(0, m.index).replace(TRAILING_CONNECTOR, ''), status, null, ctx).filter((a) => a.name);
    if (listed.length) return [...listed, ...proseAttendees(text.slice(m.index), status, ctx)];
  }
  return proseAttendees(text, status, ctx);
}

/** A list label naming who and whether: "Commissioners present", "Concejales presentes", "Directors absent". */
const WHO_LABEL = /^(\p{L}+(?:\s+\p{L}+)?)\s+(?:present|absent|attending|presentes|ausentes|asistentes)\s*:/iu;

/**
 * The role a list label gives those it lists ("Directors present: Ana Ruiz, ..." -> "Director"), when its words
 * before the status are role words and the last is plural; null otherwise ("Staff present", "Members of the public").
 */
export function labelRole(line: string, kw: Keywords): string | null {
  const m = WHO_LABEL.exec(line);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  const last = words[words.length - 1]!;
  const one = singular(last);
  if (one === last || !kw.roleWords.test(fold(one)) || !words.every((w, k) => k === words.length - 1 || kw.roleWords.test(fold(w)))) return null;
  const role = singularLast(words.join(' '));
  // "DIRECTORS PRESENT:" gives "Director", as a role is written.
  return role === role.toUpperCase() ? role.toLowerCase().replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()) : role;
}

/** The body a list label names in parentheses: "Union members present (USW Local 7712)". */
export const WHO_BODY = /\((\p{Lu}[^()]{1,60})\)\s*$/u;

const LIST_SEPARATOR = /\s*[,;]\s*(?:(?:and|y)\s+)?|\s+(?:and|y)\s+/;

/** Every part of a list line opens with a title ("Mr", "Sra.", "Cllr"), and there are two parts or more. */
export function titledParts(text: string, kw: Keywords): boolean {
  const parts = text.split(LIST_SEPARATOR).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => kw.honorifics.test(p.slice(0, Math.max(0, p.indexOf(' ')))));
}

