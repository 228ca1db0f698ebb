// The organization a header names: the letterhead, the title's body or the opening sentence's full name for it, and
// the meeting words and kinds that are no part of a body's name.
import { type Keywords } from '../segment/keywords.js';
import type { SegmentContext } from '../segment/context.js';
import type { Labelled } from '../segment/zones.js';
import { findDates, parseDate } from './dates.js';
import { firstPhrase } from './phrases.js';
import { alternatives, beforeFolding, beforeFoldingOrNull, fold, foldCode, squash, unmark } from './text.js';

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/-]/g;

function strippedTitle(title: string): string {
  return title.replace(/^(?:(?:acta|reuni[oó]n|sesi[oó]n|minutes?|(?:regular |special |annual )?meeting|of|the|de|la|del|ordinaria|extraordinaria)\s+)+/iu, '');
}

/** The opening sentences are the prose lines among the first 300. */
const OPENING_LINES = 300;

function isOpeningProse(l: Labelled, ctx: SegmentContext): boolean {
  return !l.blank && l.zone !== 'furniture' && ctx.isProse(l);
}

/** One alternative of an orgHeads table: a test of a whole folded word, and a (global) gate over unfolded lines. */
interface HeadGate {
  word: RegExp;
  line: RegExp;
}

const headGates = new WeakMap<Keywords, HeadGate[] | null>();

/**
 * Per keyword table, built once: for each orgHeads word (the table is "^(word|...)$"), a gate over unfolded lines
 * that may fold to hold it. null when the table has another shape or a word the gate cannot loosen.
 */
function headGatesOf(kw: Keywords): HeadGate[] | null {
  let gates = headGates.get(kw);
  if (gates !== undefined) return gates;
  const inner = /^\^\((.*)\)\$$/.exec(kw.orgHeads.source)?.[1];
  gates = null;
  if (inner !== undefined) {
    const built: HeadGate[] = [];
    for (const alt of alternatives(inner)) {
      const line = beforeFoldingOrNull(alt);
      if (!line) { built.length = 0; break; }
      built.push({ word: new RegExp(`^(?:${alt})$`, kw.orgHeads.flags), line: new RegExp(line.source, 'g') });
    }
    if (built.length) gates = built;
  }
  headGates.set(kw, gates);
  return gates;
}

/**
 * The body a title names ("Consejo de Facultad ...") as one of the first 15 opening sentences spells it: the first
 * capitalised phrase there starting with `name`, whose first word `head` (folded, without a final comma or period)
 * is an orgHeads word. Prose lines are counted only up to a line that holds the name.
 */
function namedInOpening(name: string, head: string, all: Labelled[], ctx: SegmentContext): string | null {
  const folded = fold(name);
  // A line holding the name holds its head word where the name starts: the gate built once for that word finds the
  // places, and the name is compared there unit by unit (fold() maps each unit on its own). No pattern is built
  // (and compiled) for each document's name, and only a line holding the name is folded.
  const gate = headGatesOf(ctx.kw)?.find((g) => g.word.test(head))?.line;
  const probe = gate ? null : beforeFolding(folded.slice(0, 12).replace(REGEX_SPECIAL, '\\$&'));
  const mayHold = (text: string): boolean => {
    if (probe) return probe.test(text);
    gate!.lastIndex = 0;
    for (let m = gate!.exec(text); m; m = gate!.exec(text)) {
      if (foldsTo(text, m.index, folded)) return true;
      gate!.lastIndex = m.index + 1;
    }
    return false;
  };
  let prose = 0;
  let counted = 0;
  for (let i = 0; i < all.length && i < OPENING_LINES; i++) {
    const l = all[i]!;
    if (l.blank || l.zone === 'furniture' || l.text.length < folded.length || !mayHold(l.text)) continue;
    for (; counted < i; counted++) if (isOpeningProse(all[counted]!, ctx)) prose++;
    if (prose >= 15) break;
    // A phrase starting with the name puts the whole folded name in the folded line.
    if (!ctx.isProse(l) || !ctx.folded(l).includes(folded)) continue;
    // A phrase shorter than the name cannot start with it (fold keeps the length): it is not folded.
    const p = firstPhrase(l.text, (ph) => ph.text.length >= folded.length && fold(ph.text).startsWith(folded));
    if (p) return p.text;
  }
  return null;
}

