// Person names and institutions: honorifics, capitalised runs, and telling one from the other.
import { anyOf, type KeywordName, type Keywords } from '../segment/keywords.js';
import { fold, isSpace, squash } from './text.js';

const CAP = /^(?:[A-ZÁÉÍÓÚÑÜ][\p{L}'’-]*\.?|[A-ZÁÉÍÓÚÑ]\.)$/u;
const PARTICLE = /^(de|del|la|las|los|van|von|der|den|ter|ten|da|di|do|dos|du|le|mac|y)$/iu;
/** A quoted nickname inside a name: Bernard C. “Jack” Young, Ana "Nena" Díaz. */
const NICKNAME = /^[“"‘'«]\p{Lu}[\p{L}'’.-]*[”"’'»]$/u;

export function isCapWord(w: string): boolean {
  return capWord(w);
}

/** s.split(' ') by indexOf: V8 splits a fresh string several times slower (for the single-spaced words squash leaves). */
export function spacedWords(s: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (let sp = s.indexOf(' '); sp >= 0; sp = s.indexOf(' ', at)) {
    out.push(s.slice(at, sp));
    at = sp + 1;
  }
  out.push(s.slice(at));
  return out;
}

/** Remove leading honorifics ("Sr.", "Dª.", "Dr.", "Mrs.", "Lic.", "don") from a name. */
export function stripHonorifics(s: string, kw: Keywords): string {
  // The words joined by single spaces, as squash leaves them; a last word is never dropped.
  let t = squash(s);
  const honorific = anyOf(kw, HONORIFIC_WORDS);
  for (let sp = t.indexOf(' '); sp >= 0; sp = t.indexOf(' ')) {
    if (!honorific.test(t.slice(0, sp))) break;
    t = t.slice(sp + 1);
  }
  return t;
}

/** Singular and plural honorifics in one pattern: one test per leading word. */
const HONORIFIC_WORDS: readonly KeywordName[] = ['honorifics', 'pluralHonorifics'];

/** Words naming a body: a name holding one is no person's. */
const PERSON_BODY_WORDS: readonly KeywordName[] = ['orgHeads', 'personOrgHeads', 'institutionWords'];
const BODY_WORDS: readonly KeywordName[] = ['orgHeads', 'institutionWords'];

/** True for a word with a code unit beyond ASCII (a loop: the words are short). */
function nonAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) return true;
  return false;
}

/**
 * re.test(fold(w)) for a keyword pattern `re` (case-insensitive, over folded words): an ASCII word is tested as it is
 * (fold() only lower-cases it). (A loose twin of the pattern, matching the word before folding, gated the fold once:
 * its classes of every non-ASCII unit made it slower than the fold and the plain test it spared.)
 */
function foldedTest(re: RegExp, w: string): boolean {
  return nonAscii(w) ? re.test(fold(w)) : re.test(w);
}

/** An initial ("M."): it never ends a name run. */
const INITIAL = /^[A-ZÁÉÍÓÚÑ]\.$/u;
const ALL_CAPS = /^\p{Lu}{3,}$/u;
const TWO_CAPS = /^\p{Lu}{2,}$/u;

/** True for the capitals INITIAL opens with: A-Z, Á, É, Í, Ó, Ú, Ñ. */
function initialCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 193 || c === 201 || c === 205 || c === 211 || c === 218 || c === 209;
}

/**
 * CAP.test(w), answered by a walk of the code units for ASCII words (most are): V8 runs the /u pattern's \p{L}
 * class slower than this loop. A non-ASCII unit hands the word to the pattern.
 */
function capWord(w: string): boolean {
  const n = w.length;
  if (n === 0) return false;
  const c0 = w.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return c0 >= 128 && CAP.test(w);
  for (let i = 1; i < n; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45) continue;
    if (c >= 128) return CAP.test(w);
    // A period may only end the word.
    return c === 46 && i === n - 1;
  }
  return true;
}

/** INITIAL.test(w): a capital and a period. */
function isInitial(w: string): boolean {
  return w.length === 2 && w.charCodeAt(1) === 46 && initialCapital(w.charCodeAt(0));
}

/** NICKNAME.test(w), asked only of words opening with one of its quotes. */
function isNickname(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 0xab) && NICKNAME.test(w);
}

