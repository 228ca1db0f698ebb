// Person names and institutions: honorifics, capitalised runs, and telling one from the other.
import { anyOf, type KeywordName, type Keywords } from '../segment/keywords.js';
import { fold, squash } from './text.js';

const CAP = /^(?:[A-ZÁÉÍÓÚÑÜ][\p{L}'’-]*\.?|[A-ZÁÉÍÓÚÑ]\.)$/u;
const PARTICLE = /^(de|del|la|las|los|van|von|da|di|do|dos|du|le|mac|y)$/iu;
/** A quoted nickname inside a name: Bernard C. “Jack” Young, Ana "Nena" Díaz. */
const NICKNAME = /^[“"‘'«]\p{Lu}[\p{L}'’.-]*[”"’'»]$/u;

export function isCapWord(w: string): boolean {
  return CAP.test(w);
}

/** Remove leading honorifics ("Sr.", "Dª.", "Dr.", "Mrs.", "Lic.", "don") from a name. */
export function stripHonorifics(s: string, kw: Keywords): string {
  // The words joined by single spaces, as squash leaves them; a last word is never dropped.
  let t = squash(s);
  for (let sp = t.indexOf(' '); sp >= 0; sp = t.indexOf(' ')) {
    const first = t.slice(0, sp);
    if (!kw.honorifics.test(first) && !kw.pluralHonorifics.test(first)) break;
    t = t.slice(sp + 1);
  }
  return t;
}

/** Words naming a body: a name holding one is no person's. */
const PERSON_BODY_WORDS: readonly KeywordName[] = ['orgHeads', 'personOrgHeads', 'institutionWords'];
const BODY_WORDS: readonly KeywordName[] = ['orgHeads', 'institutionWords'];

/** An initial ("M."): it never ends a name run. */
const INITIAL = /^[A-ZÁÉÍÓÚÑ]\.$/u;
const ALL_CAPS = /^\p{Lu}{3,}$/u;
const TWO_CAPS = /^\p{Lu}{2,}$/u;

/**
 * The capitalised name run starting at the beginning of `s` ("Luis Alberto Huenchullán Catrileo, y ..."):
 * capitalised words, initials and inner particles ("de la"), stopping at punctuation or lower-case words.
 */
export function nameRun(s: string): string {
  const re = /\S+/gu;
  const taken: string[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const raw = m[0];
    const last = raw.charCodeAt(raw.length - 1);
    const w = last === 44 || last === 59 || last === 58 || last === 41 ? raw.replace(/[,;:)]+$/u, '') : raw;
    const initial = w.length === 2 && INITIAL.test(w);
    const ends = w !== raw || (w.charCodeAt(w.length - 1) === 46 && !initial);
    if (CAP.test(w) || initial || (taken.length && NICKNAME.test(w))) taken.push(w);
    else if (taken.length && PARTICLE.test(w) && w.toLowerCase() !== 'y') taken.push(w);
    else break;
    if (ends) break;
  }
  while (taken.length && PARTICLE.test(taken[taken.length - 1]!)) taken.pop();
  const out = taken.join(' ');
  // A final period stays only after an initial ("Ana M.").
  return out.endsWith('.') && !/\s[A-ZÁÉÍÓÚÑ]\.$/u.test(out) ? out.slice(0, -1) : out;
}

/** True when `s` reads as a person's name (2-6 capitalised words, no institution word). */
export function isPersonName(s: string, kw: Keywords): boolean {
  const words = s.trim().split(/\s+/);
  const n = words.length;
  if (n < 2 || n > 6 || !CAP.test(words[0]!) || NICKNAME.test(words[n - 1]!)) return false;
  for (const w of words) if (!CAP.test(w) && !PARTICLE.test(w) && !NICKNAME.test(w)) return false;
  // An acronym among mixed-case words marks an institution ("SENDA Previene Coyhaique").
  let caps = 0;
  let twoCaps = 0;
  for (const w of words) {
    if (ALL_CAPS.test(w)) caps++;
    if (n <= 2 && TWO_CAPS.test(w)) twoCaps++;
  }
  if ((caps > 0 && caps < n) || twoCaps >= 2) return false;
  if (kw.roleWords.test(fold(words[0]!))) return false;
  const body = anyOf(kw, PERSON_BODY_WORDS);
  for (const w of words) if (body.test(withoutStop(fold(w)))) return false;
  return true;
}

/** A word without one trailing comma or period. */
function withoutStop(w: string): string {
  const c = w.charCodeAt(w.length - 1);
  return c === 44 || c === 46 ? w.slice(0, -1) : w;
}

/** True when `s` reads as an institution ("Ministerio de Salud", "SERNAC", "IRM"). */
export function isInstitution(s: string, kw: Keywords): boolean {
  const words = s.trim().split(/\s+/);
  const body = anyOf(kw, BODY_WORDS);
  for (const w of words) if (body.test(withoutStop(fold(w)))) return true;
  if (words.length <= 3 && words.every((w) => /^[\p{Lu}\d&.-]{2,}$/u.test(w))) return true;
  return !isPersonName(s, kw) && /^\p{Lu}/u.test(s.trim()) && words.length <= 12;
}

/** Split leading role words off a name: "Council Members Tom Haskins" -> ["Council Members", "Tom Haskins"]. */
export function splitRolePrefix(s: string, kw: Keywords): [string | null, string] {
  const words = s.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 2 && kw.roleWords.test(withoutStop(fold(words[i]!)))) i++;
  if (i === 0) return [null, s.trim()];
  return [words.slice(0, i).join(' '), words.slice(i).join(' ')];
}
