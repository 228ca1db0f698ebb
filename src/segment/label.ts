// The line labeller: one pass of a small state machine over the lines, then two repair passes.
import type { Keywords } from './keywords.js';
import type { SegmentContext } from './context.js';
import type { Line } from './lines.js';
import type { Labelled, Zone } from './zones.js';
import { headingOf } from './headings.js';
import { fuzzyHeading } from './fuzzy-heading.js';
import { loadLexicon } from '../cleanup/lexicon.js';
import { BULLET, TITLE_ABBREVIATION, isCapsHeading, isProse, isSpace, splitLooseNumbering, stripBullet } from '../extract/text.js';
import { itemKey } from '../extract/numbers.js';
import { endsAttendeeList } from './list-end.js';
import { tableHeader } from '../extract/attendee-table.js';
import { announcesAgenda, capsHeadingOverProse, firstWord, indentOf, isBullet, itemAmongItems, letteredHeadingOverProse, listThenSection, nameBeforeRole, nextKey, nextLine, overParagraph, personWithRole, roleLabelledName, sectionOverItem, sentenceBelow, signatureName, tableBelow, textBelow, titleLineAt } from './line-shapes.js';
import { overlap } from '../extract/discussion.js';

/** Cheap filter before the long closing alternation (most lines have none of these stems). */
export const SOFT_HINT = /levant|clausur|finaliz|terminad|conclu|habiendo|sin m|pr[oó]xim|adjourn|ended|closed|no further/i;

/**
 * Where the typed padding that runs a line to the margin starts ("... orden del día- - - - -", "Tabla ......"), or
 * -1: the run of spaces and marks (dots included, unlike the fillers tidy() drops from values) ending the line, when
 * it holds three marks or more. (/(?:\s*[-–—_.]){3,}\s*$/u and the start of
 * its match, found by one walk back from the end: the pattern would be tried at every position of the line.)
 */
function paddingStart(text: string): number {
  let marks = 0;
  let i = text.length;
  for (; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 45 || c === 0x2013 || c === 0x2014 || c === 95 || c === 46) marks++;
    else if (!isSpace(c)) break;
  }
  return marks >= 3 ? i : -1;
}

