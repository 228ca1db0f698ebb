// Attendees named in running sentences: "Asisten los concejales señores A, B y C", "Se excusa el
// director Sr. X, por ...", "el Contador, don Y". Names are found by their honorifics, academic degrees included
// ("Dr. en C. Ana Ruiz", "Mtro. en Der. Const. J. Luis Paz", "C.P. Eva Soto", "Ing. Agrón. Ana Paz").
import type { Attendee, AttendeeStatus } from '../types.js';
import type { SegmentContext } from '../segment/context.js';
import type { Keywords } from '../segment/keywords.js';
import { nameRun } from './names.js';
import { fold, isSpace, orNull, singular, singularRole } from './text.js';
import { splitRoleOrg } from './attendee-item.js';

/** An article and a role before a name, as Spanish sentences list people ("el presidente Gustavo Pérez, los vocales ..."). */
const ARTICLE_ROLES = String.raw`vocal(?:es)?(?:\s+suplentes?|\s+titular(?:es)?|\s+(?:primer|segund|tercer|cuart|quint)[oa]|\s+(?:I{1,3}|IV|V)\b)?|concejal(?:a|es|as)?|consejer[oa]s?|delegad[oa]s?|regidor(?:a|es|as)?|(?:vice)?president[ea]|secretari[oa]|prosecretari[oa]|tesorer[oa]|protesorer[oa]|síndic[oa]|revisor(?:a)? de cuentas`;
/** The same roles capitalised ("la Presidenta, Marta Paz"): only before a comma, as "la Secretaria Municipal" goes on. */
const CAPITAL_ARTICLE_ROLES = String.raw`Vocal(?:es)?(?:\s+[Ss]uplentes?|\s+[Tt]itular(?:es)?)?|Concejal(?:a|es|as)?|Consejer[oa]s?|Delegad[oa]s?|Regidor(?:a|es|as)?|(?:Vice)?[Pp]resident[ea]|Vicepresident[ea]|Secretari[oa]|Prosecretari[oa]|Tesorer[oa]|Protesorer[oa]|Síndic[oa]|Decan[oa]|Rector(?:a)?|Director(?:a)?|Alcalde(?:sa)?|Intendente|Gerente|Coordinador(?:a)?|Jef[ea]`;
const ARTICLE_ROLE_SOURCE = String.raw`(?:d?el|al|la|los|las)\s+(?:(?:${ARTICLE_ROLES}),?|(?:${CAPITAL_ARTICLE_ROLES}),)(?=\s+\p{Lu}\p{Ll})`;
/** A profession written as a title before a name ("el gerente, ingeniero Sergio Viotti", "la Licenciada Ana Paz"). */
export const PROFESSION_TITLES = String.raw`(?:[Cc]ontador|[Pp]rofesor|[Dd]octor)a?|(?:[Ii]ngenier|[Ll]icenciad|[Aa]rquitect|[Ee]scriban|[Aa]bogad)[oa]`;
const ARTICLE_START = /^(?:d?el|al|la|los|las)\s+/;
/** A sentence names someone by article and role ("... Directiva: el presidente Gustavo Pérez, ..."). */
export const ARTICLE_ROLE = new RegExp(String.raw`(?:^|[\s,;(])${ARTICLE_ROLE_SOURCE}`, 'u');
const HONORIFIC = new RegExp(String.raw`(?:^|[\s,;(])(${ARTICLE_ROLE_SOURCE}|don|doña|dona|señor(?:es|as|a)?|senor(?:es|as|a)?|CC\.|[Ss]r\.|[Ss]ra\.|[Ss]rta\.|[Ss]res\.|[Ss]ras\.|D\.|D[ªa*?°º2][.,]?|D\.ª|D[nñ]a\.|De\.|Dra?[.,]|Mr\.|Mrs\.|Ms\.|Rev\.|[Ll]ic\.|Lcd[ao]\.|Ing\.|Arq\.|Abog\.|Mg\.|Prof\.|Cdora?\.|Br\.|Econ\.|Ab\.|CPA|Professor|Shri|Sri|Smt\.?|CA|Mtr[oa]\.|M\.\s?S\.\s?C\.|MSC\.|(?:\p{Lu}\.){2,4}|(?<=(?:^|[:;,]|\b(?:el|la))\s)[C€]\.|${PROFESSION_TITLES})(?:\s+en(?:\s+\p{Lu}\p{L}{0,5}[.,]){1,2}|(?<=\.)\s+\p{Lu}\p{Ll}{1,5}\.(?=\s+\p{Lu}))?(?:(?<=[eo]r[ae]s):)?\s+(?:(?:consejer[oa]|concejal[a]?|director[a]?|secretari[oa]|presidente|presidenta)\s+)?(?=\p{Lu})`, 'gu');
/** "..., en su calidad de Secretario": a role named by the capacity formula after a name. */
const IN_CAPACITY = /^,?\s+en\s+(?:su\s+)?(?:calidad|car[aá]cter)\s+de\s+(?=\S)/iu;
/** A capitalised role right after a title, before a comma and the next title: "Sr. Decano, Ing. ...". */
const TITLED_ROLE = /^(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?),\s+(?=\p{Lu})/u;
/** A capacity that makes its holder a guest: "en calidad de invitado", "en calidad de observadora". */
const GUEST_CAPACITY = /^(?:invitad[oa]s?|observador(?:a|es|as)?)$/iu;
/** Where such a role ends: a comma or semicolon, a full stop, or "y el/la ..." before the next attendee. */
const CAPACITY_END = /[,;]|\.(?=\s|$)|\s+y\s+(?=(?:el|la|los|las|don|doña)\s)/u;
/** A role in parentheses right after a name: words, no figures. */
const OWN_ROLE = /^\s?\(([^()\d]{2,40})\)/u;
const PLURAL = /^(señores|señoras|senores|senoras|[Ss]res\.|[Ss]ras\.|CC\.|l[oa]s\s+\p{Ll}+(?:\s+\p{Ll}+)?)$/u;