/** fold(text) holds `folded` at `at`. */
function foldsTo(text: string, at: number, folded: string): boolean {
  if (at + folded.length > text.length) return false;
  for (let j = 0; j < folded.length; j++) if (foldCode(text.charCodeAt(at + j)) !== folded.charCodeAt(j)) return false;
  return true;
}

export function organization(title: string | null, titleIdx: number, head: Labelled[], all: Labelled[], ctx: SegmentContext): string | null {
  const { kw, lang } = ctx;
  // Folded, without one final comma or period.
  const headWord = (w: string) => {
    const f = fold(w);
    return f.endsWith(',') || f.endsWith('.') ? f.slice(0, -1) : f;
  };
  const isHead = (w: string) => kw.orgHeads.test(headWord(w));
  if (title) {
    const st = strippedTitle(title);
    const first = st && headWord(st.split(/\s+/)[0]!);
    const named = first && kw.orgHeads.test(first) ? namedInOpening(st, first, all, ctx) : null;
    // "Asamblea General Extraordinaria", "Asamblea General Ordinaria de Ejidatarios" name the meeting, not a body.
    if (named && !MEETING_KIND.test(fold(named))) return named;
  }
  const after = head.find((l) => l.index > titleIdx && !l.blank);
  if (after && titleIdx >= 0) {
    const t = squash(after.text);
    // ("ASAMBLEA GENERAL ORDINARIA DE AFILIADOS" under "ACTA N° 112" names the meeting, no body.)
    if (!/[:\t]/.test(after.text) && t.split(/\s+/).some(isHead) && !MEETING_KIND.test(fold(t)) && !ctx.times(t).length && !parseDate(t) && firstPhrase(t, () => true)?.text === t.replace(/[.,]$/, '')) {
      return ofLetterhead(withoutMeetingWords(t)!, head, titleIdx, all, ctx) ?? t;
    }
  }
  const before = head.filter((l) => !l.blank && (titleIdx < 0 || l.index < titleIdx));
  // A letterhead line may carry the date in its right margin ("PARKS COMMISSION      May 4, 2019"), in a
  // cell of its own when a PDF's text layer sets it apart. A note in brackets ("(A company limited by guarantee,
  // Company No. ...)") and a postal address ("KM 6, IGBOHO ROAD, ...") name no body.
  const letterhead = (l: Labelled) => !l.text.includes(':') && (!l.text.includes('\t') || l.text.split('\t').slice(1).every((c) => !c.trim() || parseDate(c.trim()))) && !l.text.trimStart().startsWith('(') && !isAddress(l.text);
  // (In English an institution's noun names a body too: "Cumberland Valley Community Food Bank". A Spanish
  // letterhead's institution, "LICEO ...", is often the host of the council that meets.)
  const names = (l: Labelled) => letterhead(l) && squash(l.text.split('\t')[0]!).split(/\s+/).some((w) => isHead(w) || (lang === 'en' && kw.institutionWords.test(headWord(w))));
  // The line nearest the title names the body that meets ("Halvorsen Fiberboard, Inc." over "Joint Safety
  // Committee"), unless it is the office keeping the minutes ("SECRETARÍA DEL AYUNTAMIENTO").
  // A title naming its committee ("Minutes of the Meeting of the Planning Committee") under a council's letterhead
  // is the council's too: the letterhead names the body.
  const nearestLetterhead = () => before.findLast((l) => names(l) && !OFFICE.test(l.text)) ?? before.find(names);
  // (A letterhead ending in the title's noun, "LITTLE HATHERBY PARISH COUNCIL" over "... of Little Hatherby Parish
  // Council", names the same body, as the title spells it.)
  const otherLetterhead = (body: string) => {
    const l = nearestLetterhead();
    const name = l && letterheadName(l.text, isHead, lang);
    return name && headWord(name.split(/\s+/).at(-1)!) !== headWord(body.split(/\s+/).at(-1)!) ? name : undefined;
  };
  // The first two prose lines among the first 300, each read as soon as it is found: the first one usually names
  // the body, and the lines up to the second one are then not tested for prose. A letterhead line naming a body
  // comes before the second one, which is often already who attended ("... inspector de la Gobernación").
  let second: string | null = null;
  for (let i = 0, seen = 0; i < all.length && i < OPENING_LINES && seen < 2; i++) {
    const l = all[i]!;
    if (!isOpeningProse(l, ctx)) continue;
    seen++;
    const p = firstPhrase(l.text, ({ text, start }) => {
      // "en el auditorio de la Municipalidad ...": the owner of the place met in, not the body meeting.
      if (start > 12 && placeOwner(l.text, start, kw)) return false;
      if (lang === 'es') {
        // A name of two words or more whose first word is the body's noun; only that word is read.
        const space = text.search(/\s/);
        return space > 0 && isHead(text.slice(0, space)) && !MEETING_KIND.test(fold(text));
      }
      // "The City Council of ..." is read without its article.
      const words = bareOfArticle(text).split(/\s+/);
      // An English name ends in its noun: one ending in a place's ("Council Chambers", "Town Hall") is a place.
      const last = headWord(words.at(-1)!);
      const place = kw.locationNouns.test(last) && !kw.orgHeads.test(last) && !kw.institutionWords.test(last);
      // "Council Member Tran" is a person.
      const member = words.some((w, k) => isHead(w) && MEMBER.test(words[k + 1] ?? ''));
      return words.length >= 2 && words.some(isHead) && !NOT_NAME_START.test(words[0]!) && !place && !member;
    });
    const body = p && lang === 'en' ? bareOfArticle(p.text) : p?.text;
    // A letterhead line above naming the same body more fully ("LITTLE HADLEIGH PARISH COUNCIL" over "... of the
    // Parish Council held on ...") gives its name.
    if (body && seen === 1) return fullerLetterhead(body, head, titleIdx) ?? (l.index === titleIdx && lang === 'en' ? otherLetterhead(body) : undefined) ?? body;
    if (body) second = body;
  }
  const line = nearestLetterhead();
  // The line nearest the title names the body that meets ("Halvorsen Fiberboard, Inc." over "Joint Safety
  // Committee"), unless it is the office keeping the minutes ("SECRETARÍA DEL AYUNTAMIENTO").
  if (!line) return second ?? (title && lang === 'en' ? bodyInTitle(title, isHead) : null);
  const name = letterheadName(line.text, isHead, lang);
  // "CONSEJO DE FACULTAD" over "... se reúne el Consejo de la Facultad de Ciencias Sociales ...": a Spanish body is
  // named as the opening sentence names it in full.
  return (lang === 'es' && fullerInOpening(name, all, ctx)) || name;
}

