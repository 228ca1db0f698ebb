// Discussion parts: the discussion zone cut at item headings (numbered, ordinal or run-in titles),
// each linked to the agenda item it treats.
import type { AgendaItem, DiscussionPart } from '../types.js';
import type { Labelled } from '../segment/zones.js';
import type { SegmentContext } from '../segment/context.js';
import { calendar } from '../segment/keywords.js';
import { itemKey } from './numbers.js';
import { isSubNumber, splitDoubledLetter, splitSubNumber } from './sub-numbers.js';
import { IntroList, LIST_NUMBER_START, capsLed, isBullet, letteredHeads, mayHyphen } from './discussion-shapes.js';
import { TITLE_ABBREVIATION, fold, isCapsHeading, isProse, isSpace, splitNumbering, squash, wordCount, type Numbered } from './text.js';

export interface Part extends DiscussionPart {
  /** Paragraphs of the part (lines of a paragraph joined by spaces). */
  paragraphs: string[];
  /**
   * The text before the first heading: the agreements extractor reads its decisions (a motion under an agenda heading
   * that starts no list), but minutes' discussion starts at a heading, so it is no discussion part.
   */
  lead?: true;
}

/** Words of three or more letters or digits, folded. */
const WORD = /[a-z0-9ñ]{3,}/g;
const ASCII_WORD = /[A-Za-z0-9]{3}/;

function tokens(s: string): string[] {
  // One native match over the folded text, no split pieces to throw away.
  return fold(s).match(WORD) ?? [];
}

/**
 * Share of the heading's (non-empty) words found among the title's. A title has a handful of words: scanning
 * them costs less than hashing them into a set.
 */
function share(heading: string[], title: readonly string[]): number {
  let n = 0;
  for (const w of heading) if (title.includes(w)) n++;
  return n / heading.length;
}

/** Share of the heading's words found among the title's, 0 when the heading has none. */
function similarity(heading: string, title: readonly string[]): number {
  const h = tokens(heading);
  return h.length ? share(h, title) : 0;
}

/** The text without one final '.' or ':' (neither is part of a word). */
function bare(s: string): string {
  return s.endsWith('.') || s.endsWith(':') ? s.slice(0, -1) : s;
}

/** Share of the heading's words found in the agenda title. */
export function overlap(heading: string, title: string): number {
  return similarity(heading, tokens(title));
}

/**
 * The first '.', ':', ';', '!' or '?' of a run-in title's line is its '.' or ':', two to sixty characters in (code
 * points: at most 120 code units), with a space after it: a short scan turns away most lines before runIn's pattern.
 */
function mayRunIn(s: string): boolean {
  const n = Math.min(s.length, 121);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 58) return i >= 2 && (isSpace(s.charCodeAt(i + 1)) || isDash(s.charCodeAt(i + 1)));
    if (c === 59 || c === 33 || c === 63) return false;
  }
  return false;
}

/** A heading line: a capital first, no sentence stop at the end (a colon may close it). */
const TITLE_LINE = /^\p{Lu}[^.!?;]*[^.!?;,\s]$/u;

/** - – —. */
const isDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014;

/** A title, its '.' or ':', then a space or a dash ("3. ACCOUNTS.—The Treasurer ...": the dash is no part of either). */
const RUN_IN = /^([^.:;!?]{2,60}?[.:])(?:\s*[—–-]{1,2}\s*|\s+)(\p{Lu}.*)$/u;

/** A run-in title: "Minutes. Upon motion ..." -> ["Minutes.", "Upon motion ..."]. */
function runIn(s: string): [string, string] | null {
  if (!mayRunIn(s)) return null;
  const m = RUN_IN.exec(s);
  if (!m || TITLE_ABBREVIATION.test(m[1]!) || m[1]!.split(/\s+/).length > 7 || /\b(?:que|that|was|were|is|are|fue)\b/i.test(m[1]!)) return null;
  return [m[1]!, m[2]!];
}

interface Head { line: number; number: string | null; title: string; rest: string }

/**
 * "Lectura del acta anterior: la Secretaria da lectura ...": a line opening with the agenda title, then a colon or a
 * period, runs its text in after it, whatever its case (runIn() wants a capital). The title as printed and the text,
 * or null.
 */
