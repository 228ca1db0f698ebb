// Attendee tables ("Nombre | Cargo | Institución | Firma"): tab-separated cells, or OCR'd rows where
// the columns came out as one space-separated run.
import type { Attendee, AttendeeStatus } from '../types.js';
import type { Keywords } from '../segment/keywords.js';
import type { SegmentContext } from '../segment/context.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '../paths.js';
import { fold, orNull, squash } from './text.js';
import { articleRole } from './attendee-item.js';
import { isInstitution, nameRun, roleThenBody, roleWordAtEdge, spacedWords, stripHonorifics } from './names.js';

export type Column = 'name' | 'role' | 'organization' | 'orgRole' | 'roleOrg' | 'status' | 'number' | 'other';

let given: Set<string> | null = null;
function secondGivenNames(): Set<string> {
  given ??= new Set((JSON.parse(readFileSync(path.join(dataDir, 'segment', 'given-names.json'), 'utf8')) as { secondGivenNames: string[] }).secondGivenNames);
  return given;
}

function cells(line: string): string[] {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  if (/\s\|\s/.test(line)) return line.split(/\s*\|\s*/).map((c) => c.trim());
  return line.split(/\s{2,}/).map((c) => c.trim());
}

const COLUMNS = ['name', 'role', 'organization', 'status', 'number'] as const;
const STATUSES = ['present', 'absent', 'excused', 'guest'] as const;

/** A comma before a capitalised word: a list's separator. */
const LIST_COMMA = /,\s+\p{Lu}/u;

/** Cheap filter: a header row names its name column. */
const NAME_COLUMN_HINT = /nombre|name|asistente|participante|integrante|member|attendee|propietari|trustee|director|commissioner|councill?or/i;

/** A cell as the column patterns read it: folded, without a closing colon or period. */
function columnKey(cell: string): string {
  return fold(cell).replace(/[:.]+$/, '').trim();
}

/** Where a header cell joins two columns' words: "Institución / cargo", "Organisation – role". */
const JOINED_COLUMNS = /\s*[/–—-]\s*|\s+(?:y|and)\s+/;

function columnOfKey(key: string, kw: Keywords): Column {
  for (const k of COLUMNS) if (kw.tableColumns[k]!.test(key)) return k;
  // "Institución / cargo", "Cargo / institución": one cell holding both, read as "body – role".
  const halves = key.length > 6 && /[/–—-]|\s(?:y|and)\s/.test(key) ? key.split(JOINED_COLUMNS) : null;
  if (halves?.length === 2) {
    const [a, b] = halves.map((h) => columnOfKey(h, kw));
    if (a === 'organization' && b === 'role') return 'orgRole';
    if (a === 'role' && b === 'organization') return 'roleOrg';
  }
  return 'other';
}

/** The dash between a body and a role in one cell: "GAD Parroquial – Vocal", "Acme Ltd - Manager". */
const BODY_ROLE_DASH = /\s+[–—-]\s+/u;

/** Lower-case words that are no connectors: a role's ("Promotor cultural"), not a body's. */
const LOWER_WORD = /\s(?!(?:de|del|la|las|los|el|y|e|of|the|and|for)\s)\p{Ll}/u;

/**
 * A cell holding a body and a role, in the header's order, split at its first dash; without one, a body when it
 * reads as one (capitalised words, no role word at its edges), else a role.
 */
function splitOrgRole(cell: string, roleFirst: boolean, kw: Keywords): { role: string | null; organization: string | null } {
  const dash = BODY_ROLE_DASH.exec(cell);
  if (!dash) {
    const body = !roleWordAtEdge(cell, kw) && !LOWER_WORD.test(`${cell} `) && isInstitution(cell, kw);
    return body ? { role: null, organization: cell } : { role: cell, organization: null };
  }
  const a = cell.slice(0, dash.index);
  const b = cell.slice(dash.index + dash[0].length);
  return roleFirst ? { role: a, organization: b } : { role: b, organization: a };
}

/** Columns of cells (by their keys), or null when none is the name column ('name' is tried first, so a cell is it or not). */
/** The column a lone header cell names ("Nombre", "Función:"), 'other' for none. */
export function columnOfCell(cell: string, kw: Keywords): Column {
  return columnOfKey(columnKey(cell), kw);
}

function columnsWithName(keys: string[], kw: Keywords): Column[] | null {
  const name = kw.tableColumns.name!;
  return keys.some((k) => name.test(k)) ? keys.map((k) => columnOfKey(k, kw)) : null;
}