/** PARTICLE.test(w): no particle is longer than three code units, so longer words skip the pattern. */
function isParticle(w: string): boolean {
  return w.length <= 3 && PARTICLE.test(w);
}

/**
 * The capitalised name run starting at the beginning of `s` ("Luis Alberto Huenchullán Catrileo, y ..."):
 * capitalised words, initials and inner particles ("de la"), stopping at punctuation or lower-case words.
 */
export function nameRun(s: string): string {
  // The words (runs of non-space, as /\S+/ reads them) are walked by their code units: most entries stop after a
  // few words, and the walk builds no match arrays. The run is cut out of `s` when its words are one space apart
  // (as they mostly are), not joined anew.
  const taken: string[] = [];
  const ends: number[] = [];
  let first = 0;
  let spaced = true;
  const n = s.length;
  let i = 0;
  for (;;) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace(s.charCodeAt(i))) i++;
    // The word without the commas, semicolons, colons and closing parentheses it ends with: they end the run.
    let end = i;
    // (A dash after such a mark goes with it: OCR's "Mamani;- del Vicepresidente".)
    for (let c = s.charCodeAt(end - 1); end > start && (c === 44 || c === 59 || c === 58 || c === 41 || (c === 45 && end - start > 2 && STOP_BEFORE_DASH.includes(s[end - 2]!))); c = s.charCodeAt(end - 1)) end--;
    const w = s.slice(start, end);
    const initial = isInitial(w);
    const stops = end !== i || (w.charCodeAt(w.length - 1) === 46 && !initial);
    if (!(capWord(w) || initial || (taken.length && isNickname(w))) && !(taken.length && isParticle(w) && w.toLowerCase() !== 'y')) break;
    if (taken.length === 0) first = start;
    // A word taken after another ended where its word did (no comma cut it), so the gap is whitespace.
    else if (start - ends[ends.length - 1]! !== 1 || s.charCodeAt(start - 1) !== 32) spaced = false;
    taken.push(w);
    ends.push(end);
    if (stops) break;
  }
  while (taken.length && isParticle(taken[taken.length - 1]!)) taken.pop();
  if (!taken.length) return '';
  const out = spaced ? s.slice(first, ends[taken.length - 1]) : taken.join(' ');
  // A final period stays only after an initial ("Ana M."): a last word that is one, after a space.
  const last = taken[taken.length - 1]!;
  return out.endsWith('.') && !(taken.length > 1 && isInitial(last)) ? out.slice(0, -1) : out;
}

/** Marks a trailing dash may follow inside a word's end (";-", ",-", ".-"). */
const STOP_BEFORE_DASH = ',;:.)';

/** Role words that are also common surnames: a part ending in one may be a name ("Ann Dean", "Tom Parks"). */
export const SURNAME_ROLES = /^(?:dean|elder|head|parks|marshal|warden|chancellor|deacon|minister|pastor|captain|clerk|sheriff|steward|mayor|chief|rector|vicar|governor|general|senior|junior|member|rep|reeve|foreman)$/;

/** True when `s` reads as a person's name (2-6 capitalised words, no institution word). */
export function isPersonName(s: string, kw: Keywords): boolean {
  // squash() leaves the words joined by single spaces: they are walked with indexOf, as split() is a runtime
  // call that costs more than the tests.
  const t = squash(s);
  let n = 1;
  let lastStart = 0;
  for (let sp = t.indexOf(' '); sp >= 0; sp = t.indexOf(' ', sp + 1)) {
    if (++n > 6) return false;
    lastStart = sp + 1;
  }
  if (n < 2 || isNickname(t.slice(lastStart))) return false;
  // An acronym among mixed-case words marks an institution ("SENDA Previene Coyhaique").
  let caps = 0;
  let twoCaps = 0;
  for (let start = 0, i = 0; i < n; i++) {
    const sp = t.indexOf(' ', start);
    const w = t.slice(start, sp < 0 ? t.length : sp);
    start = sp + 1;
    if (!capWord(w) && (i === 0 || (!isParticle(w) && !isNickname(w)))) return false;
    // A lower-case ASCII second letter ("Ana") is no run of capitals: the common case skips both patterns.
    const second = w.charCodeAt(1);
    if (second >= 97 && second <= 122) continue;
    if (ALL_CAPS.test(w)) caps++;
    if (n <= 2 && TWO_CAPS.test(w)) twoCaps++;
  }
  if ((caps > 0 && caps < n) || twoCaps >= 2) return false;
  // Each word's folding is tested (fold() maps each code unit to one, so a word's folding is its part of the
  // whole's); only a word with a non-ASCII unit is folded. No non-ASCII unit folds to ',' or '.', so withoutStop()
  // may come before the folding.
  const body = anyOf(kw, PERSON_BODY_WORDS);
  for (let start = 0, i = 0; i < n; i++) {
    const sp = t.indexOf(' ', start);
    const w = t.slice(start, sp < 0 ? t.length : sp);
    start = sp + 1;
    if ((i === 0 && foldedTest(kw.roleWords, w)) || (foldedTest(body, withoutStop(w)) && !(i === n - 1 && n >= 3 && SURNAME_HEAD.test(w)))) return false;
  }
  return true;
}

