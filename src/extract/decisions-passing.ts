// Decisions told in passing inside a paragraph ("Tras un breve intercambio, se acuerda por unanimidad ...", "It was
// agreed to ..."), read where the minutes list no agreements.
import type { Agreement } from '../types.js';
import { parseAgreement, type DueContext } from './agreement-item.js';
import { sentenceAround, sentenceStart } from './sentences.js';
import { gluedTail } from '../segment/wrap.js';

/** The bodies that decide, as a Spanish sentence names them before its verb ("la Junta acuerda ..."). */
const DECIDING_BODIES = '[Jj]unta|[Aa]samblea|[Cc]omisi[oó]n|[Cc]onsejo|[Cc]omit[eé]|[Pp]leno|[Dd]irectiva|[Cc]orporaci[oó]n|[Cc]oncejo|[Cc]abildo|[Dd]irectorio|[Mm]esa';

/** A decision told inside a sentence: "Tras un breve intercambio, se acuerda por unanimidad fijar ...", "It was agreed to ...". */
const DECIDED_IN_PASSING = new RegExp(
  // (A run-in heading's dash, "6. HALL HIRE.—It was agreed ...", comes before the keyword too, or the paragraph
  // opens with it: the discussion part after such a heading does.)
  String.raw`(?<=^|[\s,;:—–])(?:[Ss]e (?:acuerda|acord[oó]|resuelve|resolvi[oó])(?:,| (?!que\b))|[Ii]t was (?:unanimously )?agreed (?:that|to)\b)` +
    // "La Junta acuerda por unanimidad ...", "el Consejo Directivo resolvió ...": the body deciding, named first.
    String.raw`|(?<=^|[\s,;:])(?:[Ll]a|[Ee]l) (?:${DECIDING_BODIES})(?: [\p{L}]+){0,3}? (?:acuerda|acord[oó]|resuelve|resolvi[oó]|decide|decidi[oó])(?=[\s,])(?! que\b)` +
    // An approval put to the vote: "Puesto a votación, se aprueba por mayoría la Ordenanza ...", "el acta queda aprobada
    // por unanimidad" (a narrated "la misma que fue aprobada" recounts, as probes 4/6 read it).
    String.raw`|(?<=^|[\s,;:])(?:[Ss]e aprueban?(?=[\s,])(?! que\b)|(?:[Qq]ueda(?:n|ron)?|[Qq]ued[oó]) aprobad[oa]s?(?=[\s,.]))`,
  'gu',
);
/**
 * The approval wordings of DECIDED_IN_PASSING: what was approved may come before the verb, so the whole sentence is
 * the decision; it must give the vote ("por unanimidad", "con seis votos"), as a formal decision does: "Se acepta la
 * observación y el acta queda aprobada." only tells the minutes stand.
 */
const APPROVAL = /aprob|aprue/;
/** An approval wording's verb in a decision's text. */
export const APPROVED = /\b(?:se aprueban?|qued(?:an?|aron|[oó]) aprobad[oa]s?)\b/i;
const VOTE_GIVEN = /unanimidad|mayor[ií]a|\bvotos?\b/i;

/**
 * A run every DECIDED_IN_PASSING keyword holds. One pattern: six includes() scanned a two-byte paragraph six times
 * (decisionsInPassing 8% of segment() on long minutes, the pattern a third of it).
 */
const IN_PASSING_STEMS = /c(?:uerd|ord)|esuel|esolvi|agreed|ecid|aprue|aprobad/;

/** A line's filler after its last word ("... de la forma siguiente: - - - - ====--"), as notarial minutes close lines. */
const FILLER = /(?<=\S)\s*[-–—=_~<>]+(?:\s*[-–—=_~<>]+){2,}\s*$/u;

/** A filler run inside a text: three dashes or more, spaced or not. */
const FILLER_RUN = /[-–—=_~](?:\s*[-–—=_~]){2,}\s*/gu;

/** The offset in `lead` after its last filler run. */
function afterFiller(lead: string): number {
  let end = 0;
  FILLER_RUN.lastIndex = 0;
  for (let f = FILLER_RUN.exec(lead); f; f = FILLER_RUN.exec(lead)) end = f.index + f[0].length;
  return end;
}

/** A text without a filler run at its end. */
function fillerCut(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  // (Filler ends in one of - = _ ~ < > or a dash: most texts skip the pattern.)
  return last === 45 || last === 61 || last === 95 || last === 126 || last === 60 || last === 62 || last === 0x2013 || last === 0x2014 ? text.replace(FILLER, '') : text;
}

/**
 * A decision's text without a filler run at its end, nor the letters OCR made of a long run's end inside it
 * ("siguiente: - ---=====nnnonnnnnnno----").
 */
function withoutFiller(text: string): string {
  const t = fillerCut(text);
  const glued = gluedTail(t);
  return glued ? fillerCut(t.slice(0, t.length - glued)) : t;
}

/** A sentence opening with the vote that took its decision ("Por unanimidad de los presentes, se acuerda ..."). */
const VOTE_FIRST = /^(?:por (?:unanimidad|mayor[ií]a)|con (?:el )?(?:voto|\S+ votos?)|by (?:a )?(?:unanimous|majority)|unanimously)\b/iu;
/** A sentence naming the mover before its decision ("On the proposal of A, seconded by B, it was agreed ..."): the motion's words, kept. */
const MOVER_FIRST = /^(?:(?:on|upon) (?:the )?(?:proposal|motion) (?:of|by)|(?:it was )?(?:proposed|moved) by|a propuesta de|a moci[oó]n de)\b/iu;

/**
 * Decisions told in passing in paragraph `p` (which opens with no decision label), each from its keyword to the end of
 * its sentence, added to `out`.
 */
export function decisionsInPassing(p: string, ctx: DueContext, out: Agreement[]): void {
  // (Each keyword holds one of these runs: most paragraphs are passed over without the pattern.)
  if (!IN_PASSING_STEMS.test(p)) return;
  DECIDED_IN_PASSING.lastIndex = 0;
  for (let m = DECIDED_IN_PASSING.exec(p); m; m = DECIDED_IN_PASSING.exec(p)) {
    // "Por unanimidad, se acuerda ...": the words giving the vote belong to the decision, as a "Se acuerda por
    // unanimidad ..." would have them; other words before the keyword ("Tras el debate, ...") tell what led to it.
    const start = sentenceStart(p, m.index);
    const lead = p.slice(start, m.index);
    const approval = APPROVAL.test(m[0]);
    let from = VOTE_FIRST.test(lead) || MOVER_FIRST.test(lead) || approval ? start : m.index;
    // A filler run in the words before the verb ("Asuntos generales.- - - - - Sometida ...") ends a line: the sentence starts after it.
    if (from === start && lead.includes('- -')) from = start + afterFiller(lead);
    const text = sentenceAround(p, from, m.index + m[0].length, from);
    if (approval && !VOTE_GIVEN.test(text)) { DECIDED_IN_PASSING.lastIndex = m.index + m[0].length; continue; }
    const a = parseAgreement(withoutFiller(text), null, ctx);
    if (a.text) out.push(a);
    DECIDED_IN_PASSING.lastIndex = from + text.length;
  }
}
