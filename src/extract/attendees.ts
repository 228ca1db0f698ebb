// Attendees: walk the header and attendee zones, keeping the status of the list each line is in.
import type { Attendee, AttendeeStatus } from '../types.js';
import type { SegmentContext } from '../segment/context.js';
import type { Keywords } from '../segment/keywords.js';
import type { Labelled } from '../segment/zones.js';
import { parseItem } from './attendee-item.js';
import { headingOf } from '../segment/headings.js';
import { ARTICLE_ROLE, STATUS_STEMS, PROFESSION_TITLES, honorificsReach, proseAttendees, statusNamed } from './attendee-prose.js';
import { headerlessRow, tableHeader, tableRow, type Column } from './attendee-table.js';
import { SURNAME_ROLES, councilTitleRole, nameRun, roleWordAtEdge, spacedWords, splitRolePrefix, stripHonorifics } from './names.js';
import { beforeFolding, fold, foldCode, orNull, singular, singularLast, singularRole, squash, trimEndDot } from './text.js';

const STATUS_OF: Record<string, AttendeeStatus> = { attendees: 'present', excused: 'excused', absent: 'absent', guest: 'guest' };
const HONORIFIC_IN = new RegExp(String.raw`(?:^|[\s,;])(?:don|doña|señor(?:es|as|a)?|CC\.|Sr\.|Sra\.|Srta\.|Sres\.|Sras\.|D\.|D[ªa*?°º2][.,]?|D\.ª|D[nñ]a\.|De\.|Dr\.|Dra\.|Mr\.|Mrs\.|Ms\.|Rev\.|Lic\.|Lcd[ao]\.|Ing\.|Arq\.|Abog\.|Mg\.|Prof\.|Cdora?\.|Professor|Shri|Smt\.?|${PROFESSION_TITLES})\s+\p{Lu}`, 'u');
/** A character no name holds; the test spares a copy of the (tidied) names that hold none. */
const NOT_NAME_CHAR = /[^\p{L}\s'’.-]/u;
const NOT_NAME_CHARS = /[^\p{L}\s'’.-]/gu;
/** A comma-separated part opening in lower case: a role or a clause, not a listed name. */
const LOWER_PART = /,\s+\p{Ll}/u;
/** Lower-case words after a first capitalised one, then an article: a sentence's opening ("Excusa su asistencia el ..."). */
const SHORT_SENTENCE = /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){1,5}\s+(?:el|la|los|las)\s/u;
/** Capitals, then a name: "PCSO Amy Whitehouse". */
const ACRONYM_TITLE = /^(\p{Lu}{2,6})\s+(\p{Lu}\p{Ll}.*)$/u;
/** A list broken off after a comma or a title ("..., Assoc."). */
function goesOn(list: string, kw: Keywords): boolean {
  const t = list.trimEnd();
  return t.endsWith(',') || (t.endsWith('.') && kw.honorifics.test(t.slice(t.lastIndexOf(' ') + 1)));
}
/** A label, a colon and a capitalised entry: "Ex officio: Ana Ruiz, Provost". */
const LABELLED_LIST = /^\p{Lu}[^:\t\d]{1,30}:\s+\p{Lu}/u;
/** A name and a dash opening an entry ("Ana Ruiz – Decana ..."). */
const NAME_DASH = /^\p{Lu}[\p{L}.'’ -]{2,60}?\s[–—-]\s+\p{L}/u;
/** The reason an excused entry gives after its role (", por compromisos académicos ...", ", due to illness"). */
/** A closing note of how a list's entries were absent: ", con justificación.", ", sin aviso". */
const EXCUSE_NOTE = /,\s*(?:con|sin)\s+(?:justificaci[oó]n|aviso|excusa)\.?\s*$/iu;
const REASON = /,\s+(?:por|debido a|due to|owing to|because of)\s.*$/iu;
const CONNECTOR_END = /(?:\b(?:y|de|del|la|las|los|and|of|the|e)|[,–-])\s*$/iu;

/** Where a status word could sit before folding: most pieces hold none and are not folded. */
const STATUS_GATE = beforeFolding(STATUS_STEMS);

/**
 * A list piece's or label's status, read from its folding (accents do not hide a stem). Unlike a sentence's
 * (attendee-prose.ts), no word of it reads as present: a piece naming no other status keeps `current`.
 */
function statusIn(s: string, current: AttendeeStatus): AttendeeStatus {
  return STATUS_GATE.test(s) ? statusNamed(fold(s)) ?? current : current;
}

/** A text names someone by an honorific ("Sr. Ana Ruiz") or by article and role ("el presidente Ana Ruiz"). */
const namesSomeone = (s: string): boolean => HONORIFIC_IN.test(` ${s}`) || ARTICLE_ROLE.test(s);
/** A text names people by article and role only: read as a sentence, not as a list. */
const namedByRoleOnly = (s: string): boolean => !HONORIFIC_IN.test(` ${s}`) && ARTICLE_ROLE.test(s);

const leadInSentences = new WeakMap<Keywords, RegExp>();
/** The table's attendance lead-in opening a sentence after the first one, before a capital. */
function leadInSentence(kw: Keywords): RegExp {
  let re = leadInSentences.get(kw);
  if (!re) leadInSentences.set(kw, (re = new RegExp(`(?<=[.;]\\s+)${kw.attendanceLead.source.replace(/^\^/, '')}(?=\\p{Lu})`, 'iu')));
  return re;
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
function inlineList(text: string, status: AttendeeStatus, role: string | null, ctx: SegmentContext): Attendee[] {
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
      const bare = p.includes('(') ? p.replace(/\s*\(.*?\)\s*/g, '') : p;
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
      const item = parseItem(piece, { status: st, role, doc: ctx });
      if (item) out.push(item);
    }
  }
  return out;
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
  const lastWord = fold(words[words.length - 1]!);
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
function roleNamedList(text: string, status: AttendeeStatus, ctx: SegmentContext): Attendee[] {
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
function labelRole(line: string, kw: Keywords): string | null {
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
const WHO_BODY = /\((\p{Lu}[^()]{1,60})\)\s*$/u;

const LIST_SEPARATOR = /\s*[,;]\s*(?:(?:and|y)\s+)?|\s+(?:and|y)\s+/;

/** Every part of a list line opens with a title ("Mr", "Sra.", "Cllr"), and there are two parts or more. */
function titledParts(text: string, kw: Keywords): boolean {
  const parts = text.split(LIST_SEPARATOR).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => kw.honorifics.test(p.slice(0, Math.max(0, p.indexOf(' ')))));
}

function nameWords(a: Attendee): string[] | null {
  // Names are tidied (single spaces), so a space means two words or more. The words are compared as folded
  // (sameFolded) without folding them: most pairs of names differ in a word's length or first letters.
  return a.name && a.name.includes(' ') ? spacedWords(a.name) : null;
}

/** fold(a) === fold(b), read unit by unit (fold() keeps the length). */
function sameFolded(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y && foldCode(x) !== foldCode(y)) return false;
  }
  return true;
}

/** One bit per length of a word in `words` (a 31st for any longer): a folded word keeps its length. */
function lengthMask(words: string[]): number {
  let m = 0;
  for (const w of words) m |= 1 << Math.min(w.length, 31);
  return m;
}

/**
 * Every word of the shorter name (two words or more each) is in the longer one, as folded. `ma` and `mb` are the
 * names' lengthMask()s: a word of the shorter whose length no word of the longer has decides most pairs.
 */
function sameName(wa: string[], ma: number, wb: string[], mb: number): boolean {
  const aShort = wa.length <= wb.length;
  if ((aShort ? ma & ~mb : mb & ~ma) !== 0) return false;
  const short = aShort ? wa : wb;
  const long = aShort ? wb : wa;
  for (const w of short) if (!long.some((v) => sameFolded(w, v))) return false;
  return true;
}

/** Attendees from the labelled lines. */
export function extractAttendees(lines: Labelled[], ctx: SegmentContext): Attendee[] {
  const { kw } = ctx;
  const out: Attendee[] = [];
  let status: AttendeeStatus = 'present';
  let pendingRole: string | null = null;
  let table: Column[] | null = null;
  let tableRows = 0;
  let carry = '';
  /** The index of the last line read as an attendance sentence. */
  let proseAbove = -2;
  /** The index of the last attendee line (or entry read from a header line between them). */
  let entryAbove = -2;
  /** Whether the lines are under a sentence announcing the agenda, up to a blank line. */
  let agendaBelow = false;
  const stop = lines.findIndex((l) => l.zone === 'agenda' || l.zone === 'discussion');
  let buffer = '';
  /** The entry the last flush read from one line, and that line's index: a table's caption is no entry. */
  let lineItem: Attendee | null = null;
  let lineItemAt = -1;
  let bufferAt = -1;
  const flush = () => {
    if (buffer) {
      const a = parseItem(buffer, { status, role: pendingRole, doc: ctx });
      if (a) { out.push(a); lineItem = a; lineItemAt = bufferAt; }
    }
    buffer = '';
  };
  /** The position of a line joined to the heading list above it: it is read there. */
  let joined = -1;
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li]!;
    if (li === joined) continue;
    if (l.zone !== 'header' && l.zone !== 'attendees' && l.zone !== 'blank' && l.zone !== 'furniture') continue;
    // Header lines count until the agenda or discussion starts; attendee lists count anywhere.
    if (stop >= 0 && l.index > lines[stop]!.index && l.zone === 'header') continue;
    if (carry && ((l.zone !== 'header' && l.zone !== 'attendees') || l.heading)) { out.push(...proseAttendees(carry, status, ctx)); carry = ''; }
    if (l.zone === 'blank' || l.zone === 'furniture') { if (l.zone === 'blank') { flush(); agendaBelow = false; } continue; }
    if (l.zone === 'attendees') entryAbove = l.index;
    // "... and the following agenda was adopted:" / "(a) Minutes ...": the lines under it are items, not people.
    if (agendaBelow && !l.heading) continue;
    agendaBelow = false;
    if (l.zone === 'attendees' && l.text.trimEnd().endsWith(':') && kw.agendaMention.test(l.text)) { flush(); agendaBelow = true; continue; }
    if (l.heading) {
      flush();
      status = STATUS_OF[l.heading] ?? status;
      pendingRole = null;
      table = null;
      // "Present: Prof. Ana Ruiz (chair), Prof. Luis Paz, Assoc." / "Prof. Eva Gil, ...": a list the page broke
      // after a comma or a title goes on on the next line.
      let after = l.after;
      const next = after && goesOn(after, kw) ? lines[li + 1] : undefined;
      if (next && next.zone === 'attendees' && !next.heading && !next.text.includes('\t') && /^\s*\p{Lu}/u.test(next.text)) {
        after = `${after} ${squash(next.text)}`;
        joined = li + 1;
      }
      if (after) {
        const t = tableHeader(after, ctx);
        if (t) table = t;
        else if (HONORIFIC_IN.test(after) && /\p{Ll}{3,}\.\s+\p{Lu}/u.test(after) && kw.attendanceVerbs.test(after)) out.push(...proseAttendees(after, status, ctx));
        // "Also present: Mr. Tom Reyes, Executive Director, and, as a guest, Mr. Paul Brenner, accountant": several
        // titled people, each with a lower-case role or clause after a comma, make a sentence, not a list.
        else if (LOWER_PART.test(after) && honorificsReach(after, 2)) out.push(...proseAttendees(after, status, ctx));
        // "Ausente con aviso: el vocal suplente Nicolás Bustos.": people named by article and role.
        else if (namedByRoleOnly(after)) out.push(...roleNamedList(after, status, ctx));
        else out.push(...inlineList(after, status, labelRole(squash(l.text), kw), ctx));
      }
      continue;
    }
    // The line's squashed text after any carried sentence start (a heading above reads its `after` instead).
    const carried = carry !== '';
    const text = carried ? `${carry} ${squash(l.text)}` : squash(l.text);
    carry = '';
    // isProse() of the line (trimmed or not, it reads the same) from the context's memo by index, which the
    // labeller filled; of `text` too when squash() left the line as it was (most lines).
    const lineProse = ctx.isProse(l);
    // "CONSEJEROS AUSENTES CON AVISO" between two tables: a line in capitals naming a status heads the next list.
    if (l.zone === 'attendees' && text.length <= 60 && !l.text.includes('\t') && STATUS_GATE.test(text) && text === text.toUpperCase()) {
      const st = statusNamed(fold(text));
      if (st) { flush(); status = st; pendingRole = null; table = null; continue; }
    }
    const header = tableHeader(l.text, ctx, lineProse);
    if (header) {
      flush();
      // "SENATORS" right above the header row is the table's caption, no body.
      // (lineItem is set inside flush(): the compiler does not see it change.)
      const above = lineItem as Attendee | null;
      if (above && above === out[out.length - 1] && lineItemAt === l.index - 1 && !above.name && above.organization && above.organization.length <= 40 && !above.organization.includes(',')) out.pop();
      table = header;
      tableRows = 0;
      continue;
    }
    if (!table && l.zone === 'attendees' && l.text.includes('\t')) {
      const a = headerlessRow(l.text, status, ctx);
      if (a) { flush(); out.push(a); continue; }
    }
    const prose = text === l.text ? lineProse : ctx.prose(text);
    // (A tabbed row is a row however long its cells read: "Ana Paz\tRepresentante de los asistentes de la ...".)
    // "Ex officio: Ana Ruiz, Provost; ..." under a table: a labelled list line ends the table.
    if (table && !l.text.includes('\t') && LABELLED_LIST.test(text)) table = null;
    if (table && (!prose || l.text.includes('\t'))) {
      const a = tableRow(l.text, table, status, ctx, carried ? undefined : text);
      // A form row whose cells OCR put on lines of their own: a line naming nobody is the role of the row above.
      if (a?.name && !ctx.personName(NOT_NAME_CHAR.test(a.name) ? a.name.replace(NOT_NAME_CHARS, '').trim() : a.name)) {
        const last = out[out.length - 1];
        if (last && tableRows > 0 && last.name && !last.role && !/\d/.test(text)) last.role = orNull(trimEndDot(text));
        continue;
      }
      if (a) { out.push(a); tableRows++; }
      continue;
    }
    // "También estuvieron Ana Paz (tesorera), Luis Mora y Eva Ruiz.": names with no honorific after a lead-in.
    const lead = l.zone === 'attendees' && !HONORIFIC_IN.test(text) ? kw.attendanceLead.exec(text) : null;
    if (lead && /^\p{Lu}/u.test(text.slice(lead[0].length))) {
      flush();
      out.push(...inlineList(trimEndDot(text.slice(lead[0].length)), status, null, ctx));
      continue;
    }
    // "... called the meeting to order at 6:05 p.m. Present were President Ana Ruiz, Vice President ...": the lead-in
    // opening a later sentence of the paragraph, its list running to that sentence's end.
    const later = l.zone === 'attendees' && !lead && !HONORIFIC_IN.test(text) ? leadInSentence(kw).exec(text) : null;
    if (later) {
      const rest = text.slice(later.index + later[0].length);
      const end = rest.search(/\.\s+\p{Lu}|\.$/u);
      flush();
      out.push(...inlineList(end < 0 ? rest : rest.slice(0, end), status, null, ctx));
      continue;
    }
    // A sentence's rest on the next line of its paragraph ("Gutiérrez, la Tesorera Sra. Ana Paz y ..."): titled
    // names after an attendance sentence, the paragraph unbroken, are read like it.
    const rest = proseAbove === l.index - 1 && l.zone === 'header' && HONORIFIC_IN.test(text);
    if (rest || (prose && (l.zone === 'attendees' || kw.attendanceVerbs.test(text)))) {
      proseAbove = l.index;
      flush();
      // A header sentence broken mid-name by the page edge ("... el Dr. Ana" / "Ruiz, el ...") is read with its next line.
      if (!carried && HONORIFIC_IN.test(text) && !/[.;:]$/.test(text)) { carry = text; continue; }
      if (namesSomeone(text)) out.push(...proseAttendees(text, status, ctx));
      // "Los siguientes miembros estuvieron presentes (7 de 9): Ana Paz, Luis Mora y Eva Ruiz."
      // ("Visiting: Ines Carvalho – ..., interested in ...": the words before the colon say the list's status.)
      else if (l.zone === 'attendees' && /:\s+\p{Lu}/u.test(text)) {
        const colon = text.lastIndexOf(':');
        out.push(...inlineList(text.slice(colon + 1), statusIn(text.slice(0, colon), status), null, ctx));
      }
      // "Orlando Paz Erazo – Decano de la Facultad ..., por compromisos ...": an entry with its reason, one person.
      else if (l.zone === 'attendees' && NAME_DASH.test(text)) {
        const a = parseItem(text.replace(REASON, ''), { status, role: pendingRole, doc: ctx });
        if (a?.name) out.push(a);
      }
      continue;
    }
    const label = text.includes(':') ? /^([^:]{2,60}):\s*(.*)$/u.exec(text) : null;
    // "Lic. Fernando Paz, Jefe del Departamento ..., Secretario;" between two entries, left in the header: an entry too.
    if (l.zone === 'header' && entryAbove === l.index - 1 && text.includes(', ') && kw.honorifics.test(text.slice(0, text.indexOf(' ')))) {
      const a = parseItem(text, { status, role: null, doc: ctx });
      if (a?.name) { flush(); out.push(a); entryAbove = l.index; }
      continue;
    }
    if (l.zone !== 'attendees' && !(label && namesSomeone(label[2]!) && /^\p{Lu}/u.test(label[1]!))) continue;
    if (label) {
      flush();
      const role = label[1]!.trim();
      if (!label[2]) {
        pendingRole = singularRole(role);
        status = statusIn(role, 'present');
        continue;
      }
      // "Ausente con aviso: el vocal suplente Nicolás Bustos.": people named by article and role, as in a sentence.
      if (namedByRoleOnly(label[2])) { out.push(...roleNamedList(label[2], statusIn(role, 'present'), ctx)); continue; }
      // "Union members present (USW Local 7712):": a list label saying who attends, the body they come from in
      // parentheses, is no role.
      const said = kw.attendanceVerbs.test(role) ? WHO_BODY.exec(role) : null;
      if (said || kw.attendanceVerbs.test(role)) {
        const listed = inlineList(label[2], statusIn(role, 'present'), labelRole(role.replace(/\s*\(.*?\)/, '') + ':', kw), ctx);
        if (said) for (const a of listed) a.organization ??= said[1]!;
        out.push(...listed);
        continue;
      }
      // ("Visiting: ...": a label naming only a status is no role.)
      const isRole = !/^(por|en representaci|from|for)\b/i.test(role) && !(statusIn(role, 'present') !== 'present' && !roleWordAtEdge(role, kw));
      // A plural role over several names ("Vocales titulares: Ana Ruiz, Luis Paz y ...") is each one's, in the singular.
      const plural = role.split(' ', 1)[0]!.endsWith('s') && /,|\s(?:y|and)\s/.test(label[2]);
      const each = isRole && plural ? singularRole(role) : role;
      out.push(...inlineList(label[2], statusIn(role, 'present'), isRole ? each : null, ctx));
      continue;
    }
    if (prose) continue;
    // "Excusa su asistencia el vocal D. Tomás Bergua.": a short sentence naming someone by article and title.
    if (l.zone === 'attendees' && !buffer && SHORT_SENTENCE.test(text) && namesSomeone(text)) { out.push(...proseAttendees(text, status, ctx)); continue; }
    // A run of titled names with their roles, one after another ("Dr. Ana Ruiz, Rectora, Mtro. Luis Paz, ...").
    if (l.zone === 'attendees' && text.length > 80 && honorificsReach(text, 3)) { flush(); out.push(...proseAttendees(text, status, ctx)); continue; }
    // "Mr Luis More, Mrs Ann Rule.": several people on one list line, each after a title (not "Name, Role").
    if (l.zone === 'attendees' && !buffer && text.includes(',') && titledParts(text, kw)) { out.push(...inlineList(trimEndDot(text), status, pendingRole, ctx)); continue; }
    // Wrapped list lines: a line ending in a connector continues on the next one.
    bufferAt = buffer ? -1 : l.index;
    buffer = buffer ? `${buffer} ${text}` : text;
    // `text` is squashed (no trailing space): its last eight characters hold any match and the character before it.
    if (!CONNECTOR_END.test(text.slice(-8))) flush();
  }
  flush();
  if (carry) out.push(...proseAttendees(carry, status, ctx));
  return distinct(out);
}

