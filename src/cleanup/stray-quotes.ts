// OCR reads a speck before a word as an opening quote ("‘spoke in opposition", "con las “organizaciones de la
// sociedad civil.", "«ya fue reclamada"): an opening mark that nothing closes before the next mark of its kind (or
// within a long paragraph's length) is dropped when it opens a lower-case word. A quotation that opens on a capital
// ("la Fracción 16 “Informar al ...", a speech quoted over many lines) is left: its closing mark may be far off, or be
// what OCR lost.
import type { Edit } from '../doc.js';
import type { Lang } from '../types.js';

/** Opening marks and what closes each; the straight apostrophe only in Spanish (English elides with it: "'til"). */
const CLOSERS: Record<string, RegExp> = { '‘': /’(?!\p{L})/u, '“': /[”"]/u, '«': /»/u, "'": /'(?!\p{L})/u };
const WINDOW = 600;

export function dropStrayQuotes(raw: string, lang: Lang, isOcr: (offset: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  // Cheap gate: most texts hold no opening quote at all.
  if (!/[‘“«']/u.test(raw)) return edits;
  for (const m of raw.matchAll(/(^|[ \t\n])([‘“«'])(\p{L})/gmu)) {
    const mark = m[2];
    if (mark === "'" && lang !== 'es') continue;
    if (!/\p{Ll}/u.test(m[3])) continue;
    const at = (m.index ?? 0) + m[1].length;
    let rest = raw.slice(at + 1, at + 1 + WINDOW);
    // Up to the next mark of the same kind: a quotation may nest another («... “...” ...»).
    // (Not the straight apostrophe: it closes itself.)
    const next = mark === "'" ? -1 : rest.indexOf(mark);
    if (next >= 0) rest = rest.slice(0, next);
    if (CLOSERS[mark].test(rest) || !isOcr(at)) continue;
    edits.push({ start: at, end: at + 1, text: '', kind: 'other', confidence: 0.6, rule: 'dropStrayQuotes' });
  }
  return edits;
}
