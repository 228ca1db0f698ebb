// Attendees: walk the header and attendee zones, keeping the status of the list each line is in.
import type { Attendee, AttendeeStatus } from '../types.js';
import type { SegmentContext } from '../segment/context.js';
import type { Labelled } from '../segment/zones.js';
import { parseItem } from './attendee-item.js';
import { honorificCount, proseAttendees } from './attendee-prose.js';
import { headerlessRow, tableHeader, tableRow, type Column } from './attendee-table.js';
import { nameRun, splitRolePrefix, stripHonorifics } from './names.js';
import { fold, orNull, singular, squash, trimEndDot } from './text.js';

const STATUS_OF: Record<string, AttendeeStatus> = { attendees: 'present', excused: 'excused', absent: 'absent', guest: 'guest' };
const HONORIFIC_IN = /(?:^|[\s,;])(?:don|doña|señor(?:es|as|a)?|Sr\.|Sra\.|D\.|D[ªa*?°º][.,]?|Dr\.|Dra\.|Mr\.|Mrs\.|Ms\.|Rev\.|Lic\.|Mg\.|Prof\.)\s+\p{Lu}/u;
const CONNECTOR_END = /(?:\b(?:y|de|del|la|las|los|and|of|the|e)|[,–-])\s*$/iu;

function statusIn(s: string, current: AttendeeStatus): AttendeeStatus {
  const f = fold(s);
  if (/excus|justific|apolog|regrets/.test(f)) return 'excused';
  if (/invitad|guest/.test(f)) return 'guest';
  if (/ausente|no asiste|absent/.test(f)) return 'absent';
  return current;
}

/** "Mayor Linda Carver; Council Members Tom Haskins, Rebecca Ortiz, and Marcus Webb" style lists. */
function inlineList(text: string, status: AttendeeStatus, role: string | null, ctx: SegmentContext): Attendee[] {
  const { kw } = ctx;
  const out: Attendee[] = [];
  // OCR reads the comma after "(President)" as a period: "Karen Mitchell (President). Steve Albright (...)".
  for (let piece of text.replace(/\)\.\s+(?=\p{Lu})/gu, '), ').split(/\s*;\s*/)) {
    const st = statusIn(piece.replace(/\(.*?\)/g, ''), status);
    const h = HONORIFIC_IN.exec(piece);
    if (h && h.index > 0) piece = piece.slice(h.index).trim();
    piece = piece.replace(/^(?:and|y)\s+/i, '');
    const parts = piece.split(/\s*,\s*(?:and\s+|y\s+)?|\s+(?:and|y)\s+(?=\p{Lu})/u).filter(Boolean);
    // "Sra. Ana María, Soto Pinto, presidenta": a comma OCR put inside one name (given names, then surnames)
    // before a role for one person.
    if (parts.length === 3 && HONORIFIC_IN.test(` ${parts[0]}`) && !HONORIFIC_IN.test(` ${parts[1]}`) && /^\p{Ll}[\p{Ll} ]*[^s]$/u.test(parts[2]!) &&
      stripHonorifics(parts[0]!, kw).split(/\s+/).length === 2 && parts[1]!.split(/\s+/).length === 2 && ctx.personName(parts[1]!)) {
      parts.splice(0, 2, `${parts[0]} ${parts[1]}`);
      piece = parts.join(', ');
    }
    const names = parts.filter((p) => ctx.personName(splitRolePrefix(stripHonorifics(p.replace(/\s*\(.*?\)\s*/g, ''), kw), kw)[1]));
    if (names.length >= 2 && names.length >= parts.length - 1) {
      let shared: string | null = role;
      for (const p of parts) {
        const [rolePart, namePart] = splitRolePrefix(stripHonorifics(p.replace(/\s*\(.*?\)\s*/g, ''), kw), kw);
        const words = namePart.split(/\s+/);
        const keep = words.length;
        const prefix = rolePart ?? '';
        if (prefix) shared = prefix.split(' ').length === 2 ? prefix.replace(/(\S+)$/, (w) => singular(w)) : singular(prefix);
        const item = parseItem(`${words.slice(words.length - keep).join(' ')}${/\(.*\)/.exec(p)?.[0] ? ' ' + /\(.*\)/.exec(p)![0] : ''}`, { status: st, role: shared, doc: ctx });
        if (item) out.push(item);
      }
    } else {
      const item = parseItem(piece, { status: st, role, doc: ctx });
      if (item) out.push(item);
    }
  }
  return out;
}

function nameWords(a: Attendee): string[] {
  return a.name ? fold(a.name).split(' ') : [];
}