/**
 * The attendees, each once: a name whose words are all in an earlier one's is that person again; entries naming no
 * one nor any body go. Every attendee is built with orNull()'d fields, so the kept ones are returned as they are.
 */
export function distinct(out: Attendee[]): Attendee[] {
  const kept: Attendee[] = [];
  const keptNames: string[][] = [];
  const keptMasks: number[] = [];
  const keptNamed: Attendee[] = [];
  outer: for (const a of out) {
    const words = nameWords(a);
    if (words) {
      const mask = lengthMask(words);
      for (let k = 0; k < keptNames.length; k++) {
        if (!sameName(keptNames[k]!, keptMasks[k]!, words, mask)) continue;
        // The person named again (the opening sentence, then the attendance table) lends the first mention what
        // it lacked: "el Decano Dr. Ana Ruiz" then "Ana Ruiz | Decana | Autoridad".
        const first = keptNamed[k]!;
        if (first.status === a.status) { first.role ??= a.role; first.organization ??= a.organization; }
        continue outer;
      }
      keptNames.push(words);
      keptMasks.push(mask);
      keptNamed.push(a);
    }
    if (a.name || a.organization) kept.push(a);
  }
  return kept;
}

/** "Preside la asamblea ...", "Presidió la sesión ...": who chairs, in an opening sentence. */
const PRESIDES = /^(?:Preside|Presidi[oó])\s+(?:la|el)\s/u;

