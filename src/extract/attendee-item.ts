// One attendee entry ("Dr. Ana Ruiz, Vicedecana", "Tom Haskins (President)", "Priya Raman (@praman, Nordlys Labs) — chair").
import type { Attendee, AttendeeStatus } from '../types.js';
import type { SegmentContext } from '../segment/context.js';
import type { Keywords } from '../segment/keywords.js';
import { SURNAME_ROLES, councilTitleRole, isInstitution, nameRun, roleThenBody, roleBeforeHonorific, roleWordAtEdge, spacedWords, splitRolePrefix, stripHonorifics } from './names.js';
import { fold, isSpace, orNull, singularLast, splitNumbering, squash, stripBullet, trimEndDot } from './text.js';

/** A status word alone, one group per status: excused, guest, absent. */
const STATUS_WORD = /^(?:(excused|excusad[oa]|justificad[oa]|apologies|regrets|(?:ausente|absent) (?:con aviso|justificad[oa]|with (?:notice|apologies))|se excus[oó]|con excusa|justific[oó] su (?:in)?asistencia|justific[oó] su ausencia)|(invitad[oa]|guest)|(ausente|absent|no asisti[oó]|did not attend|no se present[oó]))$/i;

export interface ItemContext {
  status: AttendeeStatus;
  role: string | null;
  doc: SegmentContext;
}

/** Two to four capitalised words of letters: a name, once an honorific has said a person follows. */
const HONOURED_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3}$/u;

/** The status a parenthesis names on its own: "(excusado)", "(ausente con aviso)", "(no asistió)", "(guest)". */
function statusWord(s: string): AttendeeStatus | null {
  const m = STATUS_WORD.exec(s.trim());
  return !m ? null : m[1] ? 'excused' : m[2] ? 'guest' : 'absent';
}

/**
 * Split a lower-case role that carries its institution: "asistente social de la Municipalidad de X". A role word
 * heading a unit ("jefa del Servicio de Neonatología", "director del Departamento de Salud") is one role, as the
 * corpus writes "Director del Departamento de Ciencias Sociales".
 */
export function splitRoleOrg(role: string, kw?: Keywords): { role: string | null; org: string | null } {
  const t = role.trim();
  const of = /^(?:de|of|del)\s+(?:la\s+|el\s+|the\s+)?(\p{Lu}.*)$/u.exec(t);
  if (of) return { role: null, org: of[1]! };
  if (/^\p{Ll}/u.test(t)) {
    const m = /^(.*?)\s+(?:de|del|of)\s+(?:la\s+|el\s+|the\s+)?(\p{Lu}.*)$/u.exec(t);
    if (m && !(kw && !m[1]!.includes(' ') && kw.roleWords.test(fold(m[1]!)))) return { role: m[1]!, org: m[2]! };
  }
  return { role: t, org: null };
}

/** Connecting words an institution name may hold in lower case. */
const LINKS = /^(de|del|la|las|los|el|y|e|of|the|and|for|en|para|a|al|da|do|dos|das)$/i;

/** Three or more lower-case words that are not connectors: a sentence ("All participants recorded ..."), no institution. */
function sentenceLike(s: string): boolean {
  let n = 0;
  for (const w of s.split(/\s+/)) if (/^\p{Ll}/u.test(w) && !LINKS.test(w)) n++;
  return n >= 3;
}

/** "Office – Name – present": a roll call's line, its status a word. */
const ROLL_CALL_LINE = /^(\p{Lu}[^–—]{1,40}?)\s+[–—-]\s+(\S.{2,60}?)\s+[–—-]\s+(present|absent|excused|presente|ausente|excusad[oa])\.?$/iu;
const CALLED_STATUS: Record<string, AttendeeStatus> = {
  present: 'present', presente: 'present', absent: 'absent', ausente: 'absent', excused: 'excused', excusado: 'excused', excusada: 'excused',
};

/** True when a word of `s` is a role word ("WG Chair", "Vicedecana"). */
function hasRoleWord(s: string, kw: ItemContext['doc']['kw']): boolean {
  // One fold of the whole: it keeps each code unit's place, so its words are the folded words.
  // ("Vice-President" holds "president".)
  return fold(s).split(/[\s-]+/).some((w) => kw.roleWords.test(w));
}