/** Keys of the words of `line` that hold a letter, from one fold of the line (it keeps each code unit's place). */
function wordKeys(line: string): string[] {
  const words = line.split(/\s+/);
  const folded = fold(line).split(/\s+/);
  const keys: string[] = [];
  for (let i = 0; i < words.length; i++) if (/\p{L}/u.test(words[i]!)) keys.push(folded[i]!.replace(/[:.]+$/, ''));
  return keys;
}

/**
 * Columns of an attendee table header row, or null when the line is not one. `prose` is isProse(line) when the
 * caller knows it (a labelled line's memo): it is asked first, as it is then cheaper than the hint's scan.
 */
export function tableHeader(line: string, ctx: SegmentContext, prose?: boolean): Column[] | null {
  const { kw } = ctx;
  // A sentence naming "la asistencia" and "el asistente" is no header row.
  if (prose === true || !NAME_COLUMN_HINT.test(line) || (prose === undefined && ctx.prose(line))) return null;
  // The cells, else the words, must hold the name column; the other columns are read only when they do.
  const cs = cells(line).filter((c) => c !== '');
  const byCells = cs.length >= 2 ? columnsWithName(cs.map(columnKey), kw) : null;
  const cols = byCells ?? columnsWithName(wordKeys(line), kw);
  if (!cols) return null;
  // "Chairperson Ana Ruiz, Deputy Chairperson Luis Paz, Members Eva Gil and ...": a list whose role words name
  // columns; a header row of words is mostly column words.
  if (!byCells && LIST_COMMA.test(line) && cols.filter((c) => c === 'other').length * 2 > cols.length) return null;
  return cols.filter((c) => c !== 'other').length >= 2 ? cols : null;
}

function statusValue(v: string, kw: Keywords): AttendeeStatus | null {
  const f = fold(v).trim();
  for (const s of STATUSES) if (kw.statusValues[s]!.test(f)) return s;
  return null;
}

/**
 * Split a space-run OCR row into a name and the rest (3 words, 4 with a compound given name). `t` is squashed (as
 * stripHonorifics() leaves it; single spaces): the cut is the n-th space, found with indexOf rather than a split and
 * joins, and both parts come out squashed.
 */
function splitName(t: string, lang: string): [string, string] {
  const sp1 = t.indexOf(' ');
  const sp2 = sp1 < 0 ? -1 : t.indexOf(' ', sp1 + 1);
  const second = sp1 < 0 ? '' : t.slice(sp1 + 1, sp2 < 0 ? t.length : sp2);
  let n = lang === 'en' ? 2 : 3;
  if (second && /^\p{Lu}\.$/u.test(second)) n++;
  if (lang !== 'en' && second && secondGivenNames().has(fold(second))) n = 4;
  let cut = -1;
  for (let k = 0; k < n; k++) if ((cut = t.indexOf(' ', cut + 1)) < 0) break;
  return cut < 0 ? [t, ''] : [t.slice(0, cut), t.slice(cut + 1)];
}

/** A word with no letter or digit (an OCR speck: ":", "*", ".."). */
const SPECK_WORD = /(?:^|\s)[^\s\p{L}\d]+(?=\s|$)/u;

/** The words of `c` that hold a letter or digit, single-spaced: squash() alone when no speck is among them. */
function clean(c: string): string {
  return SPECK_WORD.test(c) ? c.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).join(' ') : squash(c);
}

/** clean() of a squashed `c`: it needs no squash() when no speck is among its words. */
function cleanSquashed(c: string): string {
  return SPECK_WORD.test(c) ? clean(c) : c;
}

/** Last characters of the words a name is not cut after (an initial, a particle): gates that pattern. */
const CUT_INSIDE_NAME_END = '.elay';

/** A name cell ending in a parenthesis: the name, then what the parenthesis holds. */
const NAME_CELL_ROLE = /^([^()]+?)\s*\(([^()]{2,60})\)$/u;

/** A few words, a number and a colon: "Subject No. 1:", "Punto 2:". */
const NUMBERED_LABEL = /^\p{Lu}[^\d:\t]{1,30}\d+\s*:/u;