/** An item calling the roll: "Pase de lista", "Llamado a lista", "Lista de asistencia", "Roll call". */
const ROLL_CALL = /\b(?:pase de lista|llamado a lista|lista de asistencia|roll call)\b/iu;

/**
 * "... encontrándose presentes los siguientes miembros: Ana Paz, coordinadora; Luis Mora, tesorero. ...": the list
 * after the colon that follows an attendance verb, up to its sentence's end, names people without titles.
 */
function listAfterColon(par: string, ctx: SegmentContext): Attendee[] {
  const verb = par.includes(':') ? ctx.kw.attendanceVerbs.exec(par) : null;
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
      out.push(...listAfterColon(first, ctx));
      // (Or by article and role: "No se hizo presente el vocal III, Mario Sis.")
      if ((ctx.kw.attendanceVerbs.test(first) || PRESIDES.test(first)) && (honorificsReach(first, 2) || ARTICLE_ROLE.test(first))) for (const a of proseAttendees(first, 'present', ctx)) if (a.name) out.push(a);
      continue;
    }
    const h = headingOf(p.title, ctx.kw);
    const status = h && !h.after ? STATUS_OF[h.heading] : undefined;
    // "II. Instalación de la asamblea" / "Se encuentran presentes los integrantes ..., CC. Ana Paz, ...": an early item's
    // paragraph opening by saying who attends names them by title.
    if (!status && k < 4 && !ROLL_CALL.test(p.title)) {
      for (const par of p.text.split('\n\n')) {
        const verb = par.length > 60 ? ctx.kw.attendanceVerbs.exec(par.slice(0, 60)) : null;
        if (verb && honorificsReach(par, 2)) for (const a of proseAttendees(par, 'present', ctx)) if (a.name) out.push(a);
      }
      continue;
    }
    if (!status) {
      // "I.- Pase de lista y declaración de quórum": the roll call's sentence names who is there, each by title.
      if (ROLL_CALL.test(p.title)) out.push(...namedInRollCall(p.text.split('\n\n', 1)[0]!, ctx));
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

export { nameRun };