/**
 * "(@handle, Org)" as OCR bends it: "{", "[", "¢" or "i" for "(", "}" or "]" for ")", " ." for ",", the "@" lost
 * ("Ana Lee (salee . Acme Lahs} chair"). Put back when the token reads as a handle (one lower-case word
 * that is no role) and something shows OCR's hand, or in English, where such lists are common.
 */
const BENT_HANDLE = /\s([({[¢i])\s*@?([\p{Ll}\d._-]{2,24})\s*([.,])\s+(\p{Lu}[^(){}[\]]*?)\s*([)}\]]|$)/u;
function unbendHandle(s: string, ctx: ItemContext): string {
  // The handle ends at a period or a comma, and `s` is squashed, so the space before its bracket is a ' ': an
  // entry without both holds none.
  if (!s.includes(',') && !s.includes('.')) return s;
  if (!s.includes(' (') && !s.includes(' {') && !s.includes(' [') && !s.includes(' ¢') && !s.includes(' i')) return s;
  const m = BENT_HANDLE.exec(s);
  if (!m) return s;
  const bent = m[1] !== '(' || m[3] !== ',' || m[5] !== ')';
  // With no closing bracket the handle must still be plainly opened ("¢ bortiz . North Data"), not a word "i".
  if (m[5] === '' && m[1] === 'i') return s;
  if ((!bent && ctx.doc.lang !== 'en') || ctx.doc.kw.roleWords.test(fold(m[2]!))) return s;
  return `${s.slice(0, m.index)} (@${m[2]}, ${m[4]})${s.slice(m.index + m[0].length)}`;
}

/** What an entry's parentheses say, a later one over an earlier one. */
interface ParenFacts {
  status: AttendeeStatus;
  role: string | null;
  org: string | null;
}

/**
 * Read one parenthesised status, handle, party or role into `said`. A function of its own rather than a closure
 * in parseItem: a closure would be made for every entry, most of which hold no parenthesis.
 */
function readParen(inner: string, said: ParenFacts, doc: SegmentContext): void {
  // "Chief (Mrs) Ada Ojo": an honorific in parentheses is part of the title, no body.
  if (inner.length <= 6 && doc.kw.honorifics.test(inner)) return;
  const st = statusWord(inner);
  if (st) { said.status = st; return; }
  // "(contributor, guest)": a part that is a status is the status, the others are read as usual.
  const parts = inner.split(/,\s*/).filter((p) => {
    const ps = statusWord(p);
    if (ps) said.status = ps;
    return !ps;
  });
  if (!parts.length) return;
  const handle = parts[0]!.startsWith('@');
  // "(Graduate Program Coordinator, recording)": a lone lower-case word after the first part is a note, no body.
  const rest = parts.filter((p, k) => !p.startsWith('@') && !(k > 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(p)));
  // "(piso 1.º, pta. 2)", "(Depto. 4, Torre B)": where the person lives or which unit they own, no role or body.
  // "(Division 1)", "(Ward 3)": the seat a councillor holds, no body.
  if (rest.length === 1 && SEAT.test(rest[0]!)) return;
  if (!rest.length || /^\d/.test(rest[0]!) || (rest.length >= 2 && /\d/.test(rest[0]!) && rest.some((p, k) => k > 0 && /\d/.test(p)))) return;
  if (handle) said.org = rest.join(', ');
  // "(Wattle Gully Shire Council, Recreation Officer)": a body before a role, as "(Recreation Officer, Council)" reads.
  else if (rest.length === 2 && bodyFirst(rest[0]!, rest[1]!, doc.kw)) { said.org = rest[0]!; said.role = rest[1]!; }
  else if (rest.length >= 2) { said.role = rest[0]!; said.org = rest.slice(1).join(', '); }
  else if (/^[\p{Lu}\d-]{2,8}$/u.test(rest[0]!)) said.org = rest[0]!;
  // A lower-case word is a note ("(remote)"), unless a role ("(treasurer)"); so is a phrase opening with a
  // preposition: how or whether the person attended ("(por videoconferencia)", "(sin justificación)", "(via Zoom)").
  // So is a lower-case phrase holding no role word: why the person was away ("(parental leave)").
  else if (/^\p{Ll}/u.test(rest[0]!) && (/\s/.test(rest[0]!) ? !hasRoleWord(rest[0]!, doc.kw) : !doc.kw.roleWords.test(fold(rest[0]!)))) return;
  else if (ATTENDANCE_NOTE.test(rest[0]!)) return;
  // "(Wealdshire District Council)": capitalised words ending in a body's word name a body, role words among them.
  else if (CAPITALISED_WORDS.test(rest[0]!) && endsInBodyWord(rest[0]!, doc.kw)) said.org = rest[0]!;
  // "(Acme Foundation)", "(Northwind)": a body, not a role, when no word of it is a role's.
  // In English a capitalised parenthesis with no role word after a name is its body even when it reads like a
  // name ("Hyun-woo Baek (Cobalt Systems)"): a person's name in parentheses after another's is rare.
  else if (!hasRoleWord(rest[0]!, doc.kw) && ((isInstitution(rest[0]!, doc.kw) && !doc.personName(rest[0]!)) || (doc.lang === 'en' && CAPITALISED_WORDS.test(rest[0]!)))) said.org = rest[0]!;
  else said.role = rest[0]!;
}