/** Body words that are also common surnames: last in a name of three words or more, a surname ("Wilson Cely Mesa"). */
const SURNAME_HEAD = /^(?:Mesa|C[aá]mara)$/u;

/** A word without one trailing comma or period. */
function withoutStop(w: string): string {
  const c = w.charCodeAt(w.length - 1);
  return c === 44 || c === 46 ? w.slice(0, -1) : w;
}

/** True when `s` reads as an institution ("Ministerio de Salud", "SERNAC", "IRM"). */
export function isInstitution(s: string, kw: Keywords): boolean {
  // The words of squash(s) are those of a whitespace split of s.trim(); each word's folding is tested as in
  // isPersonName (only a word with a non-ASCII unit is folded).
  const t = squash(s);
  const words = spacedWords(t);
  const body = anyOf(kw, BODY_WORDS);
  for (const w of words) if (foldedTest(body, withoutStop(w))) return true;
  if (words.length <= 3 && words.every((w) => /^[\p{Lu}\d&.-]{2,}$/u.test(w))) return true;
  return !isPersonName(s, kw) && /^\p{Lu}/u.test(t) && words.length <= 12;
}

/** The text's first or last word is a role's ("Secretario General", "Parish Administrator", "Vice-President"). */
export function roleWordAtEdge(text: string, kw: Keywords): boolean {
  const words = squash(text).split(/[ -]/);
  return kw.roleWords.test(fold(words[0]!)) || kw.roleWords.test(fold(words[words.length - 1]!));
}

/**
 * Role words joined by hyphens ("Secretary-Treasurer", "Vice-President"), or a role word, a connector and any word
 * ("Sergeant-at-Arms").
 */
function hyphenatedRole(parts: string[], isRoleWord: (p: string) => boolean): boolean {
  if (parts.length === 3 && HYPHEN_LINK.test(parts[1]!) && parts[2] !== '') return isRoleWord(parts[0]!);
  return parts.every((p) => p !== '' && isRoleWord(p));
}
const HYPHEN_LINK = /^(?:at|of|in)$/i;

/** A word joining role words inside one role ("Director of Public Works"). */
const ROLE_LINK = /^(?:of|de|del)$/;

/** Split leading role words off a name: "Council Members Tom Haskins" -> ["Council Members", "Tom Haskins"]. */
export function splitRolePrefix(s: string, kw: Keywords): [string | null, string] {
  const t = s.trim();
  // Most names open with no role word: the first word answers that without splitting the rest.
  let end = 0;
  while (end < t.length && !isSpace(t.charCodeAt(end))) end++;
  // A hyphenated role is role words joined ("Secretary-Treasurer", "Vice-President").
  const isRole = (w: string): boolean => foldedTest(kw.roleWords, w) || (w.includes('-') && hyphenatedRole(w.split('-'), (p) => foldedTest(kw.roleWords, p))) ||
    // A plural role heads a list ("Supervisors Dwight Osterkamp, ...", "Councillors Ana Ruiz (Division 1), ...").
    (w.length > 4 && (w.charCodeAt(w.length - 1) === 115 || w.charCodeAt(w.length - 1) === 83) && foldedTest(kw.roleWords, w.slice(0, -1)));
  if (!isRole(withoutStop(t.slice(0, end)))) return capitalisedRolePrefix(t, kw, isRole);
  const words = t.split(/\s+/);
  let i = 0;
  // "Superintendent of Public Works Gene Baptiste": "of" between role words is the role's.
  while (i < words.length - 2 && (isRole(withoutStop(words[i]!)) || (i > 0 && ROLE_LINK.test(words[i]!) && i < words.length - 3 && isRole(words[i + 1]!)))) i++;
  if (i === 0) return [null, t];
  // "Mayor Pro Tem Ana Ruiz": the acting office's Latin closes the role.
  if (i < words.length - 3 && words[i] === 'Pro' && /^Tem(?:pore|\.)?$/.test(words[i + 1]!)) i += 2;
  return [words.slice(0, i).join(' '), words.slice(i).join(' ')];
}