/** Stems of the words that name a status in running text, by status, in the order they are tried. */
const EXCUSED_STEMS = 'excus|justific|con aviso|con permiso|apolog|regrets';
const GUEST_STEMS = 'invitad|invitaci|guest|visiting|visitor';
const ABSENT_STEMS = 'ausente|inasistencia|no asiste|no asisti|no se present|no se hizo presente|no concurri|absent';
/** Every stem statusNamed() looks for: a text holding none names no status. */
export const STATUS_STEMS = `${EXCUSED_STEMS}|${GUEST_STEMS}|${ABSENT_STEMS}`;
const EXCUSED = new RegExp(EXCUSED_STEMS);
const GUEST = new RegExp(GUEST_STEMS);
const ABSENT = new RegExp(ABSENT_STEMS);

/**
 * The status a lower-case text names ("se excusa", "invitados", "no asiste"): excused before guest before absent,
 * wherever each stands; null when it names none. Shared by the list reader (which folds the text first) and the
 * sentence reader (which lower-cases it and also reads "asisten" as present).
 */
export function statusNamed(f: string): AttendeeStatus | null {
  if (EXCUSED.test(f)) return 'excused';
  if (GUEST.test(f)) return 'guest';
  if (ABSENT.test(f)) return 'absent';
  return null;
}

/** "acompaña la asamblea", "acompañan la sesión": the verb with the meeting as its object (not "acompañado por"). */
const ACCOMPANIES = /\bacompa[nñ]an?\s+(?:a\s+)?(?:la|el|al)\s+(?:asamblea|sesi[oó]n|reuni[oó]n|junta|consejo|directorio|comit[eé])\b/u;