/** One table row as an attendee; `status` comes from the table's section heading. `squashed` is squash(line) if known. */
export function tableRow(line: string, cols: Column[], status: AttendeeStatus, ctx: SegmentContext, squashed?: string): Attendee | null {
  const { kw, lang } = ctx;
  // Cells are read only from a tab- or rule-separated row ("Ana Paz | V-1.234 | ..."); an OCR row is cut by its words below.
  const tabbed = line.includes('\t') || (line.includes('|') && /\s\|\s/.test(line));
  let cs = tabbed ? cells(line) : [];
  // `squashed` is squash(line) when the caller has it.
  const text = line.includes('|') ? squash(line.replace(/\|/g, ' ')) : squashed ?? squash(line);
  if (!/\p{L}/u.test(text)) return null;
  // "Subject No. 1: Confirmation of minutes": a numbered label under the table opens the body, no row.
  if (!tabbed && NUMBERED_LABEL.test(text)) return null;
  const rec: Record<Column, string | null> = { name: null, role: null, organization: null, orgRole: null, roleOrg: null, status: null, number: null, other: null };
  const wanted = cols.filter((c) => c !== 'other');
  const byCells = tabbed && cs.length >= wanted.length;
  if (byCells) {
    // OCR'd forms often number their rows in a column the header leaves unlabelled ("1.", "3;", a speck read as
    // "E"): when the row's name sits further right than the header's name column, the short cells before it go.
    const at = cols.indexOf('name');
    const bare = (c: string) => c.replace(/^[“"'‘]+/u, '');
    const isName = (c: string | undefined) => c !== undefined && ctx.personName(stripHonorifics(bare(c), kw));
    const found = at >= 0 && !isName(cs[at]) ? cs.findIndex((c, i) => i > at && i - at <= 2 && isName(c)) : -1;
    if (at >= 0 && found > at && cs.slice(0, found - at).every((c) => c.length <= 3)) {
      cs = cs.slice(found - at);
      cs[at] = bare(cs[at]!);
    }
    cols.forEach((c, i) => { if (c !== 'other' && cs[i]) rec[c] = cs[i]!; });
  } else {
    // A printed row number ("1.", OCR's "3;") is never part of the name.
    const unnumbered = text.replace(/^\d{1,2}\s*[.;:,)]\s*(?=\S)/u, '').replace(/^[“"'‘]+/u, '');
    // Under a number column, a short first word is the row's number as OCR read it.
    const body = cols[0] === 'number' ? unnumbered.replace(/^\S{1,3}\s+(?=\p{Lu})/u, '') : unnumbered;
    // A speck before a title ("E Dr. Tomás ...", a row number OCR misread) is no part of the name.
    const speck = /^\S{1,2}\s+(\S+)\s/u.exec(body);
    const bare = stripHonorifics(speck && kw.honorifics.test(speck[1]!) ? body.slice(speck[0].length - speck[1]!.length - 1).trimStart() : body, kw);
    // A cut after an initial or a particle is inside a name; a row that is one whole name (its role on the
    // next line) keeps all of it: "Ignacio de J. Hernández Figueroa".
    let [name, rest] = splitName(bare, lang);
    if (CUT_INSIDE_NAME_END.includes(name[name.length - 1]!) && /(?:^|\s)(?:\p{Lu}\.|de|del|la|y)$/u.test(name) && nameRun(bare) === bare && ctx.personName(bare)) [name, rest] = [bare, ''];
    rec.name = name;
    const others = cols.filter((c) => c === 'role' || c === 'organization' || c === 'orgRole' || c === 'roleOrg' || c === 'status');
    // OCR specks (":", "*", "..") are no words; "|" marks a column edge when OCR saw one.
    let words: string[];
    if (rest.includes('|')) {
      cs = rest.split(/\s*\|\s*/).map(clean).filter(Boolean);
      words = clean(rest.replace(/\|/g, ' ')).split(/\s+/).filter(Boolean);
    } else {
      // `rest` is squashed (splitName's), so `cleaned` is too: its words are split at single spaces.
      const cleaned = cleanSquashed(rest);
      cs = cleaned ? [cleaned] : [];
      words = cleaned ? spacedWords(cleaned) : [];
    }
    if (cols[0] === 'number' && !/^\S{1,3}\s/.test(text)) return null;
    // A signature column after the last wanted one leaves OCR scraps ("AE ñ 724") at the row's end.
    if (cols[cols.length - 1] === 'other') {
      let end = words.length;
      while (end > 0 && /^[“”"'‘’«»(]*(?:\d+|\p{L}{1,2})[“”"'‘’«».,;:)]*$/u.test(words[end - 1]!)) end--;
      if (words.length - end >= 2) words.length = end;
    }
    if (others.length === 1) rec[others[0]!] = words.join(' ');
    else if (others.length >= 2 && cs.length === 2) { rec[others[0]!] = cs[0]!; rec[others[1]!] = cs[1]!; }
    else if (others.length >= 2 && words.length) {
      // The second cell starts at its own kind of word: an institution's head ("Dirección", "Mutual") or, when
      // the role comes second, its last role word ("Dirección de Finanzas Secretaria Técnica", "Public Works Director").
      let head = -1;
      if (others[1] === 'role') { for (let i = words.length - 1; i > 0 && head < 0; i--) if (kw.roleWords.test(fold(words[i]!))) head = i; }
      else {
        const folded = spacedWords(fold(words.join(' ')));
        head = folded.findIndex((w, i) => i > 0 && (kw.orgHeads.test(w) || kw.institutionWords.test(w)));
      }
      const cut = head > 0 ? head : words.length - 1;
      rec[others[1]!] = words.slice(cut).join(' ') || null;
      rec[others[0]!] = words.slice(0, cut).join(' ') || null;
    }
  }
  const joined = rec.orgRole ?? rec.roleOrg;
  if (joined) {
    const both = splitOrgRole(joined, rec.orgRole === null, kw);
    rec.role ??= both.role;
    rec.organization ??= both.organization;
  }
  // "Consejero, Junta de Vecinos Villa Sur" in a table with no body column: the role's cell also names the body.
  if (rec.role && !rec.organization && rec.role.includes(', ') && !cols.includes('organization')) {
    const both = roleThenBody(rec.role, kw);
    if (both) [rec.role, rec.organization] = both;
  }
  let st = status;
  if (rec.status) st = statusValue(rec.status, kw) ?? st;
  if (rec.role && statusValue(rec.role, kw) === 'guest') st = 'guest';
  // An OCR row's name is cut from a text stripped of its honorifics already, whose first word is then none.
  // "Beatrice Oyelaran (President)": a role in parentheses in the name cell.
  const paren = byCells && rec.name?.endsWith(')') ? NAME_CELL_ROLE.exec(rec.name) : null;
  if (paren) { rec.name = paren[1]!; rec.role ??= paren[2]!; }
  const name = rec.name ? (byCells ? stripHonorifics(rec.name, kw) : rec.name) : null;
  // "The Secretary read the minutes ...": a sentence under the table names an office, not a row's person.
  if (name && articleRole(name, kw)) return null;
  return { name: orNull(name), organization: orNull(rec.organization), role: orNull(rec.role), status: st };
}

/**
 * A tab-separated row with no header above it ("1.\tAna Ruiz Soto\tPresidenta"): a leading number cell goes, the
 * first cell must be a person's name, and each cell after it is the organization when it names a body, else the role.
 */
export function headerlessRow(line: string, status: AttendeeStatus, ctx: SegmentContext): Attendee | null {
  const { kw } = ctx;
  const cs = line.split('\t').map((c) => squash(c)).filter(Boolean);
  if (cs.length && /^\d{1,3}[.)°º]?$/u.test(cs[0]!)) cs.shift();
  if (cs.length < 2) return null;
  const name = stripHonorifics(cs[0]!, kw);
  if (!ctx.personName(name)) return null;
  let role: string | null = null;
  let organization: string | null = null;
  for (const c of cs.slice(1)) {
    // "Company Secretary (minutes)", "Lead Governor, Council of Governors": a role at the cell's edge, without a
    // note in parentheses, maybe followed by the body it is held at.
    const bare = c.includes('(') ? c.replace(/\s*\(\p{Ll}[^)]*\)/gu, '') : c;
    const comma = bare.indexOf(', ');
    const head = comma > 0 ? bare.slice(0, comma) : bare;
    if (roleWordAtEdge(head, kw)) {
      role ??= head;
      const body = comma > 0 ? bare.slice(comma + 2) : '';
      if (/^\p{Lu}/u.test(body) && isInstitution(body, kw)) organization ??= body;
      continue;
    }
    const first = fold(c.split(/\s+/)[0]!);
    if (!kw.roleWords.test(first) && /^\p{Lu}/u.test(c) && isInstitution(c, kw)) organization ??= c;
    else role ??= c;
  }
  return { name: orNull(name), organization: orNull(organization), role: orNull(role), status };
}
