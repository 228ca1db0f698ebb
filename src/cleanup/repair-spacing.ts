// Conservative spacing: runs of spaces inside a line become one, and a space before , ; ) goes
// ("horas , en" -> "horas, en"). Line structure and indentation at line starts are left alone, and so are tabs:
// they separate table cells (two in a row keep an empty cell), and a run of spaces around a tab becomes that tab.
import type { Edit } from '../doc.js';

const LETTER = /\p{L}/u;
const isBlank = (c: number): boolean => c === 32 || c === 9;
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);

export function repairSpacing(raw: string): Edit[] {
  const edits: Edit[] = [];
  // One scan over runs of blanks (a char loop: the lookbehind regexes cost more than all the word rules).
  for (let i = 1; i < raw.length; i++) {
    if (!isBlank(raw.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < raw.length && isBlank(raw.charCodeAt(j))) j++;
    const before = raw[i - 1];
    const after = raw[j];
    if (after !== undefined && !isSpace(before)) {
      if ((after === ',' || after === ';' || after === ')') && isSpace(raw[j + 1]) && LETTER.test(before)) {
        edits.push({ start: i, end: j, text: '', kind: 'spacing', confidence: 0.7, rule: 'repairSpacing' });
      } else if (j - i >= 2 && !isSpace(after)) {
        const run = raw.slice(i, j);
        const tabs = run.replace(/ /g, '');
        if (tabs === '') edits.push({ start: i, end: j, text: ' ', kind: 'spacing', confidence: 0.9, rule: 'repairSpacing' });
        else if (tabs !== run) edits.push({ start: i, end: j, text: tabs, kind: 'spacing', confidence: 0.9, rule: 'repairSpacing' });
      }
    }
    i = j;
  }
  return edits;
}