/**
 * The first of two parenthesised parts is the body and the second the role: the second ends in a role word and
 * names no body, the first names a body by an institution's word ("Shire Council", "University").
 */
function bodyFirst(first: string, second: string, kw: Keywords): boolean {
  const last = fold(second.slice(second.lastIndexOf(' ') + 1));
  return kw.roleWords.test(last) && !kw.institutionWords.test(last) && fold(first).split(/\s+/).some((w) => kw.institutionWords.test(w));
}

/** The last word of `s` is a body's ("Council", "University", "Ltd"). */
function endsInBodyWord(s: string, kw: Keywords): boolean {
  const last = fold(s.slice(s.lastIndexOf(' ') + 1));
  return kw.orgHeads.test(last) || kw.institutionWords.test(last);
}

/**
 * Two to five capitalised words ending in a body's word that is no role's: "Police Department", "Fire Department",
 * "Public Works Department" (not "Police Chief", "Council Member").
 */
function bodyAfterRoleWords(s: string, kw: Keywords): boolean {
  if (!CAPITALISED_WORDS.test(s) || !endsInBodyWord(s, kw)) return false;
  return !kw.roleWords.test(fold(s.slice(s.lastIndexOf(' ') + 1)));
}

/** "City of Lodgepole", "Town of the Pas": a place's body by its kind and name. */
const PLACE_OF = /^\p{Lu}\p{Ll}+ of (?:the )?\p{Lu}[\p{L}'’ -]*$/u;

/** Two to five capitalised words. */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){1,4}$/u;

/** A tail saying someone sent apologies. */
const SENT_APOLOGIES = /^(?:(?:sent|sends|gave|with)\s+)?(?:regrets|apologies)\.?$/i;

/** A seat by its number: "Division 1", "Ward 3", "District No. 4". */
const SEAT = /^\p{Lu}\p{Ll}+\s+(?:No\.?\s*)?\d{1,3}$/u;

/** A parenthesised note on how or whether someone attended: it opens with a preposition in lower case. */
const ATTENDANCE_NOTE = /^(?:por|v[ií]a|en|sin|con|desde|in|by|on|via|from|with|without|for)\s/u;

