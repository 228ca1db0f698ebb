// The Spanish ordinal sign after a number ("1.º", "5° Básico", "piso 2.º B") is a small raised mark OCR reads as
// "2", "*" or a closing quote: "1.2 Lectura del acta", "(2.* B)", "apoderada del 4” Básico". Read back only where the
// shape leaves no other reading:
// - a list whose items are numbered 1.2, 2.2, 3.2 ... (each number one more than the last, every "minor" a 2 or *):
//   subsections would count 1.1, 1.2, 1.3;
// - a number with the mark before a lone capital letter, the way floors and courses are written ("1.2 A)", "3? A");
// - a number with a closing quote and no opening one before it on the line, followed by a word;
// - "n." (número) with the mark before a number;
// - a list whose items are numbered "1?)", "2%)", "3*)" or "1* Lectura", "2? Informe" ... (consecutive numbers, each
//   with a mark after it, "Punto" before it or not): the "1°)" and "1° " numberings.
import type { Edit } from '../doc.js';

/** "1.2 Lectura", "PUNTO 2.* - Informe": a numbered item opening a line, maybe after "Punto" and before a dash. */
const LIST_ITEM = /^([ \t]*(?:[Pp]unto[ \t]+|PUNTO[ \t]+)?)(\d{1,2})\.([2*])(?=[ \t]+(?:[-–—][ \t]+)?\p{Lu})/gmu;
const BEFORE_LETTER = /(?<![\d.])(\d{1,2})\.([2*])(?=[ \t]+[A-H](?:[),;]|[ \t]*$))/gmu;
/** "3? A", "5* B," "6% A": a course or floor whose raised mark OCR read as a sign, with no period. */
const SIGN_BEFORE_LETTER = /(?<![\d.,])(\d{1,2})[?%*](?=[ \t]+[A-H](?:[),;]|[ \t]*$))/gmu;
const QUOTE_MARK = /(?<![\d.,])(\d{1,2})([”"])(?=[ \t]+\p{L})/gu;
/** "n.º 112" (número) as "n.* 112", "n.2 112", "n.? 112", "n.*2 1.234". */
const NUMERO = /\bn\.[2*?]{1,2}(?=[ \t]*\d)/gu;
/** "1?)" / "Punto 2%)" / "3* Informe" / "4%. Ruegos" / "5*.- Informe" opening a line: the mark OCR read for "°"
 *  after the item's number (and a comma it read for the period after it). */
const PAREN_ITEM = /^([ \t]*[-–—]?[ \t]*(?:Punto[ \t]+)?)(\d{1,2})([?%*"”'])(?:\)|([.,])?-?(?=[ \t]+\p{Lu}))/gmu;
/** "19. Lectura", "32.- Informe": the mark read as a 2 or a 9. Such an item counts only in a run with a mark no digit
 *  could be ("1*.-", "2*.-", "32.-"); alone it is item 19 or 32. */
const DIGIT_MARK_ITEM = /^([ \t]*[-–—]?[ \t]*(?:Punto[ \t]+)?)(\d)([29])([.,])-?(?=[ \t]+\p{Lu})/gmu;

export function repairOrdinalSign(raw: string, isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  const mark = (start: number, confidence: number, text = '.º', end = start + 2) => {
    if (isOcr(start)) edits.push({ start, end, text, kind: 'ocr', confidence, rule: 'repairOrdinalSign' });
  };
  // Numbered lists: runs of consecutive numbers, all with the bent mark.
  const items = [...raw.matchAll(LIST_ITEM)].map((m) => ({ n: Number(m[2]), at: m.index + m[1]!.length + m[2]!.length }));
  // A subsection numbered N.1 anywhere means N.2 is one too.
  const subsections = /^[ \t]*\d{1,2}\.1[ \t]/m.test(raw);
  if (!subsections) {
    let run: typeof items = [];
    const close = () => { if (run.length >= 2) for (const it of run) mark(it.at, 0.8); run = []; };
    for (const it of items) {
      if (run.length && it.n !== run[run.length - 1]!.n + 1) close();
      run.push(it);
    }
    close();
  }
  // "1?)" lists: runs of consecutive numbers, all with a bent mark, one at least no digit.
  type Item = { n: number; at: number; digit: boolean; comma: boolean };
  const marked: Item[] = [];
  const item = (m: RegExpMatchArray, digit: boolean): Item =>
    ({ n: Number(m[2]), at: m.index! + m[1]!.length + m[2]!.length, digit, comma: m[4] === ',' });
  for (const m of raw.matchAll(PAREN_ITEM)) marked.push(item(m, false));
  for (const m of raw.matchAll(DIGIT_MARK_ITEM)) marked.push(item(m, true));
  marked.sort((a, b) => a.at - b.at);
  let run: Item[] = [];
  const closeRun = () => {
    if (run.length >= 2 && run.some((it) => !it.digit)) for (const it of run) mark(it.at, 0.8, it.comma ? '°.' : '°', it.at + (it.comma ? 2 : 1));
    run = [];
  };
  for (const it of marked) {
    if (run.length && it.n !== run[run.length - 1]!.n + 1) closeRun();
    run.push(it);
  }
  closeRun();
  for (const m of raw.matchAll(BEFORE_LETTER)) {
    const at = m.index + m[1]!.length;
    if (!edits.some((e) => e.start === at)) mark(at, 0.75);
  }
  for (const m of raw.matchAll(SIGN_BEFORE_LETTER)) mark(m.index + m[1]!.length, 0.75, '°', m.index + m[1]!.length + 1);
  for (const m of raw.matchAll(QUOTE_MARK)) {
    const lineStart = raw.lastIndexOf('\n', m.index) + 1;
    // A quotation closing here was opened before it on the line.
    if (/[“"«]/.test(raw.slice(lineStart, m.index))) continue;
    mark(m.index + m[1]!.length, 0.75, '°', m.index + m[1]!.length + 1);
  }
  for (const m of raw.matchAll(NUMERO)) mark(m.index + 1, 0.8, '.º', m.index + m[0].length);
  return edits;
}
