// Attendees: walk the header and attendee zones, keeping the status of the list each line is in.
import type { Attendee, AttendeeStatus } from '../types.js';
import type { SegmentContext } from '../segment/context.js';
import type { Keywords } from '../segment/keywords.js';
import type { Labelled } from '../segment/zones.js';
import { headingOf } from '../segment/headings.js';
import { parseItem } from './attendee-item.js';
import { HONORIFIC_IN, STATUS_GATE, STATUS_OF, WHO_BODY, inlineList, labelRole, roleNamedList, statusIn, titledParts } from './attendee-list.js';
import { distinct } from './attendee-distinct.js';
import { ARTICLE_ROLE, honorificsReach, proseAttendees, statusNamed } from './attendee-prose.js';
import { columnOfCell, headerlessRow, tableHeader, tableRow, type Column } from './attendee-table.js';
import { roleWordAtEdge } from './names.js';
import { fold, orNull, singularRole, splitNumbering, squash, trimEndDot } from './text.js';

/** A character no name holds; the test spares a copy of the (tidied) names that hold none. */
const NOT_NAME_CHAR = /[^\p{L}\s'’.-]/u;
const NOT_NAME_CHARS = /[^\p{L}\s'’.-]/gu;
/** A comma-separated part opening in lower case: a role or a clause, not a listed name. */
const LOWER_PART = /,\s+\p{Ll}/u;
/** Lower-case words after a first capitalised one, then an article: a sentence's opening ("Excusa su asistencia el ..."). */
const SHORT_SENTENCE = /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){1,5}\s+(?:el|la|los|las)\s/u;
/** A list broken off after a comma or a title ("..., Assoc."). */
function goesOn(list: string, kw: Keywords): boolean {
  const t = list.trimEnd();
  return t.endsWith(',') || (t.endsWith('.') && kw.honorifics.test(t.slice(t.lastIndexOf(' ') + 1)));
}
/** A sentence's end, then a short capitalised label and a colon: another list of the same paragraph. */
const LATER_LABEL = /\.\s+(?=\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}:\s+\p{Lu})/u;
/**
 * A short capitalised label and its colon before a capital, after a semicolon or a space: a later list of the line
 * when it is an attendance heading ("...; Absent: Trustee Ruiz", "... Police Department Members of the public: ...").
 */
const INNER_LABEL = /[;\s](?=\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,4}:\s+\p{Lu})/gu;