/** A lone mark before a capitalised entry, maybe before the "e" OCR reads for a bullet (".e Ana", "° Ana"): specks. */
const LEADING_SPECK = /^[.,'`°«»](?:\s+|\s*[eo]\s+)(?=\p{Lu})/u;
/** A lone quote mark standing after the entry. */
const LONE_END_MARK = /\s+['`´’]$/u;

/** An entry saying the list is empty ("Apologies: None", "Excusados: Ninguno"). */
const NO_ONE = /^(?:none|nil|n\/a|nobody|ningun[oa]|nadie)$/i;

/** Capitals only, two to five: a credential after a name ("CMCA", "CPA") or an acronym. */
const CREDENTIAL = /^\p{Lu}{2,5}$/u;

/**
 * An English list part naming a body: it opens and ends with a capitalised word, no word at its edges is a role's,
 * and its lower-case words are connectors, or two at most ("Société de transport de l'Outaouais", "Transport for
 * Cork"; not "Debian packager").
 */
function namesBody(s: string, kw: ItemContext['doc']['kw']): boolean {
  return /^\p{Lu}/u.test(s) && LAST_CAPITALISED.test(s) && !sentenceLike(s) && !roleWordAtEdge(s, kw);
}
const LAST_CAPITALISED = /(?:^|\s)(?:[ldLD]['’])?[\p{Lu}\d][^\s]*$/u;

/** An acronym in capitals in parentheses ending an entry: " (INDER)", " (AyA)" is not one. */
const CAPS_ACRONYM = /\s\((\p{Lu}[\p{Lu}\d&-]{1,11})\)$/u;
/** A capitalised short name in parentheses ending an entry. */
const PAREN_NAME = /^\((\p{Lu}[\p{L}\d-]{1,11})\)$/u;
/** What opens a body written after the person: ", " or " de/del/of ". */
const BODY_OPENING = /(?:,|\s(?:de|del|of))\s/u;

/**
 * A capitalised short name in parentheses ending an entry, after a body: ", de la Dirección Nacional ... (DINADECO)";
 * `s` holds one "(" only. Its index (the space before the parenthesis) and the name, or null. (The first opening of a
 * body leaves the most text after it: a capital there is enough.)
 */
function bodyAcronym(s: string): { index: number; name: string } | null {
  const open = s.lastIndexOf('(');
  if (open < 1 || !isSpace(s.charCodeAt(open - 1))) return null;
  const m = PAREN_NAME.exec(s.slice(open));
  if (!m) return null;
  const before = s.slice(0, open - 1);
  const body = BODY_OPENING.exec(before);
  return body && /\p{Lu}/u.test(before.slice(body.index + body[0].length)) ? { index: open - 1, name: m[1]! } : null;
}

/** An article before a role word: "The Secretary", "El Presidente" name an office, not a person. */
const ARTICLE_FIRST = /^(?:The|El|La|Los|Las)\s(\S+)/u;
export function articleRole(name: string, kw: Keywords): boolean {
  const m = name.charCodeAt(0) <= 84 ? ARTICLE_FIRST.exec(name) : null;
  return m !== null && kw.roleWords.test(fold(m[1]!));
}

/**
 * Where a capitalised run of three words or more goes on past a person's name into a role ("Lucy Fenwick Company
 * Secretary"): the offset of the first word, from the third on, that starts the role (its last word a role word, not
 * a surname's when it is alone), the words before it a person's name; -1 when there is none.
 */
function roleAfterName(run: string, doc: SegmentContext): number {
  const words = spacedWords(run);
  let at = words[0]!.length + 1 + words[1]!.length + 1;
  for (let i = 2; i < words.length; at += words[i]!.length + 1, i++) {
    const rest = words.slice(i);
    const last = fold(rest[rest.length - 1]!);
    if (!doc.kw.roleWords.test(last) || (rest.length === 1 && SURNAME_ROLES.test(last))) continue;
    if (doc.personName(run.slice(0, at - 1))) return at;
  }
  return -1;
}

/** Capitals each with a period: "P.R.O.", "J.P.". */
const DOTTED_CAPS = /^(?:\p{Lu}\.){2,}$/u;

/** A reference by numbers cut by slashes: "WFCB/2021/27", "19/04392". */
const REFERENCE = /\d\/\d|\/\d+\/|\p{Lu}\/\d/u;

/** Two to four capitals, the initials a minute taker gives a person. */
const INITIALS = /^\p{Lu}{2,4}$/u;

/**
 * `inner` is the initials of the name before it: its letters are initials of the name's words in order, the first
 * word's first ("Jess Tolland (JT)", "Mary Ann Lee (MAL)", "Dr Ana Ruiz (AR)" skipping the title), the last its last's.
 */
function initialsOf(inner: string, before: string): boolean {
  if (!INITIALS.test(inner)) return false;
  const words = before.trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2 || words[words.length - 1]![0] !== inner[inner.length - 1]) return false;
  let k = 0;
  for (let i = 0; i < words.length && k < inner.length; i++) if (words[i]![0] === inner[k]) k++;
  return k === inner.length && words.slice(0, -1).some((w) => w[0] === inner[0]);
}

/** Parse one list entry; null when it holds no name and no institution. */
export function parseItem(raw: string, ctx: ItemContext): Attendee | null {
  // The patterns anchored at the end run only when the last character can start their match: an unanchored
  // start tries every position of the entry.
  // An entry opening with an ASCII capital has no bullet (each bullet opens with a space, a mark, '[', 'e' or 'o').
  const c0 = raw.charCodeAt(0);
  let s = squash(c0 >= 65 && c0 <= 90 ? raw : stripBullet(raw));
  // A speck OCR read for a bullet (". Dra. Ana Ruiz, ...", ".e Ana Ruiz - ...") opens no name.
  const c1 = s.charCodeAt(0);
  if ((c1 === 46 || c1 === 44 || c1 === 39 || c1 === 96 || c1 === 0xb0 || c1 === 0xab || c1 === 0xbb) && LEADING_SPECK.test(s)) s = s.replace(LEADING_SPECK, '');
  // A numbered entry ("1. Ana Ruiz, presidenta", "(2) Luis Paz"): its number opens no name.
  const c2 = s.charCodeAt(0);
  if ((c2 >= 48 && c2 <= 57) || c2 === 40) {
    const n = splitNumbering(s);
    if (n && /^\s*\p{Lu}/u.test(n.rest)) s = n.rest.trim();
  }
  if (s.endsWith(';') || s.endsWith(',')) s = s.replace(/[;,]+$/, '');
  // A lone mark after the entry ("..., Tesorera. '") is a speck.
  const last = s.charCodeAt(s.length - 1);
  if ((last === 39 || last === 96 || last === 0xb4 || last === 0x2019) && LONE_END_MARK.test(s)) s = s.replace(LONE_END_MARK, '');
  s = trimEndDot(s);
  // A closing quote OCR read after the entry, with none opened ("Tom Reed (...)”"), is a speck.
  if ((s.endsWith('”') || s.endsWith('»')) && !/[“«]/u.test(s)) s = s.slice(0, -1);
  if (!s || /^\p{Ll}/u.test(s) || /^\d+\s+\p{Ll}/u.test(s) || (s.length <= 9 && NO_ONE.test(s))) return null;
  let status = ctx.status;
  let role: string | null = null;
  let org: string | null = null;
  s = unbendHandle(s, ctx);
  // "Ing. Ana Paz, de la Hidrológica del Lara (Hidrolara)": a short name in parentheses, no role, closing a body
  // written after the person is that body's; it is set aside and put back after the body.
  let acronym = s.endsWith(')') && s.indexOf('(') === s.lastIndexOf('(') ? bodyAcronym(s) : null;
  if (acronym && hasRoleWord(acronym.name, ctx.doc.kw)) acronym = null;
  if (acronym) s = s.slice(0, acronym.index);
  // "Instituto Nacional de X (INX)": an acronym in capitals closing the entry, kept if the entry is a body's.
  const capsAcronym = s.endsWith(')') ? CAPS_ACRONYM.exec(s) : null;
  // Parenthesised status, handle, party or role.
  if (s.includes('(')) {
    // Each "(...)" goes with the whitespace before it, in order, as s.replace(/\s*\(([^)]*)\)/g, ...) would remove
    // them; found by indexOf (a replace calling back costs more). With no ')' after a '(' none is left to find.
    const said: ParenFacts = { status, role, org };
    let kept = '';
    let from = 0;
    for (let open = s.indexOf('('); open >= 0; open = s.indexOf('(', from)) {
      const close = s.indexOf(')', open + 1);
      if (close < 0) break;
      let start = open;
      while (start > from && isSpace(s.charCodeAt(start - 1))) start--;
      kept += s.slice(from, start);
      // "Jess Tolland (JT)": the person's initials, as minutes later name them, are no body.
      if (!initialsOf(s.slice(open + 1, close), s.slice(from, start))) readParen(s.slice(open + 1, close), said, ctx.doc);
      from = close + 1;
    }
    if (from > 0) s = kept + s.slice(from);
    ({ status, role, org } = said);
  }
  if (s.includes('(')) s = s.replace(/\s*\(.*$/, '');
  const { kw, lang } = ctx.doc;
  // A roll-call line, "President – Bro. Stanley Ruiz – present": the office, the officer and whether present.
  const called = s.includes(' – ') || s.includes(' - ') || s.includes(' — ') ? ROLL_CALL_LINE.exec(s) : null;
  if (called && hasRoleWord(called[1]!, kw) && !/\d/.test(called[1]!)) {
    role ??= called[1]!;
    status = CALLED_STATUS[called[3]!.toLowerCase()] ?? status;
    s = called[2]!;
  }
  // "Cllr Ana Ruiz", "District Cllr Luis Paz": the title is the councillor's role, after any the entry states.
  const council = councilTitleRole(s);
  if (council) { s = council[1]; role ??= council[0]; }
  // "Alcaldesa Sra. Carolina Bustos": an honorific after the role opens the name.
  const titled = roleBeforeHonorific(s, kw);
  if (titled) { s = titled[1]; role ??= titled[0]; }
  const bare = stripHonorifics(s, kw);
  const [prefixRole, body] = splitRolePrefix(bare, kw);
  // ("Superintendent of Public Works": a role with "of" in it is one person's, whatever its last word.)
  if (prefixRole) role ??= /s$/i.test(prefixRole) && !/ (?:of|de|del) |-(?:at|of|in)-/.test(prefixRole) ? singularLast(prefixRole) : prefixRole;
  let name = nameRun(body);
  // "Lucy Fenwick Company Secretary (minutes)", "Owen Tait Director of Estates": a row whose columns OCR ran
  // together; the name ends before its role's words.
  const roleAt = name.length > 12 && /\s\S+\s/.test(name) ? roleAfterName(name, ctx.doc) : -1;
  if (roleAt > 0) name = name.slice(0, roleAt).trimEnd();
  let tail = body.slice(name.length).trim();
  if (name && articleRole(name, kw)) return null;
  // After an honorific a name follows, also one opening on a word roles use ("Mayor Mr. Dean Holt").
  const honoured = (titled !== null || bare !== s) && !prefixRole && HONOURED_NAME.test(name);
  if (!name || (!ctx.doc.personName(name) && !honoured)) {
    // ("Resolution number WFCB/2021/27": a reference by its numbers names no body.)
    if (!isInstitution(s, kw) || sentenceLike(s) || (s.includes('/') && REFERENCE.test(s))) return null;
    const short = acronym?.name ?? capsAcronym?.[1];
    return { name: null, organization: orNull(short && !s.endsWith(')') ? `${s} (${short})` : s), role: null, status };
  }
  // "Name – Role", "Name, Role", "Name — chair", "Name, role, of Org".
  tail = tail.replace(/^[\s,–—-]+/u, '');
  // "Deepak Sharma (Tidewell Cloud) – sent regrets": a tail saying the person sent apologies is the status, no role.
  if (tail && SENT_APOLOGIES.test(tail)) { status = 'excused'; tail = ''; }
  if (tail) {
    const pieces = tail.split(/\s*,\s*/);
    const english = lang === 'en';
    // "Renée Coulter, CMCA, community manager, Desert Vista Management": letters after a name, before a role and
    // a body, are a credential.
    if (english && pieces.length > 2 && CREDENTIAL.test(pieces[0]!) && pieces.slice(2).some((p) => namesBody(p, kw))) pieces.shift();
    const first = pieces[0]!;
    const split = splitRoleOrg(first, kw);
    // English "Name, Company" lists: a capitalised tail that is no role word is the organisation.
    // (A role may lead with its body's word: "University Secretary" ends in a role word.)
    // ("Joseph Ade - P.R.O.": capitals with periods after a name are an office's letters, no body.)
    // ("Police Department", "Public Works Department": role words before a body's last word still name the body.)
    if (english && split.role && !split.org && (namesBody(split.role, kw) || bodyAfterRoleWords(split.role, kw)) && !DOTTED_CAPS.test(split.role)) {
      // (Up to a clause in lower case: "Sgt. Ana Ruiz, SAPS Ixopo, attended for item 5".)
      const clause = pieces.findIndex((p, k) => k > 0 && /^\p{Ll}/u.test(p) && !/^(?:de|of|the|and)\s/.test(p));
      split.org = (clause > 0 ? pieces.slice(0, clause) : pieces).join(', ');
      split.role = null;
      pieces.length = 1;
    }
    if (split.role && !kw.roleStop.test(split.role)) role ??= split.role;
    if (split.org) org ??= split.org;
    for (const p of pieces.slice(1)) {
      const more = splitRoleOrg(p, kw);
      if (!more.role && more.org) org ??= more.org;
      // "Bethan Morris, Lead Governor, Council of Governors": in English, a capitalised body after the role.
      else if (english && (namesBody(p, kw) || (PLACE_OF.test(p) && !roleWordAtEdge(p.slice(p.indexOf(' of ') + 4), kw)))) org ??= p;
      // "Ana Paz – Consejera, Junta de Vecinos Villa Sur": a body after the role, its first word a body's head.
      else if (!english && split.role && pieces.length === 2 && roleThenBody(`${split.role}, ${p}`, kw)) org ??= p;
    }
  }
  if (acronym) org = org ? `${org} (${acronym.name})` : acronym.name;
  return { name: orNull(name), organization: orNull(org), role: orNull(role ?? ctx.role), status };
}