/**
 * The first phrase of the opening sentences that opens with the letterhead's first word and holds all its words in
 * order, with more: "Honorable Concejo Deliberante de Coronel Arrieta" for "HONORABLE CONCEJO DELIBERANTE".
 */
function fullerInOpening(name: string, all: Labelled[], ctx: SegmentContext): string | null {
  const words = fold(squash(unmark(name))).split(' ');
  if (words.length < 2) return null;
  for (let i = 0, prose = 0; i < all.length && i < OPENING_LINES && prose < 15; i++) {
    const l = all[i]!;
    if (!isOpeningProse(l, ctx)) continue;
    prose++;
    if (!ctx.folded(l).includes(words[0]!)) continue;
    // (A phrase may run on from the place met in: "Palacio Municipal el Honorable Concejo ...".)
    let from = -1;
    const p = firstPhrase(l.text, (ph) => {
      // ("Sala del Consejo el Consejo de la Facultad ...": the last start that still holds every word.)
      const f = fold(ph.text).split(/\s+/);
      for (from = f.lastIndexOf(words[0]!); from >= 0; from = from ? f.lastIndexOf(words[0]!, from - 1) : -1) {
        if (f.length - from <= words.length) continue;
        let k = 0;
        for (let j = from; j < f.length && k < words.length; j++) if (f[j] === words[k]) k++;
        if (k === words.length) return true;
      }
      return false;
    });
    if (p) return p.text.split(/\s+/).slice(from).join(' ');
  }
  return null;
}

/** A letterhead line's body: its first cell, without the meeting after a dash or the date in its margin. */
function letterheadName(line: string, isHead: (w: string) => boolean, lang: SegmentContext['lang']): string {
  let text = line.split('\t')[0]!;
  // "Kestrel Steering Committee – Weekly Sync": what follows a dash after the body's name is the meeting.
  const dash = /\s[–—-]\s/.exec(text);
  // ("Driftwood Data Foundation – Board of Directors": a body after the dash is the body's organ that meets.)
  // (A name going on after the dash, "Body Corporate 318842 – Kōwhai Terrace Apartments", is kept: only a meeting's
  // or a document's words are cut.)
  const afterDash = dash ? text.slice(dash.index + dash[0].length) : '';
  if (dash && text.slice(0, dash.index).split(/\s+/).some(isHead) && !afterDash.split(/\s+/).some(isHead) && MEETING_AFTER_DASH.test(afterDash)) text = text.slice(0, dash.index);
  const d = findDates(text, { lang })[0];
  return squash(d && d.start > 0 ? text.slice(0, d.start) : text);
}