/** The line names the agenda before a typed filler ("Orden del día: - - - - -"). */
function agendaIntroBeforeFiller(text: string, kw: Keywords): boolean {
  const start = paddingStart(text);
  return start >= 0 && kw.agendaIntro.test(text.slice(0, start));
}
/** Marks around an unnumbered agenda item that are no part of it: OCR's bullets and specks. */
const ITEM_EDGES = /^[^\p{L}\d]+|[\s.,;:'"‘’`~*_-]+$/gu;
/** A numbered line naming itself an item (its number split off already). */
const NAMED_ITEM = /^\s*(?:item|subject|punto|tema)\b/i;
/** A table-of-contents entry: a title, then a tab, dot leaders or a wide gap, then its page number. */
const TOC_PAGE = /(?:\t|\.{3}|\s{3})\s*\d{1,3}$/u;
function tocEntry(text: string): boolean {
  // Gates first: most lines do not end in a digit, and the pattern is tried on the line's end only.
  const c = text.charCodeAt(text.length - 1);
  return c >= 48 && c <= 57 && TOC_PAGE.test(text.slice(-12)) && /\p{L}/u.test(text);
}
/** A sentence ending in a colon, maybe padded with a typed filler and a speck after it ("... personas: === ees"). */
const LEAD_IN_END = /:[\s\-–—=_.]*$|:\s*(?:[-–—=_]\s*){4,}\S{0,5}$/u;

/** The marks a Markdown/reStructuredText rule is made of: a test of a line's first character before the pattern. */
const RULE_MARKS = '=-~^*_#+`';

/** A number printed as a word ("SEGUNDO", "Tercero"). */
const WORD_NUMBER = /^\p{L}+$/u;

/** The keys a list's first item has: "1." or "a)". */
const FIRST_KEYS = new Set(['1', 'a']);

const ATTENDEE_HEADINGS = new Set(['attendees', 'excused', 'absent', 'guest']);

/** Label every line with a zone. `furniture` holds indexes already known to be page furniture. */
export function labelLines(lines: Line[], ctx: SegmentContext, furniture: Set<number>, markup?: { levels: Map<number, number>; titleLevel: number | null }): Labelled[] {
  const { kw } = ctx;
  const lexicon = loadLexicon(ctx.lang);
  // Every line gets the same fields from the start (undefined ones are left out of JSON): one object shape
  // for every extractor's loop.
  const out: Labelled[] = lines.map((l) => ({ index: l.index, page: l.page, start: l.start, end: l.end, text: l.text, blank: l.blank, endsShort: l.endsShort, bulleted: l.bulleted, zone: 'blank', heading: null, after: '', markup: undefined, continues: undefined, inItem: undefined }));
  let state: Zone = 'header';
  const titleAt = titleLineAt(lines, ctx);
  let seenOpening = false;
  let seenTime = false;
  /** Lines that may show the first time, read only when a header line asks whether one came (most never do). */
  const timeCandidates: string[] = [];
  let timeRead = 0;
  const timeSeen = (): boolean => {
    while (!seenTime && timeRead < timeCandidates.length) if (ctx.times(timeCandidates[timeRead++]!).length) seenTime = true;
    return seenTime;
  };
  let implicitAttendees = false;
  let adjournItem = false;
  /** The closing item's adjournment sentence was read. */
  let adjournedInItem = false;
  let lastAgendaNumberOnly = false;
  let firstAgendaNumber: string | null = null;
  /** itemKey() of the line just labelled a numbered attendee entry, else null. */
  let attendeeKey: string | null = null;
  /** The folded text of the agenda's first unnumbered line, and how many unnumbered lines it has. */
  let firstAgendaItem: string | null = null;
  let unnumberedItems = 0;
  /** itemKey() of the agenda's last numbered item, while the agenda goes on. */
  let lastAgendaKey: string | null = null;
  let itemIndent = -1;
  /** The last two non-blank lines (tested for an agenda mention only before a "1."), and whether any line was agenda yet. */
  let recent1: string | null = null;
  let recent2: string | null = null;
  let agendaSeen = false;
  /** The previous non-blank line, when it was an attendance sentence ending in a colon (a list follows). */
  let leadIn: Labelled | null = null;
  let previous: Labelled | null = null;
  /** The agenda's numbered titles by itemKey(), the key of the last one the discussion reached, and where an agreements heading inside that item's discussion sits (-1: none). */
  const agendaTitles = new Map<string, string>();
  let discussedKey: string | null = null;
  let itemAgreements = -1;
  let blockInItem = false;
  /** itemKey() of the discussion's last numbered heading, when there is no agenda. */
  let headingKey: string | null = null;
  /** Numbered attendance headings that are items of the discussion. */
  const attendanceItems: number[] = [];
  for (const line of lines) {
    const target = out[line.index]!;
    if (line.blank) { (target.zone = 'blank'); continue; }
    leadIn = previous !== null && previous.zone === 'attendees' && previous.text.includes(':') && LEAD_IN_END.test(previous.text) ? previous : null;
    const underAgendaHeading = previous !== null && previous.heading === 'agenda' && !previous.after;
    const before = previous;
    previous = target;
    if (furniture.has(line.index)) { (target.zone = 'furniture'); continue; }
    const text = ctx.trimmed(line);
    // Markdown/reStructuredText rules and underlines ("=====", "-----") separate like blank lines.
    if (RULE_MARKS.includes(text[0]!) && /^[=\-~^*_#+`]{3,}$/.test(text)) { target.blank = true; continue; }
    const level = markup?.levels.get(line.index);
    if (level !== undefined) target.markup = level;
    // A list starting at 1 right after a sentence naming the agenda is the agenda, whatever state the prose left.
    const numbered = ctx.numbering(line);
    // (Not a "1." heading over its own paragraph: "... commenced with the following agenda." / "Item No. 1: Minutes" /
    // "The minutes were taken as read." goes through the items.)
    const agendaStart = numbered !== null && !agendaSeen && state !== 'agenda' && state !== 'closing' && FIRST_KEYS.has(itemKey(numbered.number)) && (announcesAgenda(recent2, kw) || announcesAgenda(recent1, kw)) && !overParagraph(lines, line, furniture, ctx);
    // A table of contents names the sections with their pages ("Asistencia<tab>3", "Orden del día ...... 4"): its
    // entries are no headings.
    // An agenda's items may read like section headings ("1. Lista de asistencia."): the first numbered line under the
    // agenda heading, and one going on with the agenda's numbers, is the next item.
    const agendaItem = state === 'agenda' && numbered !== null && (underAgendaHeading || (lastAgendaKey !== null && itemKey(numbered.number) === nextKey(lastAgendaKey)));
    let h = agendaStart || agendaItem || tocEntry(text) ? null : headingOf(text, kw, numbered);
    if (!h && !numbered && !agendaStart && !agendaItem) h = fuzzyHeading(text, ctx.lang, lexicon);
    // A numbered item that is only an agreements heading over a table ("8. ACTION LIST" / "No.<tab>Action<tab>...")
    // heads the agreements; over its sub-items ("6.0 Action Items" / "6.1 ...") it is a section of the agenda.
    if (!h && numbered && state === 'discussion' && numbered.rest.length <= 40 && tableBelow(lines, line.index, furniture)) {
      const inner = headingOf(numbered.rest, kw);
      if (inner && inner.heading === 'agreements' && !inner.after) { h = inner; if (!agendaTitles.size) headingKey = itemKey(numbered.number); }
    }
    // A numbered attendance item over a sentence ("24/31 Apologies for absence" / "Apologies were received from ...")
    // is an item of the discussion: the extractors read who it names from its part. Over a list of names, it heads it.
    if (h && numbered && ATTENDEE_HEADINGS.has(h.heading) && sentenceBelow(lines, line.index, furniture, ctx)) h = null;
    if (!h && level !== undefined && !numbered) {
      // An unnumbered markup section heading ends any list above it; the title stays in the header.
      implicitAttendees = false;
      if (level === markup!.titleLevel && state === 'header') { target.zone = 'header'; continue; }
      if (state !== 'closing') state = 'discussion';
      target.zone = state;
      continue;
    }
    // "Temas tratados:" over a bare numbered list, then "Desarrollo:" going through it: the list is the agenda.
    if (h && h.heading === 'discussion' && !h.after && state !== 'discussion' && listThenSection(lines, line.index, furniture, ctx, kw)) h = { heading: 'agenda', after: '' };
    if (h) {
      implicitAttendees = false;
      // A numbered attendance heading going on with the items' count ("II. ROLL CALL" after "I. CALL TO ORDER", or
      // the first "1) Roll Call of Officers") is an item too: its list stays attendees and also makes its part.
      if (numbered && ATTENDEE_HEADINGS.has(h.heading) && !h.after) {
        const key = itemKey(numbered.number);
        const goesOn = agendaTitles.size ? agendaTitles.has(key) && (discussedKey === null || key === nextKey(discussedKey)) : headingKey === null ? FIRST_KEYS.has(key) : key === nextKey(headingKey);
        if (goesOn) {
          attendanceItems.push(line.index);
          if (agendaTitles.size) discussedKey = key;
          else headingKey = key;
        }
      }
      itemAgreements = h.heading === 'agreements' && state === 'discussion' && discussedKey !== null ? line.index : -1;
      // The block runs on from the item's text (no blank line between): the item's discussion keeps it.
      blockInItem = itemAgreements >= 0 && !lines[line.index - 1]?.blank;
      if (ATTENDEE_HEADINGS.has(h.heading)) state = 'attendees';
      else state = h.heading as Zone;
      lastAgendaKey = null;
      firstAgendaItem = null;
      unnumberedItems = 0;
      adjournItem = false;
      adjournedInItem = false;
      (target.zone = state, target.heading = h.heading, target.after = h.after);
      continue;
    }
    if (agendaStart) {
      state = 'agenda';
      firstAgendaNumber = null;
    }
    recent2 = recent1;
    recent1 = text;
    if (state !== 'header' && kw.closingHard.test(text)) { state = 'closing'; (target.zone = state); continue; }
    switch (state) {
      case 'header':
      case 'attendees': {
        if (kw.agendaIntro.test(text) || agendaIntroBeforeFiller(text, kw)) { (target.zone = state); state = 'agenda'; continue; }
        // "Item No. 1: ...", "Subject No. 1: ...", "Punto 1.- ...": an item named as such opens the body.
        if (numbered && NAMED_ITEM.test(text)) { state = 'discussion'; break; }
        if (numbered) {
          const next = nextLine(lines, line.index, furniture);
          // (Not the next entry of a numbered attendee list: "7. Dr. Ana Ruiz – Member" over "Leave of absence was ...".)
          if (next && ctx.isProse(next) && !ctx.isProse(line) && !(state === 'attendees' && attendeeKey !== null && itemKey(numbered.number) === nextKey(attendeeKey))) { state = 'discussion'; break; }
        }
        if (numbered && isProse(numbered.rest) && seenOpening) { state = 'discussion'; break; }
        // (A bullet over a lower-case word is a sentence's line OCR marked: "- septiembre del año ...".)
        if (implicitAttendees && isBullet(text, numbered) && /^\p{Lu}/u.test(stripBullet(text))) { state = 'agenda'; break; }
        if (state === 'header' && kw.headerLabel.test(text)) { target.zone = 'header'; continue; }
        // An attendance table's header row ("Name<tab>Title<tab>Attendance") opens the attendee list: its rows are all
        // entries, and a caps heading after it opens the body (not the title).
        if (state === 'header' && text.includes('\t') && tableHeader(text, ctx)) { state = 'attendees'; target.zone = state; continue; }
        // A run of titled names right after an opening that announces them ("... comparecen las siguientes
        // personas:") is the attendee list, even without an attendees heading.
        if (leadIn !== null && kw.honorifics.test(firstWord(text))) { target.zone = 'attendees'; continue; }
        // "Vicepresidente: Carlos Bertolotti" lines under the sentence that announces who came, or under one such line.
        // (Under an attendee line, or under a sentence ending in a colon: "... con la presencia de los siguientes miembros:".)
        if (text.includes(':') && before !== null && (before.zone === 'attendees' || (before.text.includes(':') && LEAD_IN_END.test(before.text))) && roleLabelledName(text, ctx)) { target.zone = 'attendees'; continue; }
        if (state === 'attendees' && !implicitAttendees && lines[line.index - 1]?.blank && !ctx.isProse(line) && (endsAttendeeList(text, kw) || capsHeadingOverProse(text, lines, line.index, furniture, ctx) || letteredHeadingOverProse(text, lines, line.index, furniture, ctx))) { state = 'discussion'; break; }
        // After a blank line, a numbered line naming no one ("1. Welcome") is the body's first item, however short
        // the paragraph under it ("1. Ana Ruiz, Presidenta" stays an entry).
        if (state === 'attendees' && !implicitAttendees && numbered && lines[line.index - 1]?.blank && numbered.rest && (endsAttendeeList(numbered.rest, kw) || sectionOverItem(lines, line.index, furniture, ctx))) { state = 'discussion'; break; }
        // So is a first item in capitals over a line of text, after a list that was no numbered one ("1 KARAKIA" /
        // "Member Fifita opened the meeting ..."; a numbered list's "1. ANA RUIZ" has "2. ..." below it).
        if (state === 'attendees' && attendeeKey === null && numbered && lines[line.index - 1]?.blank && itemKey(numbered.number) === '1' && isCapsHeading(numbered.rest.trim()) && textBelow(lines, line.index, furniture, ctx)) { state = 'discussion'; break; }
        if (ctx.isProse(line) && !line.text.includes('\t')) {
          // (Or an entry under a bare list heading: "Excusas:" / "Orlando Paz Erazo – Decano de la Facultad ..., por ...".)
          // (Or a titled "Name, office, role;" line under an attendee line, however long its office: "Lic. Ana Paz,
          // Jefa del Departamento de Recursos Humanos, Secretaria Ejecutiva;".)
          const titledEntry = (state === 'attendees' || before?.zone === 'attendees') && kw.honorifics.test(firstWord(stripBullet(text))) && nameBeforeRole(stripBullet(text), ctx);
          // ("Apologies were intimated from Mrs. C. Imrie and ..." opens with the excused list's word.)
          if (kw.attendanceVerbs.test(text) || titledEntry || kw.headings.excused!.test(text) || (state === 'attendees' && (/^[^:]{2,40}:\s*\S/.test(text) || kw.honorifics.test(firstWord(stripBullet(text))) ||
            (before !== null && before.heading !== null && !before.after && nameBeforeRole(text, ctx))))) {
            // An opening sentence that also names who came ("siendo las trece horas ... se reúnen") is the opening.
            if (!seenOpening && (ctx.times(text).length || ctx.dates(text).length)) seenOpening = true;
            (target.zone = 'attendees');
            continue;
          }
          if (!seenOpening && (ctx.times(text).length || ctx.dates(text).length)) { seenOpening = true; (target.zone = 'header'); continue; }
          // A letterhead's sentence above the title ("Inscrita en el Registro de Asociaciones con el n.º ...") is header.
          if (state === 'header' && line.index < titleAt) { target.zone = 'header'; continue; }
          state = 'discussion';
          break;
        }
        // A line naming who acts as what, under the attendee lines, is one more of them, however many capitals it has
        // ("Actúa en Secretaría el Secretario de Facultad, Lic. Ana Paz.").
        if (before?.zone === 'attendees' && text.length > 20 && kw.attendanceVerbs.test(text)) { target.zone = 'attendees'; continue; }
        if (!seenTime) timeCandidates.push(text);
        // "Honorable Joan M. Pratt, Comptroller" lines in a header block are an unlabelled attendee list, bulleted or not.
        // (Not the document's first line: that is its letterhead, "UNITED FOOD WORKERS, LOCAL 1186".)
        if (state === 'header' && before !== null && personWithRole(BULLET.test(text) ? stripBullet(text) : text, ctx)) { target.zone = 'attendees'; continue; }
        // A run of short label-free lines after the times is an unlabelled attendee list (institutions).
        if (state === 'header' && !/[:\t\d]/.test(text) && !numbered && timeSeen()) {
          state = 'attendees';
          implicitAttendees = true;
        }
        attendeeKey = state === 'attendees' && numbered ? itemKey(numbered.number) : null;
        (target.zone = state);
        continue;
      }
      case 'agenda': {
        // Under an agenda heading OCR-bent numbers ("ll Lectura", "NA Análisis") still number items.
        const loose = numbered ?? splitLooseNumbering(text, null);
        if (loose) {
          const numbered = loose;
          // "1. Minutes. Upon motion duly made ..." is a discussion item with a run-in title, not an agenda line.
          // (The pattern needs 45 characters at least: shorter items skip it.)
          // (Nor a file number's abbreviation, "3. Expte. N° 0912/2016: Llamado a concurso ...".)
          const runIn = numbered.rest.length >= 45 ? /^([^.:;!?]{2,60}\.)\s+(?!N[°º.o]?\s*\d)\p{Lu}.{40,}$/u.exec(numbered.rest) : null;
          if (runIn && !TITLE_ABBREVIATION.test(runIn[1]!) && isProse(numbered.rest)) { state = 'discussion'; firstAgendaNumber = null; break; }
          const n = itemKey(numbered.number);
          // A paragraph numbered in words after items numbered "1." or "a)" ("SEGUNDO: El Secretario comprueba que
          // ...") is no item: the discussion goes through the items in such paragraphs.
          if (firstAgendaNumber !== null && firstAgendaNumber.length <= 3 && numbered.number.length > 3 && WORD_NUMBER.test(numbered.number) && lines[line.index - 1]?.blank) { state = 'discussion'; firstAgendaNumber = null; break; }
          // The list restarting at its first number is the discussion going through the items; so is a number going
          // back after a blank line ("6. Other business" / "" / "3. Audited statements": items 1 and 2 had no heading).
          // (Not from a number no agenda reaches: "IL." is OCR's "III.", and "IV." goes on after it.)
          if (n === firstAgendaNumber) { state = 'discussion'; firstAgendaNumber = null; break; }
          if (lastAgendaKey !== null && lines[line.index - 1]?.blank && /^\d{1,2}$/.test(n) && /^\d{1,2}$/.test(lastAgendaKey) && Number(n) < Number(lastAgendaKey) && Number(lastAgendaKey) <= 30) { state = 'discussion'; firstAgendaNumber = null; break; }
          firstAgendaNumber ??= n;
          lastAgendaKey = n;
          if (!agendaTitles.has(n)) agendaTitles.set(n, numbered.rest);
          lastAgendaNumberOnly = numbered.rest.trim() === '';
          itemIndent = indentOf(line);
          agendaSeen = true;
          (target.zone = 'agenda');
          continue;
        }
        // A line indented under the item above (a hanging indent) is that item going on, prose or not.
        if (itemIndent >= 0 && !lines[line.index - 1]!.blank && /^\s*[\p{L}(]/u.test(text) && indentOf(line) > itemIndent + 1) { target.zone = 'agenda'; target.continues = true; continue; }
        // After numbered items and a blank line, a short unnumbered line over a paragraph is the discussion's first
        // heading ("4. Puntos varios" / "" / "Cuenta" / "El alcalde informa ..."), not one more item.
        if (lastAgendaKey !== null && !lastAgendaNumberOnly && lines[line.index - 1]?.blank && text.length <= 60 && !isBullet(text, numbered) && !ctx.isProse(line) && textBelow(lines, line.index, furniture, ctx)) { state = 'discussion'; break; }
        // (A short sentence among unnumbered items, the next line an item too, is one more: numbers OCR lost.)
        if (ctx.isProse(line) && !lastAgendaNumberOnly && !isBullet(text, numbered) && !(unnumberedItems >= 2 && itemAmongItems(lines, line, furniture, ctx))) { state = 'discussion'; break; }
        // The first unnumbered item again: the discussion going through the items (their numbers lost to OCR).
        if (!lastAgendaNumberOnly) {
          // (Without the marks OCR leaves around it: "«+ Follow-ups ..." and "Follow-ups ... ;" are one item.)
          const item = ctx.folded(line).replace(BULLET, '').replace(ITEM_EDGES, '');
          if (item === firstAgendaItem) { state = 'discussion'; firstAgendaItem = null; break; }
          firstAgendaItem ??= item;
          unnumberedItems++;
        }
        lastAgendaNumberOnly = false;
        (target.zone = 'agenda');
        continue;
      }
      default:
        break;
    }
    // discussion, agreements and closing states
    const key = numbered ? itemKey(numbered.number) : null;
    if (key !== null && !agendaTitles.size) {
      // Without an agenda, the discussion's own numbered headings ("7. In camera session") count its items; after an
      // agreements list ("Action items" and its table), a heading after a blank line going on with that count ("8.
      // Adjournment") takes the discussion up again.
      if (state === 'discussion' && !ctx.isProse(line)) headingKey = key;
      else if (state === 'agreements' && headingKey !== null && lines[line.index - 1]!.blank && key === nextKey(headingKey) && !ctx.isProse(line)) { state = 'discussion'; headingKey = key; }
    } else if (key !== null) {
      // The discussion reaching an agenda item under its heading.
      if (state === 'discussion' && agendaTitles.has(key)) discussedKey = key;
      // "ACUERDOS:" and its list inside an item's discussion, then the next item's heading after a blank line: the
      // discussion goes on, and the block was that item's (a final agreements list numbered 1, 2 ... never reads as
      // the next item, which the discussion had not reached).
      else if (state === 'agreements' && itemAgreements >= 0 && lines[line.index - 1]!.blank && key === nextKey(discussedKey!) &&
        overlap(numbered!.rest, agendaTitles.get(key) ?? '') >= 0.6) {
        if (blockInItem) for (let j = itemAgreements; j < line.index; j++) if (!out[j]!.blank && out[j]!.zone === 'agreements') out[j]!.inItem = true;
        state = 'discussion';
        discussedKey = key;
        itemAgreements = -1;
      }
    }
    if (state === 'discussion' || state === 'agreements') {
      if (kw.noAgreements.test(text)) { (target.zone = 'agreements'); continue; }
      if (numbered && state === 'discussion') { adjournItem = kw.adjournItem.test(numbered.rest.trim()); adjournedInItem = false; }
      // A signature after the agreements list: a name in parentheses alone on its line ("(Meera Iyer)" / "Honorary
      // Secretary" / "Date: ..."), opens the closing.
      if (state === 'agreements' && !numbered && text.startsWith('(') && text.length <= 50 && lines[line.index - 1]!.blank && signatureName(text, ctx)) { state = 'closing'; (target.zone = state); continue; }
      // After the closing item's adjournment sentence, a block that is no prose (the signatures) is the closing.
      if (adjournedInItem && state === 'discussion' && !numbered && lines[line.index - 1]!.blank && !ctx.isProse(line)) { state = 'closing'; (target.zone = state); continue; }
      if (adjournItem && !numbered && ctx.mayClose(line) && SOFT_HINT.test(text) && kw.closingSoft.test(text)) adjournedInItem = true;
      // A numbered paragraph ending its item with the adjournment ("III. En asuntos generales no hubo intervenciones y
      // se levantó la sesión ...") is that item's part; the closing extractor reads its time all the same.
      if (!adjournItem && !numbered && ctx.mayClose(line) && SOFT_HINT.test(text) && kw.closingSoft.test(text)) { state = 'closing'; (target.zone = state); continue; }
    }
    (target.zone = state);
  }
  attendanceInItems(out, attendanceItems);
  trailingBulletsAreAgreements(out, ctx.kw);
  taskListsAreAgreements(out, ctx);
  return out;
}

/** An attendance item's heading and its list, to the next zone, are the text of its discussion part as well. */
function attendanceInItems(out: Labelled[], starts: number[]): void {
  for (const i of starts) {
    for (let j = i; j < out.length; j++) {
      const l = out[j]!;
      if (l.zone !== 'attendees' && l.zone !== 'blank' && l.zone !== 'furniture') break;
      if (l.zone === 'attendees') l.inItem = true;
    }
  }
}

/** "Task — owner — due" lines in a run of two or more are an action list, heading or not. */
const TASK = /\S\s+[—–]\s+\S.*\s[—–]\s+\S/u;

/** An em or en dash: only discussion lines are asked, so a test of each beats a scan of the whole text. */
const DASH = /[—–]/;

function taskListsAreAgreements(out: Labelled[], ctx: SegmentContext): void {
  let run: Labelled[] = [];
  const close = () => { if (run.length >= 2) for (const l of run) l.zone = 'agreements'; run = []; };
  for (const l of out) {
    if (l.blank) continue;
    // The dash test gates TASK, whose backtracking is costly on long lines without any dash.
    if (l.zone === 'discussion' && DASH.test(l.text) && TASK.test(l.text) && !ctx.isProse(l)) run.push(l);
    else close();
  }
  close();
}

/** With no agreements heading, a bullet run closing the discussion is the agreements list, unless its heading says the topics were left for later. */
function trailingBulletsAreAgreements(out: Labelled[], kw: Keywords): void {
  if (out.some((l) => l.zone === 'agreements')) return;
  let end = out.length - 1;
  while (end >= 0 && out[end]!.zone !== 'discussion') end--;
  let firstBullet = -1;
  for (let i = end; i >= 0; i--) {
    const l = out[i]!;
    if (l.zone === 'blank' || l.zone === 'furniture') continue;
    if (l.zone !== 'discussion') break;
    if (isBullet(l.text)) firstBullet = i;
    else if (!/^\s*[a-záéíóúñ(]/u.test(l.text)) break;
  }
  if (firstBullet < 0) return;
  let above = firstBullet - 1;
  while (above >= 0 && out[above]!.blank) above--;
  if (above >= 0 && out[above]!.text.length <= 60 && kw.pendingTopics.test(out[above]!.text)) return;
  for (let j = firstBullet; j <= end; j++) if (out[j]!.zone === 'discussion') out[j]!.zone = 'agreements';
}
