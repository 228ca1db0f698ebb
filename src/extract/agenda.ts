// Agenda items from the agenda zone, numbering kept as printed ("1", "I", "1.º", "5.1", "a").
import type { AgendaItem } from '../types.js';
import type { Labelled } from '../segment/zones.js';
import { BULLET, splitNumbering, squash, stripBullet } from './text.js';

/** Agenda items; wrapped lines join the item above, a number alone on a line numbers the next line. */
export function extractAgenda(lines: Labelled[]): AgendaItem[] {
  const items: AgendaItem[] = [];
  let pendingNumber: string | null = null;
  for (const l of lines) {
    if (l.zone !== 'agenda' || l.blank || (l.heading && !l.after)) continue;
    const text = squash(l.heading ? l.after : l.text);
    const n = splitNumbering(text);
    if (n) {
      const rest = squash(n.rest);
      if (!rest) { pendingNumber = n.number; continue; }
      items.push({ number: n.number, title: rest });
      continue;
    }
    if (pendingNumber) {
      items.push({ number: pendingNumber, title: text });
      pendingNumber = null;
      continue;
    }
    const last = items[items.length - 1];
    const bullet = BULLET.test(text);
    if (last && !bullet && (/^\p{Ll}/u.test(text) || !/[.:;)?]$/u.test(last.title) && last.number === null)) {
      last.title = `${last.title} ${text}`;
      continue;
    }
    const title = squash(stripBullet(text));
    if (title) items.push({ number: null, title });
  }
  return items.filter((i) => i.title.length > 1);
}
