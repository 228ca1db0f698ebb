// OCR also invents accents ("ocurridós", "extraordinário", "méeting"): an accented common word that is not a
// form of the language, while its unaccented key is, becomes the single form the lexicon has for that key, or the
// unaccented one when it has several. Only lower-case words (names keep their accents: "Macías" is no "macias"),
// not a stressed last syllable, and not a spelling the document repeats.
import type { Edit } from '../doc.js';
import type { Token } from './tokens.js';
import type { Vocabulary } from './vocabulary.js';
import type { WordMemory } from './memory.js';
import { transferAccents } from './restore-accents.js';

const LOWER_FORM = /^\p{Ll}+$/u;
/** Combining grave and circumflex accents. */
const OTHER_ACCENTS = /[\u0300\u0302]/g;

export function dropFalseAccents(tokens: readonly Token[], vocab: Vocabulary, memory: WordMemory,
  isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  const picks = new Array<string | null | undefined>(vocab.size);
  for (const t of tokens) {
    const info = vocab.at(t.index);
    if (!info.accented || !info.forms || !LOWER_FORM.test(info.text)) continue;
    let pick = picks[info.id];
    if (pick === undefined) {
      const forms = info.forms;
      const known = forms.some((f) => f.toLowerCase() === info.lower);
      // One common-word form for the key, and this spelling seen nowhere else. With several: the form with an acute
      // where this one has a grave or circumflex ("domèstica" -> "doméstica"), else the unaccented one ("estúdio":
      // "estudio", "estudió"), a speck read as an accent being likelier than an accent moved and one added. (A lone
      // letter is OCR noise either way: "é" stays.)
      const acute = info.lower.normalize('NFD').replace(OTHER_ACCENTS, '\u0301').normalize('NFC');
      const only = forms.length === 1 && LOWER_FORM.test(forms[0]) ? forms[0] : forms.includes(acute) ? acute :
        forms.includes(info.key) && info.key.length > 2 ? info.key : null;
      // A stressed last syllable ("mamás") is how many real words the dictionary lacks are written: leave it.
      const finalStress = info.text.length >= 5 && /[áéíóú][sn]?$/.test(info.text);
      pick = !known && only && !finalStress && memory.count(info.text) <= info.count ? transferAccents(info.text, only) : null;
      if (pick !== null && pick.toLowerCase() !== only) pick = null; // case or length mismatch: unsure
      picks[info.id] = pick;
    }
    if (!pick || pick === t.text || !isOcr(t.start)) continue;
    edits.push({ start: t.start, end: t.end, text: pick, kind: 'ocr', confidence: 0.75, rule: 'dropFalseAccents' });
  }
  return edits;
}
