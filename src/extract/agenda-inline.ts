// An agenda written inside a sentence: "... el siguiente orden del día: 1. Lista de asistencia; 2. Lectura
// del acta anterior; 3. Asuntos generales." Used only when no agenda zone was found.
import type { AgendaItem } from '../types.js';
import type { Keywords } from '../segment/keywords.js';
import type { Labelled } from '../segment/zones.js';
import { itemKey } from './numbers.js';
import { overlap } from './discussion.js';
import { splitNumbering, squash } from './text.js';

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
  const listed = listedAgenda(lines);
  return listed.length ? listed : announcedAgenda(lines, kw);
}

/** The agenda named in a sentence ending in a colon: "... dio lectura a la agenda, la cual fue aprobada así:". */
const NAMES_AGENDA = /\bagenda\b/i;

/**
 * A numbered list right under a sentence that names the agenda and ends in a colon ("SEGUNDO: El secretario dio
 * lectura a la agenda, la cual fue aprobada por unanimidad:" / "1. Lectura ..." / "2. ..."), wherever the labeller put
 * it: the agenda, its items numbered in order from 1 (or a) and no longer than a title.
 */
function announcedAgenda(lines: Labelled[], kw: Keywords): AgendaItem[] {
  for (let i = 0; i + 2 < lines.length; i++) {
    const t = lines[i]!.text.trimEnd();
    if (!t.endsWith(':') || lines[i]!.blank || !(NAMES_AGENDA.test(t) || kw.agendaMention.test(t))) continue;
    const items: AgendaItem[] = [];
    // (OCR may set the items apart by blank lines.)
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[j]!.blank) continue;
      const n = splitNumbering(lines[j]!.text);
      if (!n || n.rest.length > LISTED_TITLE) break;
      const key = itemKey(n.number);
      if (items.length ? key !== next(itemKey(items[items.length - 1]!.number!)) : key !== '1' && key !== 'a') break;
      items.push({ number: n.number, title: squash(n.rest) });
    }
    if (items.length >= 2) return items;
  }
  return [];
}

/** A listed item's title at most this long: longer numbered lines are the discussion's paragraphs. */
const LISTED_TITLE = 100;

/**
 * A numbered list under a discussion heading ("Temas tratados:" / "1. Balance ..." / "2. ...") whose items the minutes
 * then treat under numbered headings of the same numbers and titles: the agenda, printed under a heading the labeller
 * took for the discussion's.
 */
function listedAgenda(lines: Labelled[]): AgendaItem[] {
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i]!;
    if (h.zone !== 'discussion' || !h.heading || h.after) continue;
    const items: AgendaItem[] = [];
    let j = i + 1;
    // (OCR may set the items apart by blank lines.)
    for (; j < lines.length; j++) {
      if (lines[j]!.blank) continue;
      const n = splitNumbering(lines[j]!.text);
      if (!n || n.rest.length > LISTED_TITLE || itemKey(n.number) !== (items.length ? next(itemKey(items[items.length - 1]!.number!)) : itemKey(n.number))) break;
      if (!items.length && !['1', 'a'].includes(itemKey(n.number))) break;
      items.push({ number: n.number, title: squash(n.rest) });
    }
    if (items.length < 2) continue;
    // Each item must come back further down, numbered as listed and titled alike (OCR may read the two apart).
    const titles = new Map<string, string>();
    for (const a of items) titles.set(itemKey(a.number!), a.title);
    const back = new Set<string>();
    for (let k = j; k < lines.length; k++) {
      const n = lines[k]!.blank ? null : splitNumbering(lines[k]!.text);
      const title = n ? titles.get(itemKey(n.number)) : undefined;
      if (title !== undefined && n!.rest.length <= LISTED_TITLE && overlap(n!.rest, title) >= 0.6) back.add(itemKey(n!.number));
    }
    if (back.size === items.length) return items;
  }
  return [];
}

function next(n: string): string {
  return /\d/.test(n) ? String(Number(n) + 1) : String.fromCharCode(n.charCodeAt(0) + 1);
}
