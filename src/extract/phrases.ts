import { trimEndDot } from './text.js';
// Capitalised noun phrases in running text ("el Consejo de la Facultad de Ciencias Sociales y Educación, con"),
// used to find the organisation a minute belongs to.
const CONNECTOR = /^(de|del|la|las|los|el|y|e|en|of|the|and|for|&|para)$/u;
const NUMBER_MARK = /^(n[°º*?”]\.?|n\.º|no\.|nº|n°)$/iu;
const SUFFIX = /^(s\.a\.?|inc\.?|ltd[a]?\.?|spa|llc|s\.l\.?|a\.g\.)$/iu;

export interface Phrase {
  text: string;
  start: number;
}

/** Every maximal run of capitalised words (with inner connectors) in `s`. */
export function capitalisedPhrases(s: string): Phrase[] {
  const out: Phrase[] = [];
  const re = /\S+/gu;
  let words: Array<{ w: string; start: number; end: number }> = [];
  const close = () => {
    while (words.length && (CONNECTOR.test(words[words.length - 1]!.w) || NUMBER_MARK.test(words[words.length - 1]!.w))) words.pop();
    if (words.length) out.push({ text: trimEndDot(s.slice(words[0]!.start, words[words.length - 1]!.end).replace(/[,;:]$/, '')), start: words[0]!.start });
    words = [];
  };
  let prevNumberMark = false;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const raw = m[0];
    const w = raw.replace(/^[«"“(]+/u, '').replace(/[»"”),;:]+$/u, '');
    const cap = /^\p{Lu}/u.test(w) && !/^\p{Lu}\.?$/u.test(w) || SUFFIX.test(w);
    const ok = cap || (words.length > 0 && (CONNECTOR.test(w) || NUMBER_MARK.test(w) || (prevNumberMark && /^\d/.test(w))));
    if (!ok) { close(); prevNumberMark = false; continue; }
    words.push({ w, start: m.index, end: m.index + raw.replace(/[,;:)»"”]+$/u, '').length });
    prevNumberMark = NUMBER_MARK.test(w);
    // A comma ends the phrase unless a company suffix follows ("Council, Inc.").
    if (/[,;:]$/.test(raw) || /[.]$/.test(raw) && !SUFFIX.test(w) && !/^\p{Lu}\.$/u.test(w)) {
      const next = s.slice(m.index + raw.length).trimStart().split(/\s+/)[0] ?? '';
      if (!(/,$/.test(raw) && SUFFIX.test(next))) close();
    }
  }
  close();
  return out;
}