function ledByTitle(rest: string, title: string): [string, string] | null {
  const t = bare(title);
  const c = rest.charCodeAt(t.length);
  if (t.length < 3 || rest.length <= t.length + 2 || (c !== 58 && c !== 46) || !isSpace(rest.charCodeAt(t.length + 1))) return null;
  // fold() keeps offsets: the printed title and the agenda's compare letter for letter.
  const after = rest.slice(t.length + 2).trimStart();
  // (What follows must be words: "... de medio término. ." is the title and an OCR speck.)
  if (!/^[\p{L}\d¿¡"«(]/u.test(after)) return null;
  return fold(rest.slice(0, t.length)) === fold(t) ? [rest.slice(0, t.length), after] : null;
}

let reference: RegExp | null = null;

/**
 * The item a paragraph says it treats in its first words: "Como segundo punto del orden del día ...", "Respecto al
 * tercer punto, ...", "En el punto 4, ...", also after a number OCR bent past reading ("Y. Como quinto punto"). Read from
 * the folded text, with the ordinal words of the calendar table (itemKey() reads them too).
 */
function referencePattern(): RegExp {
  if (reference) return reference;
  // Longest first: "primero" before "primer".
  const ordinals = Object.keys(calendar().ordinals).sort((a, b) => b.length - a.length).join('|');
  return (reference = new RegExp(`^(?:\\S{1,3}[.)-]\\s+)?(?:[a-z]+\\s+){0,3}?(?:(${ordinals})\\s+punto|punto\\s+(?:(?:numero|n[o°º.]+)\\s*)?(\\d{1,2}|${ordinals}))(?![a-z])`));
}

/** The line ends a sentence, past any typed filler ("... por unanimidad. - - - -----"). */
function endsSentence(s: string): boolean {
  return /[.:;!?]["»”)]?[\s\-–—=_]*$/u.test(s.length > 80 ? s.slice(-80) : s);
}

function referredItem(text: string): string | null {
  // Only a paragraph opening with such words names its item: a native search for "punto" near the start spares
  // trimming and folding most lines.
  const at = text.indexOf('unto');
  if ((at < 0 || at > 80) && !text.slice(0, 80).includes('UNTO')) return null;
  const m = referencePattern().exec(fold(text.trimStart().slice(0, 60)));
  return m ? itemKey(m[1] ?? m[2]!) : null;
}

function findHeads(lines: Labelled[], agenda: AgendaItem[], ctx: SegmentContext, squashed: (i: number) => string, agendaEnd: number): Head[] {
  const naming: Head[] = [];
  const heads = headsByLayout(lines, agenda, ctx, squashed, naming, agendaEnd);
  if (!naming.length) return heads;
  // A paragraph naming its item heads that item's part, unless a heading does already (a speaker's "en el cuarto
  // punto" inside another part is no heading then); at a line a heading holds, it gives the heading its item only.
  const taken = new Set<string | null>();
  for (const h of heads) taken.add(h.number);
  const out = heads.slice();
  for (const s of naming) {
    if (taken.has(s.number)) continue;
    taken.add(s.number);
    const k = out.findIndex((h) => h.line === s.line);
    if (k < 0) out.push(s);
    else if (out[k]!.number === null) out[k] = s;
  }
  return out.sort((a, b) => a.line - b.line);
}

/** A number printed as a word ("TERCERO", "Quinto"). */
const WORD_NUMBER = /^\p{L}+$/u;

/** The first numbered line of `lines` past line index `end` is numbered in words, its key not `firstKey`. */
function firstAfterInWords(lines: Labelled[], end: number, ctx: SegmentContext, firstKey: string): boolean {
  for (const l of lines) {
    if (l.blank || l.index < end) continue;
    const n = ctx.numberingAsIs(l);
    if (n) return n.number.length > 3 && WORD_NUMBER.test(n.number) && itemKey(n.number) !== firstKey;
  }
  return false;
}

/** A lower-case letter numbering a clause. */
const LOWER_CLAUSE = /^[a-h]$/;

/** Heads found by the layout: numbered headings, markup sections or run-in titles. `naming` gathers the paragraphs that name their item. */
function headsByLayout(lines: Labelled[], agenda: AgendaItem[], ctx: SegmentContext, squashed: (i: number) => string, naming: Head[], agendaEnd: number): Head[] {
  const heads: Head[] = [];
  // Plain loops rather than filter(), map(), forEach() and their callbacks, here and below: this code runs once per
  // document.
  const byNumber = new Map<string, AgendaItem>();
  for (const a of agenda) if (a.number) byNumber.set(itemKey(a.number), a);
  const numberedAgenda = byNumber.size > 0;
  // Each agenda title's words once, however many lines are compared with it.
  const titleWords = new Map<AgendaItem, string[]>();
  const wordsOf = (a: AgendaItem): string[] => {
    let w = titleWords.get(a);
    if (!w) titleWords.set(a, (w = tokens(a.title)));
    return w;
  };
  // Numbered prose paragraphs taking the agenda items one by one, in order ("II. Respecto al segundo punto, ...").
  const inOrder: Head[] = [];
  // Agenda position of the last in-order item (the first item printed with its number).
  let lastInOrder = -1;
  const lettered = letteredHeads(lines, ctx, squashed);
  const hyphened = !agenda.length || agenda.some((a) => isSubNumber(a.number));
  let lettersAgenda = 0;
  for (const a of agenda) if (a.number !== null && a.number.length === 1 && /[a-z]/i.test(a.number)) lettersAgenda++;
  // An agenda read out inside the text ("SEGUNDO: El secretario dio lectura a la agenda: 1. ... 5. ...", the body
  // before it) and paragraphs numbered in words after it: they take its items in turn, whatever their ordinals.
  // (Not items' own headings after the agenda, "1.- APROBACIÓN ..." or "PRIMERO.- APROBACIÓN ...", with decisions
  // "PRIMERO.- ..." inside them: the first numbered line after the agenda is numbered in words, and not as its first item.)
  const byTurn = numberedAgenda && agendaEnd > 0 && lines.length > 0 && lines[0]!.index < agendaEnd && agenda.every((a) => a.number !== null && a.number.length <= 3) && firstAfterInWords(lines, agendaEnd, ctx, itemKey(agenda[0]!.number!));
  let turn = -1;
  const list = new IntroList(ctx.kw.decisionIntro);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    // The labeller split every line already (the context keeps it): most lines are turned away before any
    // squashing, and a line whose squashed text is its trimmed one is not split again.
    let own = lettered.size ? lettered.get(i) : undefined;
    let raw: Numbered | null | undefined = own ?? ctx.numberingAsIs(l);
    // A sub-item's heading numbered with a hyphen ("VII-A. Approval ..."), read where the agenda has such numbers or
    // there is none.
    // (A hyphen near the start gates the squashing.)
    if (!raw && hyphened && mayHyphen(l.text)) raw = own = splitSubNumber(squashed(i)) ?? undefined;
    // Under a lettered agenda, a letter OCR read twice ("Cc. Treasurer's report. ...") numbers its heading.
    if (!raw && lettersAgenda >= 2) raw = own = splitDoubledLetter(squashed(i)) ?? undefined;
    // A list a decision's intro announces ("We agreed:" / "1. Replace the swings ..."): its items head no part.
    // (Not a line printing its agenda item's title: "se adoptaron los siguientes acuerdos:" / "1.º Lectura del acta ...".)
    if (list.active && list.item(raw, i > 0 && lines[i - 1]!.blank, heads.length ? heads[heads.length - 1]!.number : null, (n) => { const a = byNumber.get(itemKey(n.number)); return a !== undefined && similarity(n.rest, wordsOf(a)) >= 0.5; })) continue;
    if (!raw) {
      list.after(l.text);
      // An unnumbered paragraph that names its item in its first words ("Respecto al segundo punto, ...").
      const said = numberedAgenda && (i === 0 || lines[i - 1]!.blank || endsSentence(lines[i - 1]!.text)) ? referredItem(l.text) : null;
      const item = said === null ? undefined : byNumber.get(said);
      if (item) naming.push({ line: i, number: item.number, title: item.title, rest: squashed(i) });
      continue;
    }
    list.after(l.text);
    const text = squashed(i);
    const n = own ?? (text === l.text ? raw : text === ctx.trimmed(l) ? ctx.numbering(l) : splitNumbering(text));
    if (!n) continue;
    const rest = squash(n.rest);
    // A resolution's lettered clause ("That the Board:" / "a) receives the report;") heads no part.
    if (LOWER_CLAUSE.test(n.number) && /^\p{Ll}/u.test(rest)) continue;
    // Words that name the item outweigh a number OCR may have bent ("ll. Como segundo punto ...").
    let inTurn: AgendaItem | undefined;
    if (byTurn && n.number.length > 3 && WORD_NUMBER.test(n.number)) {
      // (Such paragraphs before the agenda, and after its last item, treat none.)
      if (l.index < agendaEnd || !(inTurn = agenda[++turn])) continue;
    }
    const said = numberedAgenda && !inTurn ? referredItem(rest) : null;
    const saidItem = said === null ? undefined : byNumber.get(said);
    const item = inTurn ?? saidItem ?? byNumber.get(itemKey(n.number));
    const split = runIn(rest);
    // The next item, or the one after it: OCR may lose one number ("!Il."), never reorder them.
    const step = item && inOrder.length ? agenda.indexOf(item) - lastInOrder : 1;
    // A line printing the item's title ("4. Asuntos generales. Se informa ..."), read once for both uses below.
    const led = item && !split ? (ledByTitle(rest, item.title) ?? capsLed(rest, (t) => similarity(t, wordsOf(item)))) : null;
    if (item && (step === 1 || step === 2)) {
      // The part takes the item's title: a line printing that title keeps only what follows it.
      const body = bare(rest) === bare(item.title) ? '' : split && bare(split[0]) === bare(item.title) ? split[1] : led ? led[1] : rest;
      inOrder.push({ line: i, number: item.number, title: led ? led[0] : item.title, rest: body });
      lastInOrder = agenda.findIndex((a) => a.number === item.number);
    }
    // With a numbered agenda, only a line numbered as one of its items can head a part (or one whose number OCR bent, below).
    if (numberedAgenda && !item && !split) continue;
    // Whether the rest is prose is read only where it matters: a run-in title, a weak likeness, an unnumbered agenda.
    let prose: boolean | undefined;
    // A run-in title printed as the agenda item's ("2. Presupuesto. Se aprobó ...") splits even a short line.
    // So does a short run-in title whose words are the item's, before a sentence ("5. Varios. No hay." under "Puntos
    // varios").
    const ri = split && ((prose = isProse(rest)) || (item !== undefined && (bare(split[0]) === bare(item.title) || (endsSentence(split[1]) && similarity(split[0], wordsOf(item)) >= 0.5)))) ? split : led;
    const title = ri ? ri[0] : rest;
    if (saidItem) {
      // The paragraph is the part's text; the part takes the item's title, as numbered prose paragraphs do (above).
      naming.push({ line: i, number: saidItem.number, title: saidItem.title, rest });
      continue;
    }
    if (numberedAgenda) {
      // A title printed as in the agenda (but for a final '.' or ':', no word) shares all its words, if it has any:
      // three ASCII letters or digits in a row are a word without folding anything.
      const same = item !== undefined && bare(title) === bare(item.title);
      const sim = !item ? 0 : same ? (ASCII_WORD.test(title) || wordsOf(item).length ? 1 : 0) : similarity(title, wordsOf(item));
      if (sim < 0.4 && (sim === 0 || (prose ??= isProse(rest)))) {
        // OCR bent the number ("4. Minutes. Upon motion ..." for item 1): a run-in title that is the next item's own
        // heads that item's part.
        const next = ri ? agenda[heads.length ? agenda.findIndex((a) => a.number === heads[heads.length - 1]!.number) + 1 : 0] : undefined;
        if (next && next !== item && next.number && similarity(title, wordsOf(next)) >= 0.6) heads.push({ line: i, number: next.number, title, rest: ri![1] });
        continue;
      }
    } else if (!ri && (prose ??= isProse(rest))) {
      const words = tokens(rest);
      if (!words.length || !agenda.some((a) => share(words, wordsOf(a)) >= 0.6)) continue;
    }
    heads.push({ line: i, number: item?.number ?? n.number, title, rest: ri ? ri[1] : '' });
  }
  // (Two such paragraphs are enough when they take every item of a two-item agenda.)
  if (inOrder.length > heads.length + 1 && numberedAgenda && (inOrder.length >= Math.max(3, Math.ceil(byNumber.size / 2)) || inOrder.length === byNumber.size)) return inOrder;
  if (heads.length) return heads;
  // Markdown/reStructuredText sections: the outermost heading level cuts the parts.
  const marked = lines.filter((l) => l.markup !== undefined && l.zone === 'discussion');
  if (marked.length) {
    const top = Math.min(...marked.map((l) => l.markup!));
    lines.forEach((l, i) => {
      if (l.markup !== top || l.zone !== 'discussion') return;
      const title = squash(l.text).replace(/^#{1,6}\s+/, '');
      const item = agenda.find((a) => fold(a.title) === fold(title));
      heads.push({ line: i, number: item?.number ?? null, title, rest: '' });
    });
    return heads;
  }
  // Unnumbered headings in capitals, each over its paragraphs ("CONSENT AGENDA" / "Council Member Tran moved, ..."),
  // only when several do: a lone line in capitals may be a shout inside the text.
  const capsHeads: Head[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank || l.zone !== 'discussion' || !isCapsHeading(ctx.trimmed(l))) continue;
    let k = i + 1;
    while (k < lines.length && lines[k]!.blank) k++;
    if (k < lines.length && lines[k]!.zone === 'discussion' && ctx.isProse(lines[k]!)) capsHeads.push({ line: i, number: null, title: squashed(i), rest: '' });
  }
  if (capsHeads.length >= 2) return capsHeads;
  // Unnumbered headings in ordinary case, each a short line of its own after a blank line and over its paragraph
  // ("Rector's Report" / "The Rector reported ..."), when three or more do: a lone short line may be a signature.
  const lineHeads: Head[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank || l.zone !== 'discussion' || (i > 0 && !lines[i - 1]!.blank)) continue;
    const t = ctx.trimmed(l);
    if (t.length > 60 || !TITLE_LINE.test(t) || ctx.isProse(l) || wordCount(t) > 8) continue;
    let k = i + 1;
    while (k < lines.length && lines[k]!.blank) k++;
    const next = lines[k];
    if (next && next.zone === 'discussion' && ctx.isProse(next)) lineHeads.push({ line: i, number: null, title: squashed(i).replace(/:$/, ''), rest: '' });
  }
  // (The body must open with one: a paragraph before the first would belong to no part.)
  if (lineHeads.length >= 3 && !lines.slice(0, lineHeads[0]!.line).some((l) => !l.blank && l.zone === 'discussion' && ctx.isProse(l))) return lineHeads;
  // Unnumbered run-in titles ("Pool. The pool opened ..."), only when several paragraphs use them.
  const runIns: Head[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const ri = !l.blank && ctx.isProse(l) ? runIn(squashed(i)) : null;
    // A decision's label ("Decision: The committee ...", "RESOLUCIÓN N° 41/2011: Aprobar ...") titles no item.
    if (ri && /^\p{Lu}/u.test(ri[0]) && !ctx.kw.decisionLabel.test(ri[0])) runIns.push({ line: i, number: null, title: ri[0].replace(/[.:]$/, ''), rest: ri[1] });
  }
  return runIns.length >= 2 ? runIns : [];
}

/**
 * A sentence that ends before the right margin, followed by a capital, ends a paragraph even with no blank line
 * between them: PDF text layers and some typists separate paragraphs that way. SENTENCE_END is tried on a line's
 * last two characters, all it can match (a `$` pattern would be tried at every position of the line).
 */
const SENTENCE_END = /[.!?:]["»”)]?$/u;
const PARAGRAPH_START = /^["«“(]?[\p{Lu}\d]|^\((?:[ivx]{1,4}|[a-h])\)\s/u;

/** Paragraphs of lines[from, to); `squashed(i)` is squash(lines[i].text). */
function paragraphs(lines: Labelled[], from: number, to: number, ctx: SegmentContext, squashed: (i: number) => string): string[] {
  const decision = ctx.kw.decisionLabel;
  const out: string[] = [];
  let cur: string[] = [];
  let prev: Labelled | null = null;
  /** The paragraph is a list's bulleted item. */
  let listItem = false;
  /** The paragraph opens with a number. */
  let numberedItem = false;
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (l.blank || l.zone === 'furniture') {
      if (l.blank && cur.length) { out.push(cur.join(' ')); cur = []; }
      continue;
    }
    // A numbered item after a finished sentence starts a paragraph too, whatever the line above's width
    // ("... para su publicación." / "TERCERO.- Encargar ..."), as does a labelled decision ("Se acuerda
    // ...", "RESOLVED, that") opening the line, and what a colon announces
    // ("..., el Pleno ACUERDA:" / "Aprobar la moción ...").
    const last = cur.length ? cur[cur.length - 1]!.slice(-2) : '';
    // A bulleted line after a colon, or under a bulleted item, starts a paragraph: a list's items stand apart
    // ("The committee agreed:" / "- Close the north trail ..." / "- Hire ...").
    // So does a numbered line under a numbered item, though the item has no stop ("1. Replace the swings" / "2. Paint ...").
    const bullet: boolean = (cur.length === 0 || listItem || last.endsWith(':')) && isBullet(l);
    if (cur.length && (bullet || (numberedItem && ctx.numberingAsIs(l) !== null))) {
      out.push(cur.join(' '));
      cur = [];
    } else if (cur.length && SENTENCE_END.test(last) && (prev?.endsShort || last.endsWith(':') ? PARAGRAPH_START.test(l.text.trimStart()) : ctx.numberingAsIs(l) !== null || decision.test(l.text.trimStart()))) {
      out.push(cur.join(' '));
      cur = [];
    }
    // (A list's number opens with a digit or a letter: "1.", "a)", "PRIMERO.-".)
    if (!cur.length) { listItem = bullet; numberedItem = LIST_NUMBER_START.test(l.text) && ctx.numberingAsIs(l) !== null; }
    prev = l;
    // A markup sub-heading is a paragraph of its own, even with no blank line below it.
    if (l.markup !== undefined && cur.length) { out.push(cur.join(' ')); cur = []; }
    cur.push(squashed(i));
    if (l.markup !== undefined) { out.push(cur.join(' ')); cur = []; }
  }
  if (cur.length) out.push(cur.join(' '));
  return out.filter(Boolean);
}

/** Discussion parts from the discussion-zone lines. */
export function extractDiscussion(all: Labelled[], agenda: AgendaItem[], ctx: SegmentContext): Part[] {
  // The body: from the first discussion line on, its text lines (not its headings), blanks and furniture, and an
  // agreements block written inside an item, heading and all.
  const body: Labelled[] = [];
  for (const l of all) {
    if (l.zone === 'discussion' ? !l.heading : l.inItem === true || (body.length && (l.zone === 'blank' || l.zone === 'furniture'))) body.push(l);
  }
  if (!body.length) return [];
  // Each body line squashed once, though the heading search and the paragraphs both read it.
  const squashedAt: Array<string | undefined> = new Array(body.length);
  const squashed = (i: number): string => (squashedAt[i] ??= squash(body[i]!.text));
  let agendaEnd = -1;
  for (const l of all) if (l.zone === 'agenda') agendaEnd = l.index;
  const heads = findHeads(body, agenda, ctx, squashed, agendaEnd);
  if (!heads.length) {
    const ps = paragraphs(body, 0, body.length, ctx, squashed);
    return ps.length ? [{ agendaNumber: null, title: null, text: ps.join('\n\n'), paragraphs: ps }] : [];
  }
  const parts: Part[] = [];
  if (heads[0]!.line > 0) {
    const ps = paragraphs(body, 0, heads[0]!.line, ctx, squashed);
    if (ps.length) parts.push({ agendaNumber: null, title: null, text: ps.join('\n\n'), paragraphs: ps, lead: true });
  }
  for (let k = 0; k < heads.length; k++) {
    const h = heads[k]!;
    const end = k + 1 < heads.length ? heads[k + 1]!.line : body.length;
    let startLine = h.line + 1;
    let title = h.title;
    // A heading wrapped onto a second short lower-case line ("... del\ninforme.").
    const next = body[startLine];
    // (The cheap tests first: most heads are followed by a long line or end in a mark.)
    if (!h.rest && next && !next.blank && next.text.length < 60 && !title.endsWith('.') && !title.endsWith(':') && /^\p{Ll}/u.test(next.text.trim())) {
      title = `${title} ${squashed(startLine)}`;
      startLine++;
    }
    const ps = paragraphs(body, startLine, end, ctx, squashed);
    if (h.rest) ps.unshift(h.rest);
    if (ps.length) parts.push({ agendaNumber: h.number, title: title || null, text: ps.join('\n\n'), paragraphs: ps });
  }
  return parts;
}
