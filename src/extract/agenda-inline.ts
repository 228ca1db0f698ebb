// An agenda written inside a sentence: "... el siguiente orden del día: 1. Lista de asistencia; 2. Lectura
// del acta anterior; 3. Asuntos generales." Used only when no agenda zone was found.
import type { AgendaItem } from '../types.js';
import type { Keywords } from '../segment/keywords.js';
import type { Labelled } from '../segment/zones.js';
import { squash } from './text.js';

/** Inline item numbers: "1.", "2)", "b)" after the start, a space, a semicolon or a comma. */
const ITEM = /(?:^|[\s;,])(\d{1,2}|[a-h])[.)]\s+(?=\p{Lu})/gu;

/** Items of the first sentence that names the agenda and then numbers at least two items from 1 (or a). */
export function inlineAgenda(lines: Labelled[], kw: Keywords): AgendaItem[] {
  for (const l of lines) {
    // A colon is needed before the list: a cheap gate before the keyword regex.
    if (l.blank || l.zone === 'furniture' || l.zone === 'agenda' || !l.text.includes(':')) continue;
    const m = kw.agendaMention.exec(l.text);
    if (!m) continue;
    const after = l.text.slice(m.index + m[0].length);
    const colon = after.search(/[:]/);
    if (colon < 0 || colon > 40) continue;
    const list = squash(after.slice(colon + 1));
    const marks = [...list.matchAll(ITEM)];
    if (marks.length < 2 || !['1', 'a'].includes(marks[0]![1]!) || marks[0]!.index! > 2) continue;
    const items: AgendaItem[] = [];
    let expected = marks[0]![1]!;
    for (let k = 0; k < marks.length; k++) {
      const mk = marks[k]!;
      // Numbers must run in order (1, 2, 3 or a, b, c); a figure out of order is part of an item's text.
      if (mk[1] !== expected) continue;
      const start = mk.index! + mk[0].length;
      const nextMark = marks.slice(k + 1).find((n) => n[1] === next(expected));
      let title = list.slice(start, nextMark ? nextMark.index : undefined).trim();
      // The last item ends with its sentence, whose stop is not the item's when the items before it had none
      // ("1) Lectura del acta; 2) Informe de Tesorería."); an abbreviation keeps its period.
      if (!nextMark) {
        title = title.replace(/\.\s+\p{Lu}.*$/u, '.');
        if (items.length && !items.some((i) => i.title.endsWith('.'))) title = title.replace(/(?<=(?:^|\s)\p{L}[\p{Ll}]+)\.$/u, '');
      }
      items.push({ number: expected, title: title.replace(/[;,]\s*(?:y\s+)?$/u, '').trim() });
      expected = next(expected);
      if (!nextMark) break;
    }
    if (items.length >= 2) return items;
  }
  return [];
}

function next(n: string): string {
  return /\d/.test(n) ? String(Number(n) + 1) : String.fromCharCode(n.charCodeAt(0) + 1);
}
