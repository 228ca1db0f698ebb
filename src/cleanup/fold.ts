// Word folding and case patterns: the lexicon is keyed by folded forms, corrections keep the writer's case.

const ACCENTS: Record<string, string> = {
  á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ü: 'u', à: 'a', è: 'e', ì: 'i', ò: 'o', ù: 'u', â: 'a', ê: 'e', î: 'i',
  ô: 'o', û: 'u', ä: 'a', ë: 'e', ï: 'i', ö: 'o',
};

/** Lower-cases and drops acute/grave/diaeresis accents; keeps ñ (typists and OCR treat it as its own letter). */
export function foldKey(word: string): string {
  if (isAscii(word)) return word.toLowerCase();
  // Combining marks need composing first; precomposed text (the usual case) skips the costly normalize.
  const lower = (/[\u0300-\u036f]/.test(word) ? word.normalize('NFC') : word).toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    out += ch.charCodeAt(0) < 128 ? ch : ACCENTS[ch] ?? ch;
  }
  return out;
}

/** True when every character is 7-bit ASCII (nothing to fold but case). */
export function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return false;
  return true;
}

/** Drops accents but keeps case: "Sesión" -> "Sesion". */
export function stripAccents(word: string): string {
  let out = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const plain = ACCENTS[lower];
    out += plain === undefined ? ch : lower === ch ? plain : plain.toUpperCase();
  }
  return out;
}

export function hasAccent(word: string): boolean {
  if (isAscii(word)) return false;
  return /[áéíóúüàèìòùâêîôûäëïöÁÉÍÓÚÜÀÈÌÒÙÂÊÎÔÛÄËÏÖ]/.test(word);
}

export type CasePattern = 'lower' | 'upper' | 'title' | 'mixed';

export function casePattern(word: string): CasePattern {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters === '') return 'lower';
  if (letters === letters.toLowerCase()) return 'lower';
  if (letters === letters.toUpperCase()) return letters.length === 1 ? 'title' : 'upper';
  const rest = letters.slice(1);
  if (letters[0] === letters[0].toUpperCase() && rest === rest.toLowerCase()) return 'title';
  return 'mixed';
}

/** Gives `form` the case pattern of `model`; a lexicon form that is itself capitalised (a name) stays so. */
export function applyCase(form: string, model: CasePattern): string {
  switch (model) {
    case 'upper': return form.toUpperCase();
    case 'title': return form.charAt(0).toUpperCase() + form.slice(1);
    default: return form;
  }
}