/** A sentence's status: one statusNamed() names, else present when it says who attends or presides. */
function statusIn(s: string, current: AttendeeStatus): AttendeeStatus {
  const f = s.toLowerCase();
  // "Acompaña la asamblea el señor X": someone who accompanies the meeting is not of the body.
  if (f.includes('acompa') && ACCOMPANIES.test(f)) return 'guest';
  return statusNamed(f) ?? (/asiste|asisten|presid|present|actúa|actua/.test(f) ? 'present' : current);
}

const ROLE_AFTER_ARTICLE = /(?:^|\s)(?:el|la|los|las|su|como|the)\s+((?:(?!\s(?:el|la|los|las|su|como|the)\s)[^,;])+)$/iu;
/** "... el Secretario de la Junta": a definite article after "de" / "of" belongs to the role's own words. */
const OF_BEFORE = /(?:^|\s)(?:de|of)$/iu;
/** The articles such a role holds ("de la", "of the"); "de su Presidente" names the role itself. */
const DEFINITE = /^\s*(?:el|la|los|las|the)\s/iu;

/** A clause after a comma or semicolon opening with "del" / "de la" and holding only the role. */
/** "; tesorera" / ": secretario": a lower-case role word, alone, after a list's colon or semicolon. */
const BARE_ROLE = /^[;:]\s*(?:y\s+)?(\p{Ll}+(?:\s+\p{Ll}+)?)$/u;
const OF_CLAUSE = /^[,;]\s*(?:y\s+)?(?:del|de\s+la)\s+(\p{Lu}[^,;]*)$/u;
/** "presencia del" / "asistencia de la" opening a role read after an article: the role follows it. */
const PRESENCE_OF = /^(?:presencia|asistencia|inasistencia)\s+(?:del|de\s+(?:la|las|los)|de)\s+(?=\S)/iu;
/** A status written right after a name: "..., señora Ana Paz, se excusó por ...", "el vocal señor X no asistió". */
const STATUS_AFTER = /^,?\s+(?:quien(?:es)?\s+)?(se\s+excus|justific|no\s+asisti|no\s+concurri|estuvo\s+ausente)/iu;

/** Role written before the honorific: "los concejales señores", "el Gerente, don", "Actúa como X D.". */
function prefixRole(prefix: string, kw?: Keywords): string | null {
  // The prefix without trailing spaces and commas (by hand: a `[\s,]+$` pattern tries every position).
  let end = prefix.length;
  while (end > 0 && (prefix.charCodeAt(end - 1) === 44 || isSpace(prefix.charCodeAt(end - 1)))) end--;
  const p = prefix.slice(0, end);
  // The last article before the honorific opens the role: "con la asistencia de su presidente," -> "presidente".
  // No match crosses a comma or semicolon, so the pattern runs from the last one (kept: it opens no match).
  const cut = Math.max(p.lastIndexOf(','), p.lastIndexOf(';'));
  let q = cut > 0 ? p.slice(cut) : p;
  // "miembros: secretario, señor X; tesorera, señora Y": a bare role word opening a list part is that name's.
  const colon = p.lastIndexOf(':');
  const part = cut > colon ? p.slice(cut) : colon >= 0 ? p.slice(colon) : '';
  const bare = kw && part ? BARE_ROLE.exec(part) : null;
  if (bare && kw!.roleWords.test(fold(bare[1]!.split(' ', 1)[0]!))) return bare[1]!;
  let m = ROLE_AFTER_ARTICLE.exec(q);
  let r = m ? m[1]!.trim() : '';
  // "...; del Vicepresidente, señor X; y de la Secretaria, señora Y": a clause of a "con la presencia" list.
  if (!m) {
    const of = OF_CLAUSE.exec(q);
    if (of) return of[1]!.split(/\s+/).length > 8 ? null : of[1]!;
  }
  // The article opening the role is the last one not after "de": "el Secretario de la Comisión" -> the whole.
  while (m && DEFINITE.test(m[0]) && OF_BEFORE.test(q.slice(0, m.index))) {
    const outer = ROLE_AFTER_ARTICLE.exec(q.slice(0, m.index));
    if (!outer) break;
    r = `${outer[1]!.trim()} ${q.slice(m.index).trim()}`;
    q = q.slice(0, m.index);
    m = outer;
  }
  if (!m) return null;
  // "con la presencia del Presidente de la Comunidad, señor X": the role is what the presence is of.
  const of = PRESENCE_OF.exec(r);
  if (of) r = r.slice(of[0].length);
  if (!r || /^(invitad|calidad|asistencia|presidencia)/i.test(r) || r.split(/\s+/).length > 8) return null;
  // "integrado por el Dr. X": an article right before the honorific leaves no role between them.
  if (/(?:^|\s)(?:el|la|los|las|the)$/iu.test(r)) return null;
  return r;
}