/**
 * "SESIÓN ORDINARIA DEL DIRECTORIO" under a letterhead "JUNTA DE AGUA «LOMA ALTA»": the body as an opening sentence
 * names it, the organ of the letterhead's body ("el Directorio de la Junta de Agua «Loma Alta»"), or null.
 */
function ofLetterhead(organ: string, head: Labelled[], titleIdx: number, all: Labelled[], ctx: SegmentContext): string | null {
  const key = fold(organ);
  // The opening sentences naming the organ, found once for every letterhead line (most documents have none).
  const naming: Array<{ l: Labelled; f: string; at: number }> = [];
  for (let i = 0, prose = 0; i < all.length && i < OPENING_LINES && prose < 15; i++) {
    const l = all[i]!;
    if (!isOpeningProse(l, ctx)) continue;
    prose++;
    const f = ctx.folded(l);
    const at = f.indexOf(key);
    if (at >= 0) naming.push({ l, f, at });
  }
  if (!naming.length) return null;
  for (const lh of head) {
    if (lh.index >= titleIdx) break;
    if (lh.blank || /[:\t\d]/.test(lh.text)) continue;
    const body = fold(squash(unmark(lh.text)));
    for (const { l, f, at } of naming) {
      const link = OF_THE.exec(f.slice(at + key.length));
      if (link && f.startsWith(body, at + key.length + link[0].length)) {
        return squash(ctx.trimmed(l).slice(at, at + key.length + link[0].length + body.length));
      }
    }
  }
  return null;
}
const OF_THE = /^\s+(?:de\s+la|de\s+los|de\s+las|del|de|of\s+the|of)\s+/;

/** A meeting's kind, with whom it gathers at most: no body's own name. */
const MEETING_KIND = /^(?:asamblea|junta|reunion|sesion|general|annual|special)(?:\s+(?:general|ordinaria|extraordinaria|anual|meeting))*(?:\s+(?:de|of)\s+(?:los\s+|las\s+)?(?:socios|socias|ejidatarios|propietarios|copropietarios|delegados|vecinos|accionistas|asociados|afiliados|members|shareholders))?[.,]?$/;

/** An English title naming its body before the meeting: "Parks TC Meeting #4", "Budget Committee Meeting Minutes". */
const BODY_MEETING = /^(.+?)\s+(?:(?:regular|special|annual|monthly|weekly|general)\s+)?(?:meeting|call)\b/i;
/** "Minutes" and what joins it to a body's name ("Minutes - ", "Minutes of the "). */
const AFTER_MINUTES = /^(?:minutes|notes)\s*(?:[-–—:]\s*|of\s+(?:the\s+)?)(.+)$/i;
/** The meeting words after a body's name ("... Regular Meeting of May 4"). */
const MEETING_TAIL = /\s*\b(?:(?:regular|special|annual|monthly|general)\s+)?meeting\b.*$/i;
/** What a letterhead's dash leads to when it names the meeting or the document, not more of the body's name. */
const MEETING_AFTER_DASH = /\b(?:meeting|minutes|notes|sync|call|session|agenda|acta|sesi[oó]n|reuni[oó]n|asamblea|minuta)\b|\b\d{4}\b/i;
/** A body's acronym: two to five capitals ("TC", "WG", "TSC"). */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * With nothing else naming the body, an English title may: what comes before "Meeting", or after "Minutes", when it
 * ends in a body's noun or acronym ("FAPI WG Meeting Notes" -> "FAPI WG", "Minutes - Finance Committee" -> "Finance
 * Committee").
 */