/** Where the first later labelled list of a heading's list starts in `after`, or -1. */
function laterLabel(after: string, kw: Keywords): number {
  const dot = LATER_LABEL.exec(after);
  const end = dot ? dot.index : after.length;
  INNER_LABEL.lastIndex = 1;
  for (let m = INNER_LABEL.exec(after); m && m.index < end; m = INNER_LABEL.exec(after)) {
    const h = headingOf(after.slice(m.index + 1), kw);
    if (h && h.after && STATUS_OF[h.heading]) return m.index + 1;
  }
  return dot ? dot.index + 1 : -1;
}
/** A linking word between capitalised words of a body's name. */
const BODY_LINK = /\s(?:de|del|of|for|y|and)\s+\p{Lu}/u;
/** An ASCII lower-case letter: a line holding one is not in capitals. */
const ASCII_LOWER = /[a-z]/;
/** A label, a colon and a capitalised entry: "Ex officio: Ana Ruiz, Provost". */
const LABELLED_LIST = /^\p{Lu}[^:\t\d]{1,30}:\s+\p{Lu}/u;
/** A name and a dash opening an entry ("Ana Ruiz – Decana ..."). */
const NAME_DASH = /^\p{Lu}[\p{L}.'’ -]{2,60}?\s[–—-]\s+\p{L}/u;
/** The reason an excused entry gives after its role (", por compromisos académicos ...", ", due to illness"). */
const REASON = /,\s+(?:por|debido a|due to|owing to|because of)\s.*$/iu;
const CONNECTOR_END = /(?:\b(?:y|de|del|la|las|los|and|of|the|e)|[,–-])\s*$/iu;

/** Three parts or more cut by commas and "and" / "y" ("Ana Ruiz, Luis Paz and Eva Gil"): "Ana Ruiz, Acme" is one entry. */
function severalParts(text: string): boolean {
  const comma = text.indexOf(', ');
  return comma >= 0 && (text.indexOf(', ', comma + 2) >= 0 || / (?:and|y) \p{Lu}/u.test(text.slice(comma)));
}

/** out.push(...more) without the spread call (V8 runs a loop of pushes faster for the few entries a line gives). */
function pushAll(out: Attendee[], more: readonly Attendee[]): void {
  for (let i = 0; i < more.length; i++) out.push(more[i]!);
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
      const last = lineItem as Attendee | null;
      // "Unidad de Modernización y Gobierno" / "Digital de Chile, MINSEGPRES": in a list of bodies one to a line, a
      // line read as a person's, a linking word in it, right under a body, is that body's wrapped rest.
      if (a?.name && bodiesAbove >= 2 && last && last === out[out.length - 1] && !last.name && last.organization && bufferAt >= 0 && lineItemAt === bufferAt - 1 && BODY_LINK.test(buffer)) {
        last.organization = `${last.organization} ${squash(buffer)}`;
        lineItemAt = bufferAt;
      } else if (a) {
        out.push(a); lineItem = a; lineItemAt = bufferAt;
        bodiesAbove = a.name ? 0 : bodiesAbove + 1;
      }
    }
    buffer = '';
  };
  /** How many bodies without a person were read one after another, from single lines. */
  let bodiesAbove = 0;
  /** The index of the last list heading with nothing after it ("PRESENT", "IN ATTENDANCE"). */
  let listBelow = -2;
  /** The position of a line joined to the heading list above it: it is read there. */
  let joined = -1;
  /** Whether the table's header came one cell to a line (so do its rows). */
  let cellLines = false;
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li]!;
    if (li === joined) continue;
    if (l.zone !== 'header' && l.zone !== 'attendees' && l.zone !== 'blank' && l.zone !== 'furniture') continue;
    // Header lines count until the agenda or discussion starts; attendee lists count anywhere.
    if (stop >= 0 && l.index > lines[stop]!.index && l.zone === 'header') continue;
    if (carry && ((l.zone !== 'header' && l.zone !== 'attendees') || l.heading)) { pushAll(out, proseAttendees(carry, status, ctx)); carry = ''; }
    if (l.zone === 'blank' || l.zone === 'furniture') { if (l.zone === 'blank') { flush(); agendaBelow = false; } continue; }
    if (l.zone === 'attendees') entryAbove = l.index;
    // "... and the following agenda was adopted:" / "(a) Minutes ...": the lines under it are items, not people.
    if (agendaBelow && !l.heading) continue;
    agendaBelow = false;
    if (l.zone === 'attendees' && l.text.trimEnd().endsWith(':') && kw.agendaMention.test(l.text)) { flush(); agendaBelow = true; continue; }
    if (l.heading) {
      flush();
      listBelow = l.after ? -2 : l.index;
      bodiesAbove = 0;
      status = STATUS_OF[l.heading] ?? status;
      // "Concejales presentes:" over its list: each one listed is a Concejal.
      pendingRole = l.after ? null : labelRole(squash(l.text), kw);
      table = null;
      // "Present: Prof. Ana Ruiz (chair), Prof. Luis Paz, Assoc." / "Prof. Eva Gil, ...": a list the page broke
      // after a comma or a title goes on on the next line.
      let after = l.after;
      const next = after && goesOn(after, kw) ? lines[li + 1] : undefined;
      if (next && next.zone === 'attendees' && !next.heading && !next.text.includes('\t') && /^\s*\p{Lu}/u.test(next.text)) {
        after = `${after} ${squash(next.text)}`;
        joined = li + 1;
      }
      // "Roll call: Present: Trustees A, B and C; Absent: ...": a heading whose list opens with an attendance label
      // reads that label's status.
      if (after && after.includes(': ')) {
        const inner = headingOf(after, kw);
        if (inner && inner.after && STATUS_OF[inner.heading]) { status = STATUS_OF[inner.heading]!; pendingRole = labelRole(after.slice(0, after.indexOf(':') + 1), kw); after = inner.after; }
      }
      // "Directors present: A (President), B. Director absent: C. Staff: Fire Chief D; ... Visitor: E, auditor.":
      // later labelled lists in the same paragraph are read each with the status its label names.
      const later = after && after.includes(': ') ? laterLabel(after, kw) : -1;
      const rest = later >= 0 ? after!.slice(later).trim() : '';
      if (later >= 0) after = after!.slice(0, later).replace(/[;\s]+$/, '');
      if (after) {
        const t = tableHeader(after, ctx);
        // (HONORIFIC_IN.test(after) is asked once here, and again by namedByRoleOnly() below.)
        const titledAfter = !t && HONORIFIC_IN.test(after);
        if (t) table = t;
        else if (titledAfter && /\p{Ll}{3,}\.\s+\p{Lu}/u.test(after) && kw.attendanceVerbs.test(after)) pushAll(out, proseAttendees(after, status, ctx));
        // "Also present: Mr. Tom Reyes, Executive Director, and, as a guest, Mr. Paul Brenner, accountant": several
        // titled people, each with a lower-case role or clause after a comma, make a sentence, not a list.
        else if (LOWER_PART.test(after) && honorificsReach(after, 2)) pushAll(out, proseAttendees(after, status, ctx));
        // "Ausente con aviso: el vocal suplente Nicolás Bustos.": people named by article and role.
        else if (!titledAfter && ARTICLE_ROLE.test(after)) pushAll(out, roleNamedList(after, status, ctx));
        else pushAll(out, inlineList(after, status, labelRole(squash(l.text), kw), ctx));
      }
      for (let part = rest; part; ) {
        const next = laterLabel(part, kw);
        const piece = next >= 0 ? part.slice(0, next).replace(/[;\s]+$/, '') : part;
        part = next >= 0 ? part.slice(next).trim() : '';
        const said = piece.slice(0, piece.indexOf(': '));
        // ("Members of the public: ...": the label's heading says its status when no status word does.)
        const h = headingOf(piece, kw);
        const st = h && STATUS_OF[h.heading] ? STATUS_OF[h.heading]! : statusIn(said, 'present');
        pushAll(out, inlineList(trimEndDot(piece.slice(said.length + 2)), st, labelRole(`${said}:`, kw), ctx));
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
    // (No ASCII lower-case letter, a cheap test that usually decides, before the status stems' scan.)
    if (l.zone === 'attendees' && text.length <= 60 && !l.text.includes('\t') && !ASCII_LOWER.test(text) && STATUS_GATE.test(text) && text === text.toUpperCase()) {
      const st = statusNamed(fold(text));
      if (st) { flush(); status = st; pendingRole = null; table = null; continue; }
    }
    // "Nombre" / "Función" / "Firma" one under another: a grid's header cells that OCR put on lines of their own.
    const stacked = !table && l.zone === 'attendees' && text.length <= 25 && !l.text.includes('\t') && columnOfCell(text, kw) === 'name' ? stackedHeader(lines, li, kw) : -1;
    if (stacked > li) {
      flush();
      const cells: string[] = [];
      for (let k = li; k <= stacked; k++) if (!lines[k]!.blank) cells.push(squash(lines[k]!.text));
      table = tableHeader(cells.join('\t'), ctx, false);
      tableRows = 0;
      // ("Integrantes del Consejo presentes" right above it is the table's caption, no body.)
      const above = out[out.length - 1];
      if (table && above && !above.name && above.organization && above.organization.length <= 60 && CAPTION_WORD.test(above.organization)) out.pop();
      if (table) { li = stacked; cellLines = true; continue; }
    }
    const header = tableHeader(l.text, ctx, lineProse);
    if (header) {
      flush();
      // "SENATORS" right above the header row is the table's caption, no body.
      // (lineItem is set inside flush(): the compiler does not see it change.)
      const above = lineItem as Attendee | null;
      if (above && above === out[out.length - 1] && lineItemAt === l.index - 1 && !above.name && above.organization && above.organization.length <= 40 && !above.organization.includes(',')) out.pop();
      table = header;
      cellLines = false;
      tableRows = 0;
      continue;
    }
    if (!table && l.zone === 'attendees' && l.text.includes('\t')) {
      // "Ana Ruiz – Engineer<TAB>Luis Paz – SRE": entries set in columns, each cell a name, a dash and a role.
      const cells = l.text.split('\t').map((c) => c.trim()).filter(Boolean);
      if (cells.length >= 2 && cells.every((c) => NAME_DASH.test(c))) {
        flush();
        for (const c of cells) {
          const a = parseItem(c, { status, role: pendingRole, doc: ctx });
          if (a?.name) out.push(a);
        }
        continue;
      }
      const a = headerlessRow(l.text, status, ctx);
      if (a) { flush(); out.push(a); continue; }
    }
    /** HONORIFIC_IN.test(text), read once for the several tests below that ask it. */
    let titled: boolean | undefined;
    // "PRESENT" / "Chairperson Ana Ruiz, Deputy Chairperson Luis Paz, Members ...": the line right under a bare
    // list heading, names cut by commas, is its list however long it runs.
    if (listBelow === l.index - 1 && !table && l.zone === 'attendees' && !carried && !buffer && !text.includes(':') && severalParts(text) && /^\p{Lu}/u.test(text) && !(titled ??= HONORIFIC_IN.test(text))) {
      pushAll(out, inlineList(trimEndDot(text), status, pendingRole, ctx));
      continue;
    }
    const prose = text === l.text ? lineProse : ctx.prose(text);
    // (A tabbed row is a row however long its cells read: "Ana Paz\tRepresentante de los asistentes de la ...".)
    // "Ex officio: Ana Ruiz, Provost; ..." under a table: a labelled list line ends the table.
    if (table && !l.text.includes('\t') && LABELLED_LIST.test(text)) table = null;
    // Under such a header each line is one cell: a name starts the next entry, other words are its role.
    if (table && cellLines && !prose && !l.text.includes('\t')) {
      const a = parseItem(text.replace(LEADING_SPECKS, ''), { status, role: null, doc: ctx });
      const last = out[out.length - 1];
      if (a?.name && ctx.personName(a.name)) { out.push(a); tableRows++; }
      else if (last && tableRows > 0 && last.name && !last.role) last.role = orNull(trimEndDot(text.replace(LEADING_SPECKS, '')));
      continue;
    }
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
    const lead = l.zone === 'attendees' && !(titled ??= HONORIFIC_IN.test(text)) ? kw.attendanceLead.exec(text) : null;
    if (lead && /^\p{Lu}/u.test(text.slice(lead[0].length))) {
      flush();
      pushAll(out, inlineList(trimEndDot(text.slice(lead[0].length)), status, null, ctx));
      continue;
    }
    // "... called the meeting to order at 6:05 p.m. Present were President Ana Ruiz, Vice President ...": the lead-in
    // opening a later sentence of the paragraph, its list running to that sentence's end.
    const later = l.zone === 'attendees' && !lead && !(titled ??= HONORIFIC_IN.test(text)) ? leadInSentence(kw).exec(text) : null;
    if (later) {
      const rest = text.slice(later.index + later[0].length);
      const end = rest.search(/\.\s+\p{Lu}|\.$/u);
      flush();
      pushAll(out, inlineList(end < 0 ? rest : rest.slice(0, end), status, null, ctx));
      continue;
    }
    // A sentence's rest on the next line of its paragraph ("Gutiérrez, la Tesorera Sra. Ana Paz y ..."): titled
    // names after an attendance sentence, the paragraph unbroken, are read like it.
    const rest = proseAbove === l.index - 1 && l.zone === 'header' && (titled ??= HONORIFIC_IN.test(text));
    if (rest || (prose && (l.zone === 'attendees' || kw.attendanceVerbs.test(text)))) {
      proseAbove = l.index;
      flush();
      // A header sentence broken mid-name by the page edge ("... el Dr. Ana" / "Ruiz, el ...") is read with its next line.
      if (!carried && (titled ??= HONORIFIC_IN.test(text)) && !/[.;:]$/.test(text)) { carry = text; continue; }
      if ((titled ??= HONORIFIC_IN.test(text)) || ARTICLE_ROLE.test(text)) pushAll(out, proseAttendees(text, status, ctx));
      // "Los siguientes miembros estuvieron presentes (7 de 9): Ana Paz, Luis Mora y Eva Ruiz."
      // ("Visiting: Ines Carvalho – ..., interested in ...": the words before the colon say the list's status.)
      else if (l.zone === 'attendees' && /:\s+\p{Lu}/u.test(text)) {
        const colon = text.lastIndexOf(':');
        pushAll(out, inlineList(text.slice(colon + 1), statusIn(text.slice(0, colon), status), null, ctx));
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
      // "MOVED: Member Ana Ruiz" / "SECONDED: ...": a motion's mover under an apologies heading, no attendance list.
      if (role.length <= 12 && (kw.motionMoved.test(role) || kw.motionSeconded.test(role))) continue;
      if (!label[2]) {
        // ("Concejales ausentes:" gives "Concejal", not "Concejal ausente".)
        pendingRole = labelRole(`${role}:`, kw) ?? singularRole(role);
        status = statusIn(role, 'present');
        continue;
      }
      // "Ausente con aviso: el vocal suplente Nicolás Bustos.": people named by article and role, as in a sentence.
      if (namedByRoleOnly(label[2])) { pushAll(out, roleNamedList(label[2], statusIn(role, 'present'), ctx)); continue; }
      // "Union members present (USW Local 7712):": a list label saying who attends, the body they come from in
      // parentheses, is no role.
      const said = kw.attendanceVerbs.test(role) ? WHO_BODY.exec(role) : null;
      if (said || kw.attendanceVerbs.test(role)) {
        const listed = inlineList(label[2], statusIn(role, 'present'), labelRole(role.replace(/\s*\(.*?\)/, '') + ':', kw), ctx);
        if (said) for (const a of listed) a.organization ??= said[1]!;
        pushAll(out, listed);
        continue;
      }
      // ("Visiting: ...": a label naming only a status is no role.)
      const isRole = !/^(por|en representaci|from|for)\b/i.test(role) && !(statusIn(role, 'present') !== 'present' && !roleWordAtEdge(role, kw));
      // A plural role over several names ("Vocales titulares: Ana Ruiz, Luis Paz y ...") is each one's, in the singular.
      const plural = role.split(' ', 1)[0]!.endsWith('s') && /,|\s(?:y|and)\s/.test(label[2]);
      const each = isRole && plural ? singularRole(role) : role;
      pushAll(out, inlineList(label[2], statusIn(role, 'present'), isRole ? each : null, ctx));
      continue;
    }
    if (prose) continue;
    // "Excusa su asistencia el vocal D. Tomás Bergua.": a short sentence naming someone by article and title.
    if (l.zone === 'attendees' && !buffer && SHORT_SENTENCE.test(text) && ((titled ??= HONORIFIC_IN.test(text)) || ARTICLE_ROLE.test(text))) { pushAll(out, proseAttendees(text, status, ctx)); continue; }
    // "Actúa en Secretaría el Secretario de Facultad, Lic. Ana Paz.": a sentence in capitals naming someone by title.
    // (The verb before the title: "Profr. Ana Paz – Regidora (justificó su inasistencia)" is a list entry.)
    if (l.zone === 'attendees' && !buffer && (titled ??= HONORIFIC_IN.test(text)) && verbBeforeTitle(text, kw)) { pushAll(out, proseAttendees(text, status, ctx)); continue; }
    // A run of titled names with their roles, one after another ("Dr. Ana Ruiz, Rectora, Mtro. Luis Paz, ...").
    if (l.zone === 'attendees' && text.length > 80 && honorificsReach(text, 3)) { flush(); pushAll(out, proseAttendees(text, status, ctx)); continue; }
    // "Mr Luis More, Mrs Ann Rule.": several people on one list line, each after a title (not "Name, Role").
    if (l.zone === 'attendees' && !buffer && text.includes(',') && titledParts(text, kw)) { pushAll(out, inlineList(trimEndDot(text), status, pendingRole, ctx)); continue; }
    // "3. PLEDGE OF ALLEGIANCE" between blank lines under a roll call: a numbered heading of the discussion the
    // labeller left with the list, naming no one and no body.
    if (!buffer && l.zone === 'attendees' && isDigit(text.charCodeAt(0)) && standsAlone(lines, li) && numberedCapsHeading(text, ctx)) continue;
    // Wrapped list lines: a line ending in a connector continues on the next one.
    bufferAt = buffer ? -1 : l.index;
    buffer = buffer ? `${buffer} ${text}` : text;
    // `text` is squashed (no trailing space): its last eight characters hold any match and the character before it.
    if (!CONNECTOR_END.test(text.slice(-8))) flush();
  }
  flush();
  if (carry) pushAll(out, proseAttendees(carry, status, ctx));
  return distinct(out);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The line has a blank line (or the text's edge) right above and right below it. */
function standsAlone(lines: Labelled[], at: number): boolean {
  return (at === 0 || lines[at - 1]!.blank) && (at === lines.length - 1 || lines[at + 1]!.blank);
}

/** "3. PLEDGE OF ALLEGIANCE": a number, then capitals naming no person and no body. */
function numberedCapsHeading(text: string, ctx: SegmentContext): boolean {
  const n = splitNumbering(text);
  const rest = n ? n.rest.trim() : '';
  if (!rest || rest !== rest.toUpperCase() || !/\p{Lu}{3}/u.test(rest)) return false;
  const { kw } = ctx;
  for (const w of fold(rest).split(/\s+/)) if (kw.orgHeads.test(w) || kw.institutionWords.test(w)) return false;
  // (isPersonName reads a name in capitals as one: "1. JUAN PEREZ SOTO" stays an entry.)
  return !ctx.personName(rest);
}

/** A line over a table saying who its rows are: "Integrantes presentes", "Lista de asistentes". */
const CAPTION_WORD = /\b(?:presentes|asistentes|participantes|integrantes|asistencia)\b/i;

/** OCR specks before a cell's first letter ("“| Ana Paz"). */
const LEADING_SPECKS = /^[^\p{L}\d(]+/u;

/** A lone header cell: a short line naming a column, or the signature column no entry fills. */
const SIGNATURE_CELL = /^firmas?$|^signatures?$/;

/**
 * Where a run of lone header cells that starts with the name column at `at` ends (the index of its last line), or -1
 * when fewer than two lines, one of them another column than the name, make it.
 */
function stackedHeader(lines: Labelled[], at: number, kw: Keywords): number {
  let end = -1;
  let other = false;
  for (let k = at + 1; k < lines.length && k <= at + 6; k++) {
    const l = lines[k]!;
    if (l.blank) continue;
    const t = squash(l.text);
    if (l.zone !== 'attendees' || t.length > 25 || l.text.includes('\t')) break;
    const col = columnOfCell(t, kw);
    if (col === 'other' && !SIGNATURE_CELL.test(fold(t).replace(/[:.]+$/, ''))) break;
    if (col !== 'name' && col !== 'other') other = true;
    end = k;
  }
  return other ? end : -1;
}

/** Whether an attendance verb comes before the first title in `text` ("Actúa como Secretario el Lic. Ana Paz"). */
function verbBeforeTitle(text: string, kw: Keywords): boolean {
  const verb = kw.attendanceVerbs.exec(text);
  return verb !== null && verb.index < (HONORIFIC_IN.exec(text)?.index ?? -1);
}

export { distinct } from './attendee-distinct.js';
export { attendeesInItems } from './attendee-discussion.js';