/** HONORIFIC for counting: proseAttendees() walks HONORIFIC itself (its lastIndex). */
const HONORIFIC_COUNT = new RegExp(HONORIFIC.source, HONORIFIC.flags);

/**
 * Whether at least `n` honorifics (degrees included) introduce a capitalised word in `text`, counted as
 * text.matchAll(HONORIFIC) finds them (none is empty); the count stops at `n`, not at the end of a long line.
 */
export function honorificsReach(text: string, n: number): boolean {
  let found = 0;
  HONORIFIC_COUNT.lastIndex = 0;
  while (found < n && HONORIFIC_COUNT.exec(text)) found++;
  return found >= n;
}

/** What may stand between two titled names of one list: a comma, "y" / "and", or nothing. */
const LIST_GAP = /^\s*(?:,\s*)?(?:(?:y|and)\s+)?$/u;
/** In a plural list, a name's role before the next name: "señores Ana Paz, vicepresidenta; Luis Mora, ..." */
const ROLE_BEFORE_NEXT = /^,\s*(\p{Ll}[^,;()]{0,40}?)\s*(?:;\s*(?:y\s+)?|,\s*y\s+)(?=\p{Lu})/u;
/** The same with a capitalised role, the names cut by semicolons: "señores: Ana Paz, Presidenta; Luis Mora, Tesorero; ..." */
const CAPITAL_ROLE_BEFORE_NEXT = /^,\s*(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3})\s*;\s*(?:y\s+)?(?=\p{Lu}|(?:el|la|los|las)\s)/u;

/** " of the Nova Scotia Department of Fisheries": a body after a name (English). */
const NAME_OF_BODY = /^\s+(?:of|from)\s+(?:the\s+)?(\p{Lu}[^,;.()]*)/u;

/** Roles after a list of names, then "respectivamente". */
const RESPECTIVELY = /^,\s*([^,;.]+(?:,\s*[^,;.]+)*\s+y\s+[^,;.]+?),\s*respectivamente\b/u;