/**
 * A capitalised role whose first words are no role's, before a person's name: "Emergency Management Coordinator Kayla
 * Dunphy", "Operations Superintendent Harold Minami". Its last word is a role word, every word is capitalised, and
 * two or three words naming a person follow.
 */
function capitalisedRolePrefix(t: string, kw: Keywords, isRole: (w: string) => boolean): [string | null, string] {
  const words = t.split(/\s+/);
  if (words.length < 4 || words.length > 8) return [null, t];
  for (let i = words.length - 3; i >= 1; i--) {
    if (!isRole(words[i]!)) continue;
    const rest = words.slice(i + 1);
    if (rest.length > 3 || !words.slice(0, i + 1).every(capWord) || !isPersonName(rest.join(' '), kw)) return [null, t];
    return [words.slice(0, i + 1).join(' '), rest.join(' ')];
  }
  return [null, t];
}

/** A council title opening an entry ("Cllr", OCR's "Clir", "Councillor", "District Cllr"): the councillor's role. */
const COUNCIL_TITLE = /^((?:\p{Lu}\p{Ll}+\s+)?)(?:Cllr|Clir|Cllr\.|Councillor|Councilor)\s+(?=\p{Lu})/u;

/** The role a council title before a name gives and the entry after it ("District Cllr Ana Ruiz" -> ["District Councillor", "Ana Ruiz"]), or null. */
export function councilTitleRole(s: string): [string, string] | null {
  const c = s.charCodeAt(0);
  if (c < 65 || c > 90) return null;
  const m = COUNCIL_TITLE.exec(s);
  return m ? [`${m[1]}Councillor`, s.slice(m[0].length)] : null;
}

/**
 * "Consejero, Junta de Vecinos Villa Sur": a role, a comma and a body whose first word heads bodies ("Junta", "Club",
 * "Municipalidad", "Department"): [role, body], or null.
 */
export function roleThenBody(text: string, kw: Keywords): [string, string] | null {
  const comma = text.indexOf(', ');
  if (comma <= 0 || text.indexOf(', ', comma + 2) >= 0) return null;
  const role = text.slice(0, comma).trim();
  const body = text.slice(comma + 2).trim();
  if (!/^\p{Lu}/u.test(body) || !roleWordAtEdge(role, kw)) return null;
  const head = fold(body.slice(0, body.search(/\s|$/)));
  return kw.orgHeads.test(head) || kw.institutionWords.test(head) ? [role, body] : null;
}

/**
 * A role, an honorific, then the name: "Alcaldesa Sra. Carolina Bustos", "Secretario Municipal Don Luis Mena",
 * "Concejal Sr. Pedro Soto". The role is one to three capitalised words opening with a role word; the honorific is
 * no lone letter ("Concejal Ana C. Ruiz" holds an initial). Returns [role, "Sra. Carolina Bustos"], or null.
 */
export function roleBeforeHonorific(s: string, kw: Keywords): [string, string] | null {
  const sp = s.indexOf(' ');
  if (sp < 0 || !foldedTest(kw.roleWords, s.slice(0, sp))) return null;
  const words = s.split(' ');
  for (let k = 1; k <= 3 && k < words.length - 1; k++) {
    const w = words[k]!;
    if (!capWord(w)) return null;
    if (w.length > 1 && !isInitial(w) && foldedTest(kw.honorifics, w)) return [words.slice(0, k).join(' '), words.slice(k).join(' ')];
  }
  return null;
}
