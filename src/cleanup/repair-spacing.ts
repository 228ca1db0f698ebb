// Conservative spacing: runs of spaces inside a line become one, and a space before , ; : . ) goes
// ("horas , en" -> "horas, en"). Line structure and indentation at line starts are left alone.
import type { Edit } from '../doc.js';

export function repairSpacing(raw: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of raw.matchAll(/(?<=\S)[ \t]{2,}(?=\S)/g)) {
    edits.push({ start: m.index, end: m.index + m[0].length, text: ' ', kind: 'spacing', confidence: 0.9, rule: 'repairSpacing' });
  }
  for (const m of raw.matchAll(/(?<=\p{L})[ \t]+(?=[,;)](\s|$))/gu)) {
    edits.push({ start: m.index, end: m.index + m[0].length, text: '', kind: 'spacing', confidence: 0.7, rule: 'repairSpacing' });
  }
  return edits;
}