/** ", of Hale & Brenner": a capitalised body after a role, without a note in parentheses after it. */
const OF_BODY = /^,\s*(?:of|from)\s+(\p{Lu}[^,;.(]*)/u;

/** ", de la firma Paz & Asociados Cía. Ltda.": the firm or company a guest comes from, right after the name. */
const FIRM_BODY = /^,\s*(?:de|del)\s+(?:la\s+)?(?:firma|empresa|consultora|compa[ñn][ií]a|sociedad|estudio)\s+(?=\p{Lu})/u;
/** A full stop after a company form's abbreviation ("Cía.", "Ltda.", "S.A.") is inside a firm's name. */
const ABBREVIATION_END = /(?:^|\s)(?:C[ií]a|Ltda|Hnos|Inc|Corp|Co)$|(?:^|[\s.])\p{Lu}$/u;

/** The firm's name at the start of `s`: up to a comma, semicolon, parenthesis or sentence end. */
function firmName(s: string): string {
  const stop = s.search(/[,;(]/);
  const head = stop < 0 ? s : s.slice(0, stop);
  for (let dot = head.indexOf('.'); dot >= 0; dot = head.indexOf('.', dot + 1)) {
    if (!ABBREVIATION_END.test(head.slice(0, dot))) return head.slice(0, dot).trim();
  }
  return head.trim();
}

/** Every honorific-introduced attendee of one paragraph. */
export function proseAttendees(text: string, base: AttendeeStatus, ctx: SegmentContext): Attendee[] {
  const { kw } = ctx;
  const out: Attendee[] = [];
  let status = base;
  let last = 0;
  let sentenceStart = 0;
  /** An article's role over the titled names right after it ("los vocales Dña. Ana Paz y D. Luis Mora"). */
  let listRole: string | null = null;
  /** Whether that role is plural: it then goes to each name of the list, not only the first. */
  let listPlural = false;
  HONORIFIC.lastIndex = 0;
  for (let m = HONORIFIC.exec(text); m; m = HONORIFIC.exec(text)) {
    const hStart = m.index + (m[0].length - m[0].trimStart().length);
    if (hStart < last) continue;
    const prefix = text.slice(last, hStart);
    // A new sentence in the prefix (`\.\s+\p{Lu}[^.]*$`) can only open at its last period.
    const lastDot = prefix.lastIndexOf('.');
    const dot = lastDot >= 0 && /^\.\s+\p{Lu}/u.test(prefix.slice(lastDot)) ? lastDot : -1;
    if (dot >= 0) { status = base; sentenceStart = last + dot; }
    // Only the prefix's own sentence says this name's status ("... se excusó. Acompaña la asamblea el señor X").
    status = statusIn(dot >= 0 ? prefix.slice(dot) : prefix, status);
    if (listRole && !LIST_GAP.test(prefix)) listRole = null;
    // "la sra. consejera Gloria ...": a role word between honorific and name.
    // "el vocal suplente Nicolás Bustos": the role the article leads is this name's, whatever the sentence said before.
    // ("el vocal segundo, Lorenzo Paz": the comma before the name is no part of the role.)
    const articleRole = ARTICLE_START.test(m[1]!) ? m[1]!.replace(ARTICLE_START, '').replace(/,$/, '') : null;
    const fromList = listRole;
    if (!listPlural) listRole = null;
    // ("los vocales titulares Rocío Paz y Luis Mora": a plural role is each one's, in the singular.)
    let role = (articleRole && PLURAL.test(m[1]!) ? singularRole(articleRole) : articleRole) ?? fromList ?? prefixRole(prefix, kw) ?? /^\s*\S+\s+(\p{Ll}+)\s+$/u.exec(m[0])?.[1] ?? null;
    const plural = PLURAL.test(m[1]!);
    let pos = m.index + m[0].length;
    const names: string[] = [];
    /** Each name's role in parentheses after it ("Sres. Ana Ruiz (Presidenta), Luis Paz (Tesorero) y ..."), or null. */
    const own: Array<string | null> = [];
    // The name after a separator is read once: the check before moving on is the next name.
    let name = nameRun(text.slice(pos));
    if (name && ctx.personName(name)) {
      for (;;) {
        names.push(name);
        pos += name.length;
        const paren = text.startsWith('(', pos) || text.startsWith(' (', pos) ? OWN_ROLE.exec(text.slice(pos)) : null;
        if (paren) pos += paren[0].length;
        // "señores: Ana Paz, Presidenta; Luis Mora, Tesorero; ...": a capitalised role word after the comma is no name.
        const cap = plural && !paren ? CAPITAL_ROLE_BEFORE_NEXT.exec(text.slice(pos)) : null;
        const capRole = cap && (kw.roleWords.test(fold(cap[1]!.split(' ', 1)[0]!)) || !ctx.personName(cap[1]!)) ? cap : null;
        let sep = plural && !capRole ? /^(?:,\s*(?:y\s+)?|\s+y\s+)(?=\p{Lu})/u.exec(text.slice(pos)) : null;
        // "señores Ana Paz, vicepresidenta; Luis Mora, secretario; ...": each name's role, then the next name.
        const roleNext = capRole ?? (plural && !sep && !paren ? ROLE_BEFORE_NEXT.exec(text.slice(pos)) : null);
        if (roleNext) sep = roleNext;
        own.push(paren ? paren[1]!.trim() : roleNext && !kw.roleStop.test(roleNext[1]!) ? roleNext[1]!.trim() : null);
        if (!sep) break;
        name = nameRun(text.slice(pos + sep[0].length));
        if (!name || !ctx.personName(name)) break;
        pos += sep[0].length;
      }
    }
    if (!names.length) {
      // "los Sres. Dr. Ana Ruiz": the next honorific right after this one starts the name; its separator is read again.
      // An article's role ("los vocales Dña. Ana Paz") goes to the titled names after it.
      if (articleRole) {
        listPlural = PLURAL.test(m[1]!);
        listRole = listPlural ? singularRole(articleRole) : articleRole;
      }
      // "bajo la presidencia del Sr. Decano, Ing. Ana Paz": a role word after the title is the next name's role.
      const titled = articleRole ? null : TITLED_ROLE.exec(text.slice(pos));
      if (titled && kw.roleWords.test(fold(titled[1]!.split(' ', 1)[0]!))) {
        listPlural = false;
        listRole = titled[1]!;
        pos += titled[0].length;
      }
      last = pos;
      HONORIFIC.lastIndex = pos - 1;
      continue;
    }
    // "CC. Ana Paz, Luis Mora y Eva Gil, Presidente, Secretario y Tesorera, respectivamente": one role each, in order.
    const each = names.length >= 2 && own.every((o) => o === null) ? RESPECTIVELY.exec(text.slice(pos)) : null;
    const roles = each ? each[1]!.split(/\s*,\s*|\s+y\s+/) : null;
    if (roles && roles.length === names.length) {
      names.forEach((n, k) => out.push({ name: orNull(n), organization: null, role: orNull(roles[k]!), status }));
      last = pos + each![0].length;
      continue;
    }
    // "..., en su calidad de Presidente, ...": the role the formula names, up to the next clause or attendee.
    const capacity = IN_CAPACITY.exec(text.slice(pos));
    if (capacity) {
      const rest = text.slice(pos + capacity[0].length);
      const end = CAPACITY_END.exec(rest)?.index ?? rest.length;
      const split = splitRoleOrg(rest.slice(0, end), kw);
      // "..., señor X, en calidad de observador": a capacity naming a guest is the status; the role is the one before.
      const guest = split?.role && !split.org && GUEST_CAPACITY.test(split.role);
      if (guest) {
        for (const n of names) out.push({ name: orNull(n), organization: null, role: orNull(role), status: 'guest' });
        last = pos + capacity[0].length + end;
        continue;
      }
      if (split?.role || split?.org) {
        for (const n of names) out.push({ name: orNull(n), organization: orNull(split.org), role: orNull(split.role), status });
        last = pos + capacity[0].length + end;
        continue;
      }
    }
    // Role written after the name: ", vicepresidente;" / ", asistente social de la Municipalidad".
    // (A name with its role in parentheses has it: what follows is the next attendee.)
    const after = own[own.length - 1] !== null ? null : /^,\s*((?:(?!\s+y\s+(?:[Ll]ic|[Dd]ra?|[Ss]ra?|Mtr[oa]|Ing|Prof|don|doña)\b)[^,;.])+(?:\.\s*(?=\p{Ll})[^,;.]+)?)/u.exec(text.slice(pos));
    // "Mrs. Ana Ruiz, Mr. Luis Paz": the next attendee's honorific is no role.
    const post = after && !kw.honorifics.test(after[1]!.trim()) ? after : null;
    let org: string | null = null;
    const split = post ? splitRoleOrg(post[1]!, kw) : null;
    if (post && split && !kw.roleStop.test(post[1]!.trim()) && !/^y\b/.test(post[1]!.trim())) {
      // ("del concejal Ana Paz, Presidente del Cuerpo,": an office in capitals after the name is hers over the article's.)
      if (!role || /s$/.test(role) || split.org || (split.role && /^\p{Lu}/u.test(split.role) && kw.roleWords.test(fold(split.role.split(' ', 1)[0]!)))) {
        role = split.role ?? role;
        org = split.org;
      }
    }
    // "Mr. R. Stanley Lohnes of the Nova Scotia Department of Fisheries, by invitation": the body right after the name.
    const ofBody = !post && !org && text.startsWith(' ', pos) ? NAME_OF_BODY.exec(text.slice(pos)) : null;
    if (ofBody) org = ofBody[1]!.trim();
    const firm = !org && text.startsWith(',', pos) ? FIRM_BODY.exec(text.slice(pos)) : null;
    if (firm) org = orNull(firmName(text.slice(pos + firm[0].length)));
    const read = post && split && role === (split.role ?? role) && org === split.org;
    // "..., auditor, of Hale & Brenner": the body the role is held at follows it after "of" or "from".
    const of = read && split!.role && !org ? OF_BODY.exec(text.slice(pos + post[0].length)) : null;
    if (of) org = of[1]!.trim();
    if (role && /s$/.test(role) && role.split(/\s+/).length === 1) role = singular(role);
    // (Or after the role read there: "el C. X, Regidor de Hacienda, justificó su inasistencia".)
    const said = STATUS_AFTER.exec(text.slice(pos)) ?? (read ? STATUS_AFTER.exec(text.slice(pos + post[0].length)) : null);
    const ownStatus: AttendeeStatus = said ? (/^(?:se|justific)/i.test(said[1]!) ? 'excused' : 'absent') : status;
    names.forEach((n, k) => out.push({ name: orNull(n), organization: orNull(org), role: orNull(own[k] ?? role), status: ownStatus }));
    // The role read after the name is this attendee's, not the next one's.
    last = read ? pos + post[0].length + (of ? of[0].length : 0) : pos;
  }
  void sentenceStart;
  if (text.includes(' (')) parenthesisedRun(text, base, out, ctx);
  return out;
}

/** A name without a title and its lower-case role in parentheses ("Ana Paz Ruiz (tesorera)"), then a list gap. */
const NAME_PAREN_ROLE = /(?<=^|[\s,])(\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\p{Ll}+|de|del|de la)){1,5})\s\((\p{Ll}[^()\d]{1,40})\)(?=\s*(?:,|\sy\s|\.|;|$))/gu;