function bodyInTitle(title: string, isHead: (w: string) => boolean): string | null {
  const t = squash(title);
  // "Kestrel Steering Committee – Weekly Sync": the body before the dash, the meeting after it.
  const dash = /\s[–—-]\s/.exec(t);
  if (dash) {
    const before = t.slice(0, dash.index);
    const words = before.split(' ');
    const after = t.slice(dash.index + dash[0].length);
    if (words.length >= 2 && isHead(words.at(-1)!) && !after.split(' ').some(isHead)) return before;
    // "Weekly sync — Lanternfish core team": the meeting before the dash, the body after it.
    const rest = after.split(' ');
    if (rest.length >= 2 && isHead(rest.at(-1)!) && MEETING_AFTER_DASH.test(before) && !words.some(isHead)) return after;
  }
  // "Minutes - Finance Committee", "Minutes of the Parks Board Meeting": the body follows "Minutes".
  const after = AFTER_MINUTES.exec(t);
  const m = after ? [t, after[1]!.replace(MEETING_TAIL, '')] : BODY_MEETING.exec(t);
  if (!m || !m[1] || /^(?:minutes|notes|the)\b/i.test(m[1])) return null;
  const words = m[1].split(' ');
  const last = words.at(-1)!;
  // A lone noun ("Board Meeting Minutes") names no body; a lone acronym ("TSC meeting notes") does.
  return ACRONYM.test(last) || (words.length >= 2 && isHead(last)) ? m[1] : null;
}

/** Words an English phrase naming a body never opens with ("That the Board approve ..." is a motion's text). */
const NOT_NAME_START = /^(?:a|that|this|these|those|if|when|whereas|our|their|its|each|every|all|any|no)$/i;

/**
 * A line above the title whose folded text ends with `body`'s and is longer: the body's full name; or one opening
 * with it before a dash ("Comité Distrital de Seguridad Ciudadana – CODISEC Sachaca"): the body as printed.
 */
function fullerLetterhead(body: string, head: Labelled[], titleIdx: number): string | null {
  const key = fold(withoutMeetingWords(unmark(body))!);
  for (const l of head) {
    if (l.blank || (titleIdx >= 0 && l.index >= titleIdx) || l.text.includes(':')) continue;
    const t = squash(unmark(l.text));
    if (t.length <= key.length || t.length > 80) continue;
    const f = fold(t);
    if (f.endsWith(` ${key}`) || (f.startsWith(key) && DASH_AFTER.test(f.slice(key.length)))) return t;
  }
  return null;
}
const DASH_AFTER = /^\s[–—-]\s\S/;

/** The text before `start` ends naming a place of which the phrase at `start` is the owner ("en la sede del"). */
function placeOwner(text: string, start: number, kw: Keywords): boolean {
  const m = PLACE_OF.exec(text.slice(Math.max(0, start - 40), start));
  return m !== null && kw.locationNouns.test(fold(m[1]!));
}
const PLACE_OF = /(?:^|\s)(?:en|in|at)\s+(?:el|la|los|las|the)\s+(\p{L}+)(?:\s+(?:de\s+)?\p{L}+)?\s+(?:de|del|de\s+la|de\s+los|de\s+las|of|of\s+the)\s+$/iu;

/** A postal address: a number and a street's noun ("KM 6, IGBOHO ROAD", "12 High Street"), or a post box. */
function isAddress(text: string): boolean {
  return /\d/.test(text) && ADDRESS_WORD.test(text);
}
const ADDRESS_WORD = /\b(?:road|street|avenue|lane|drive|highway|boulevard|rd|st|ave|p\.?\s?o\.?\s+box|box)\b/i;

/** A letterhead line naming the office that keeps a body's minutes, not the body. */
const OFFICE = /^\s*(?:secretar[ií]a|secretariat|office|oficina)\b/iu;

/** An English phrase without a leading "The". */
const bareOfArticle = (s: string): string => (/^the\s/i.test(s) ? s.slice(4) : s);
const MEMBER = /^members?$/i;

/**
 * "Reunión de la Comisión ...", "Sesión Extraordinaria del Concejo ...", "Junta General Ordinaria de la Comunidad ...",
 * "Annual General Meeting of the ...": the meeting, not the body, opens such a phrase.
 */
const MEETING_OF = /^(?:(?:reuni[oó]n|sesi[oó]n|acta)(?:\s+(?:ordinaria|extraordinaria|especial|solemne))?|(?:(?:annual\s+)?general\s+|annual\s+|regular\s+|special\s+|ordinary\s+|extraordinary\s+|full\s+)?(?:council\s+)?meeting|minutes?|(?:junta|asamblea)\s+general(?:\s+(?:ordinaria|extraordinaria))?)\s+(?:de\s+la|del|de|of\s+the|of)\s+(?=\p{Lu})/iu;

/** A body's name without the meeting words opening it, however many ("Minutes of the Annual General Meeting of the ..."). */
export function withoutMeetingWords(s: string | undefined): string | undefined {
  let t = s;
  while (t !== undefined && MEETING_OF.test(t)) t = t.replace(MEETING_OF, '');
  return t;
}
