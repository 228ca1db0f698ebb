// Judges whether a PDF text layer is real text or junk (a bad invisible OCR layer, broken font encodings),
// using only the characters: share of letters, share of word-like tokens, and impossible characters.

export interface TextQuality {
  good: boolean;
  reason: string;
}

/** A token that reads like a word in a Latin-script language: letters with a vowel, at most a trailing mark. */
const WORDLIKE = /^[(¿¡"'«]?\p{L}*[aeiouyáéíóúüàèìòùâêîôûäëïöAEIOUYÁÉÍÓÚÜ]\p{L}*[.,;:)?!"'»]?$/u;
/** Private-use, replacement and control characters: what broken font encodings produce. */
const BROKEN = /[\p{Co}\uFFFD\p{Cc}]/gu;

export function judgeTextLayer(text: string): TextQuality {
  const visible = text.replace(/\s+/g, '');
  if (visible.length === 0) return { good: false, reason: 'empty' };
  const broken = (text.replace(/[\n\t\r\f]/g, '').match(BROKEN) ?? []).length;
  if (broken / visible.length > 0.1) return { good: false, reason: 'unmapped characters' };
  const letters = (visible.match(/\p{L}/gu) ?? []).length;
  if (letters / visible.length < 0.5) return { good: false, reason: 'few letters' };
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  const longTokens = tokens.filter((t) => t.length >= 2);
  const wordlike = longTokens.filter((t) => WORDLIKE.test(t) && !hasCaseNoise(t)).length;
  // Short layers (a page number, a stamp) carry too little evidence to reject.
  if (longTokens.length >= 8 && wordlike / longTokens.length < 0.55) return { good: false, reason: 'few word-like tokens' };
  return { good: true, reason: 'ok' };
}

/** "tHe", "AcTa": case flips inside a word are an OCR-layer hallmark, rare in real text. */
function hasCaseNoise(token: string): boolean {
  const core = token.replace(/[^\p{L}]/gu, '');
  return /\p{Ll}\p{Lu}\p{Ll}/u.test(core) || /^\p{Ll}+\p{Lu}+$/u.test(core);
}