/**
 * "Se encuentran presentes los dignatarios Ana Paz Ruiz (presidenta), Luis Mora (tesorero) y ...": two or more
 * untitled names one after another, each with its role in parentheses, join `out` (a name already there is not
 * added again), with the status their sentence says.
 */
function parenthesisedRun(text: string, base: AttendeeStatus, out: Attendee[], ctx: SegmentContext): void {
  const found: Array<{ at: number; end: number; name: string; role: string }> = [];
  NAME_PAREN_ROLE.lastIndex = 0;
  for (let m = NAME_PAREN_ROLE.exec(text); m; m = NAME_PAREN_ROLE.exec(text)) {
    const name = nameRun(m[1]!);
    if (name !== m[1] || !ctx.personName(name)) continue;
    found.push({ at: m.index, end: m.index + m[0].length, name, role: m[2]!.trim() });
  }
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const joined = (a: { end: number } | undefined, b: { at: number } | undefined) => a && b && LIST_GAP.test(text.slice(a.end, b.at));
    if (!joined(f, found[i + 1]) && !joined(found[i - 1], f)) continue;
    if (out.some((a) => a.name === f.name)) continue;
    const start = text.lastIndexOf('. ', f.at) + 1;
    out.push({ name: f.name, organization: null, role: f.role, status: statusIn(text.slice(start, f.at), base) });
  }
}