function sameName(fa: string[], fb: string[]): boolean {
  if (!fa.length || !fb.length) return false;
  const short = fa.length <= fb.length ? fa : fb;
  const long = short === fa ? fb : fa;
  if (short.length < 2) return false;
  for (const w of short) if (!long.includes(w)) return false;
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
  const zone = lines.filter((l) => l.zone === 'header' || l.zone === 'attendees' || l.zone === 'blank' || l.zone === 'furniture');
  const stop = lines.findIndex((l) => l.zone === 'agenda' || l.zone === 'discussion');
  let buffer = '';
  const flush = () => {
    if (buffer) { const a = parseItem(buffer, { status, role: pendingRole, doc: ctx }); if (a) out.push(a); }
    buffer = '';
  };
  for (const l of zone) {
    // Header lines count until the agenda or discussion starts; attendee lists count anywhere.
    if (stop >= 0 && l.index > lines[stop]!.index && l.zone === 'header') continue;
    if (carry && ((l.zone !== 'header' && l.zone !== 'attendees') || l.heading)) { out.push(...proseAttendees(carry, status, ctx)); carry = ''; }
    if (l.zone === 'blank' || l.zone === 'furniture') { if (l.zone === 'blank') flush(); continue; }
    const carried = carry !== '';
    const text = carried ? `${carry} ${squash(l.text)}` : squash(l.text);
    carry = '';
    if (l.heading) {
      flush();
      status = STATUS_OF[l.heading] ?? status;
      pendingRole = null;
      table = null;
      if (l.after) {
        const t = tableHeader(l.after, ctx);
        if (t) table = t;
        else if (HONORIFIC_IN.test(l.after) && /\p{Ll}{3,}\.\s+\p{Lu}/u.test(l.after) && kw.attendanceVerbs.test(l.after)) out.push(...proseAttendees(l.after, status, ctx));
        else out.push(...inlineList(l.after, status, null, ctx));
      }
      continue;
    }
    const header = tableHeader(l.text, ctx);
    if (header) { flush(); table = header; tableRows = 0; continue; }
    if (!table && l.zone === 'attendees' && l.text.includes('\t')) {
      const a = headerlessRow(l.text, status, ctx);
      if (a) { flush(); out.push(a); continue; }
    }
    if (table && !ctx.prose(text)) {
      const a = tableRow(l.text, table, status, ctx);
      // A form row whose cells OCR put on lines of their own: a line naming nobody is the role of the row above.
      if (a?.name && !ctx.personName(a.name.replace(/[^\p{L}\s'’.-]/gu, '').trim())) {
        const last = out[out.length - 1];
        if (last && tableRows > 0 && last.name && !last.role && !/\d/.test(text)) last.role = trimEndDot(text);
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
    if (ctx.prose(text) && (l.zone === 'attendees' || kw.attendanceVerbs.test(text))) {
      flush();
      // A header sentence broken mid-name by the page edge ("... el Dr. Ana" / "Ruiz, el ...") is read with its next line.
      if (!carried && HONORIFIC_IN.test(text) && !/[.;:]$/.test(text)) { carry = text; continue; }
      if (HONORIFIC_IN.test(text)) out.push(...proseAttendees(text, status, ctx));
      // "Los siguientes miembros estuvieron presentes (7 de 9): Ana Paz, Luis Mora y Eva Ruiz."
      else if (l.zone === 'attendees' && /:\s+\p{Lu}/u.test(text)) out.push(...inlineList(text.slice(text.lastIndexOf(':') + 1), status, null, ctx));
      continue;
    }
    const label = /^([^:]{2,60}):\s*(.*)$/u.exec(text);
    if (l.zone !== 'attendees' && !(label && HONORIFIC_IN.test(` ${label[2]}`) && /^\p{Lu}/u.test(label[1]!))) continue;
    if (label) {
      flush();
      const role = label[1]!.trim();
      if (!label[2]) {
        pendingRole = /s$/.test(role) && !/\s/.test(role) ? singular(role) : role;
        status = statusIn(role, 'present');
        continue;
      }
      const isRole = !/^(por|en representaci|from|for)\b/i.test(role);
      out.push(...inlineList(label[2], statusIn(role, 'present'), isRole ? role : null, ctx));
      continue;
    }
    if (ctx.prose(text)) continue;
    // A run of titled names with their roles, one after another ("Dr. Ana Ruiz, Rectora, Mtro. Luis Paz, ...").
    if (l.zone === 'attendees' && text.length > 80 && honorificCount(text) >= 3) { flush(); out.push(...proseAttendees(text, status, ctx)); continue; }
    // Wrapped list lines: a line ending in a connector continues on the next one.
    buffer = buffer ? `${buffer} ${text}` : text;
    // `text` is squashed (no trailing space): its last eight characters hold any match and the character before it.
    if (!CONNECTOR_END.test(text.slice(-8))) flush();
  }
  flush();
  if (carry) out.push(...proseAttendees(carry, status, ctx));
  const kept: Attendee[] = [];
  const keptNames: string[][] = [];
  for (const a of out) {
    const words = nameWords(a);
    if (keptNames.some((k) => sameName(k, words))) continue;
    kept.push(a);
    keptNames.push(words);
  }
  return kept.filter((a) => a.name || a.organization).map((a) => ({ ...a, name: orNull(a.name), role: orNull(a.role) }));
}

export { nameRun };
