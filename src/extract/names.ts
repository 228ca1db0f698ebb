// Person names and institutions: honorifics, capitalised runs, and telling one from the other.
import { anyOf, type Keywords } from '../segment/keywords.js';
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

/**
 * The capitalised name run starting at the beginning of `s` ("Luis Alberto Huenchullán Catrileo, y ..."):
 * capitalised words, initials and inner particles ("de la"), stopping at punctuation or lower-case words.
 */
export function nameRun(s: string): string {
  const re = /\S+/gu;
  const taken: string[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const raw = m[0];
    const w = raw.replace(/[,;:)]+$/u, '');
    const ends = w !== raw || /[.]$/.test(w) && !/^[A-ZÁÉÍÓÚÑ]\.$/u.test(w);
    if (CAP.test(w) || /^[A-ZÁÉÍÓÚÑ]\.$/u.test(w) || (NICKNAME.test(w) && taken.length)) taken.push(w);
    else if (PARTICLE.test(w) && w.toLowerCase() !== 'y' && taken.length) taken.push(w);
    else break;
    if (ends) break;
  }
  while (taken.length && PARTICLE.test(taken[taken.length - 1]!)) taken.pop();
  const out = taken.join(' ').replace(/\.$/, (d) => (/\s[A-ZÁÉÍÓÚÑ]\.$/u.test(taken.join(' ')) ? d : ''));
  return out;
}

/** True when `s` reads as a person's name (2-6 capitalised words, no institution word). */
export function isPersonName(s: string, kw: Keywords): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w) => CAP.test(w) || PARTICLE.test(w) || NICKNAME.test(w)) || !CAP.test(words[0]!) || NICKNAME.test(words[words.length - 1]!)) return false;
  // An acronym among mixed-case words marks an institution ("SENDA Previene Coyhaique").
  const caps = words.filter((w) => /^\p{Lu}{3,}$/u.test(w)).length;
  if (caps > 0 && caps < words.length) return false;
  if (words.filter((w) => /^\p{Lu}{2,}$/u.test(w)).length >= 2 && words.length <= 2) return false;
  if (kw.roleWords.test(fold(words[0]!))) return false;
  const body = anyOf(kw, 'orgHeads', 'personOrgHeads', 'institutionWords');
  return !words.some((w) => body.test(withoutStop(fold(w))));
}

/** A word without one trailing comma or period. */
function withoutStop(w: string): string {
  const c = w.charCodeAt(w.length - 1);
  return c === 44 || c === 46 ? w.slice(0, -1) : w;
}

/** True when `s` reads as an institution ("Ministerio de Salud", "SERNAC", "IRM"). */
export function isInstitution(s: string, kw: Keywords): boolean {
  const words = s.trim().split(/\s+/);
  const body = anyOf(kw, 'orgHeads', 'institutionWords');
  if (words.some((w) => body.test(withoutStop(fold(w))))) return true;
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
