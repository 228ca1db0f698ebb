// One agreement line: responsible and due pulled out of "(Resp.: X)", "— Steve — June 19",
// "Ana: publish ... (due 2024-05-24)", "Responsable: X", "(a cargo de X)".
import type { Agreement, Lang } from '../types.js';
import type { Keywords } from '../segment/keywords.js';
import { WEEKDAYS, findDates, parseDate } from './dates.js';
import { beforeFolding, fold, orNull, squash, stripBullet, TASK_BOX, TITLE_WORDS, wordCount } from './text.js';

export interface DueContext {
  lang: Lang;
  year: number | null;
  kw: Keywords;
}

const DEADLINE_WORDS = `(?:antes del?|a m[aá]s tardar(?: el)?|hasta el|plazo(?: de)?|no(?:t)? later than|by|before|due|el (?:${WEEKDAYS}))`;
/** The words that announce a deadline, right before its date. */
const DEADLINE = new RegExp(`${DEADLINE_WORDS}\\s*[:,]?\\s*$`, 'iu');
/** The same words anywhere: a text without them has no deadline, whatever dates it holds. */
const ANY_DEADLINE = new RegExp(DEADLINE_WORDS, 'iu');
/**
 * The words right before what can start a date written with figures: a figure, or a month name and a figure ("by
 * 5 June", "antes del 17 de abril", "due June 5"). fold() turns no other character into a figure or a space, so
 * this reads the text unfolded. Global: the search starts where the first of the words is.
 */
const DEADLINE_FIGURES = new RegExp(`${DEADLINE_WORDS}\\s*[:,]?\\s*(?:\\d|[^\\s\\d]+\\s+\\d)`, 'giu');
/**
 * A date in words ("veinte de marzo de dos mil ...") holds "de <month> de": the first three letters of each month
 * name findDates reads are enough for a gate. Global, as above: a deadline's date comes after its words.
 */
const MONTH_IN_WORDS = new RegExp(
  `${beforeFolding('de\\s+(?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic|jan|apr|aug|dec)').source}\\S*\\s+${beforeFolding('de').source}`,
  'g',
);

/** A stop between two sentences, not a title's ("Prof. Lee") or an initial's. */
const SENTENCE_INSIDE = new RegExp(String.raw`(?<!\b(?:${TITLE_WORDS}|\p{Lu}))[.;]\s`, 'u');
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
/** A deadline's word before its date in a dashed field ("– by May 1"). */
const DUE_WORD = /^(?:by|due|before)\s+/i;

const BENT_ISO = /^((?:19|20)\d\d)[ ./-](\d\d)[ ./-](\d\d)$/;

/** A due value: ISO when it is a date, else the words ("Fecha por definir", "ongoing"). */
export function dueValue(s: string | null, ctx: DueContext): string | null {
  // An ISO date whose dashes OCR read as a space or a period ("2024 05-21", "2023.05.17").
  const t = orNull(s)?.replace(BENT_ISO, '$1-$2-$3');
  if (!t || /^[—–-]+$/.test(t)) return null;
  const d = findDates(t, { lang: ctx.lang, defaultYear: ctx.year });
  if (d.length && d[0]!.end - d[0]!.start >= t.length * 0.5) return d[0]!.iso;
  return t;
}

/** A deadline date written in the agreement's own text ("antes del 17 de abril"). */
export function dueInText(text: string, ctx: DueContext): string | null {
  // Scans for the words, then for the words before a date, spare looking for dates (folding, five patterns) in most
  // texts.
  const words = ANY_DEADLINE.exec(text);
  if (!words) return null;
  DEADLINE_FIGURES.lastIndex = words.index;
  MONTH_IN_WORDS.lastIndex = words.index;
  if (!DEADLINE_FIGURES.test(text) && !MONTH_IN_WORDS.test(text)) return null;
  for (const d of findDates(text, { lang: ctx.lang, defaultYear: ctx.year })) {
    if (DEADLINE.test(text.slice(Math.max(0, d.start - 30), d.start))) return d.iso;
  }
  return null;
}

/** A "due" and a date closing an item, its parenthesis bent or lost ("{due 2024-05-24)", "due 2024-05-28;"). */
const BENT_DUE = /\s+[{[(]?due\s+([\d][\d .\/-]{5,12}\d)\s*[)}\];.]*$/;

/** "that the Finance Director obtain ...": an office of one to three capitalised words, then a verb in lower case. */
const THAT_OFFICE = /\b[Tt]hat the ((?:\p{Lu}[\p{Ll}-]+ ){0,2}\p{Lu}[\p{Ll}-]+) (?!be |is |was |has |have |shall |will )\p{Ll}/u;

/** An owner's name: one to three capitalised words. */
const OWNER_NAME = String.raw`\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}`;
/** Owners of an English action: one, or several joined ("Ana and Tom", "Ana, Tom & Lee"), then "to" and a verb. */
const OWNER_TO = new RegExp(String.raw`^(${OWNER_NAME}(?:(?:,\s*|\s+(?:and|&)\s+)${OWNER_NAME})*)\s+to\s+\p{Ll}`, 'u');
/** A resolution's or agreement's label with its number, before the text. */
const NUMBERED_LABEL = /^(?:resoluci[oó]n|resolution|acuerdo)\s+(?:n[uú]m(?:ero)?\.?|n\.?\s?[°º]\.?|no\.?)?\s*(\d[\w/.-]*?)[.:-]*\s*[:.-]\s*(?=\p{Lu})/iu;
/**
 * A label naming the kind of item before it, after its colon or a dash OCR may have read as two hyphens or tildes
 * ("Action -- Ana to send ...", "Action ~~ ...").
 */
const ITEM_LABEL = /^(?:action(?: item)?|acci[oó]n|agreed|decision|decisi[oó]n|tarea)(?:\s*(?::|-{2,3}|~{1,3}|[—–])\s*|\s+[-~]\s+)/i;
/** Owners named as a group ("All directors", "Each trustee"): a quantifier and one or two words in lower case. */
const OWNER_GROUP = String.raw`(?:All|Each|Both|Every)\s\p{Ll}+(?:\s\p{Ll}+)?`;
const OWNER_COLON = new RegExp(String.raw`^(@[\w.-]+|${OWNER_GROUP}|${OWNER_NAME}(?:\s*(?:[+&]|and)\s*${OWNER_NAME})*)\s*:\s+(\p{Ll}.*)$`, 'u');
/**
 * "Ana → write the release notes (2025-02-06)": an owner, an arrow and a task in lower case. OCR reads the arrow as a
 * dash, a tilde or a '>': those count only before a task closed by a date in parentheses (CLOSING_DATE).
 */
const ARROW_OWNER = new RegExp(String.raw`^(${OWNER_NAME}(?:\s*(?:[+&]|and)\s*${OWNER_NAME})*)\s*(?:(→|->|=>)|[—–~>])\s*(\p{Ll}.*)$`, 'u');
/** A name of two to four capitalised words. */
const FULL_NAME = String.raw`\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,3}`;
/**
 * "(Marco Pulla, hasta el 7 de febrero de 2024)", "(Rosa Chuquiguanga)" closing a task: its owners, named in full
 * (one word may be a place or a product), and maybe a date after a comma.
 */
const PAREN_OWNER = new RegExp(String.raw`\s*\((${FULL_NAME}(?:\s+(?:y|e|and|&)\s+${FULL_NAME})*)(?:,\s*([^()]{4,40}))?\)\.?$`, 'u');
/** Deadline words before a date. */
const DUE_WORDS = /^(?:hasta el|antes del?|a m[aá]s tardar el|para el|by|before|due)\s+/iu;
/** One character other than a figure after a text's final stop. */
const TRAILING_SPECK = /(?<=[.;])\s+[^\s\d]$/u;
/** A date alone in parentheses closing a task: its due. */
const CLOSING_DATE = /\s*\(([^()]{6,30})\)\.?$/;
/**
 * A deadline set apart by a dash at the end of an item ("sign the contract – by 2025-02-07"), OCR's hyphen or tilde
 * for the dash included: a field, no part of the text.
 */
const DASHED_DUE = /\s+[—–~-]\s+(?:(?:by|due|before|deadline:?|antes del?|hasta el|plazo:?)\s+)?([^—–~\s][^—–~]{3,30})$/iu;
/** A deadline closing a task: "... by 17 October 2023.", "... before June 5". */
const TRAILING_DEADLINE = /,?\s+(?:by|before|no(?:t)? later than)\s+[^.;]*\d[^.;]*\.?$/i;
/** A deadline in words closing a task: "... before the next meeting.", "... by the end of the month". */
const TRAILING_WORDS_DEADLINE = /,?\s+((?:by|before|at|not later than) (?:the )?(?:next (?:meeting|committee|board|council|sync|call)(?: meeting)?|end of (?:the )?(?:week|month|year|term|quarter)))\.?$/i;
/** A field holding owners' names only ("Marisol and DeShawn", "Ana, Tom & Lee"). */
const OWNERS_ONLY = new RegExp(String.raw`^${OWNER_NAME}(?:(?:,\s*|\s+(?:and|&)\s+)${OWNER_NAME})*$`, 'u');
const LOWER_FIRST = /^\p{Ll}/u;
/** Words that open an action without naming its owner ("Motion to approve ..."). */
const NOT_OWNER = /^(?:motion|resolved|agreed|decision|action|it|this|that|the|we|all|proposal|request|agreement)\b/i;

/**
 * "... Responsable: Sr. Héctor Valdivia." closing the text: the name may hold a title's or an initial's period, no
 * other.
 */
const INLINE_RESPONSIBLE = new RegExp(String.raw`\s*(?:^|[.;]\s+)(?:responsables?|responsible|resp\.)\s*:\s*((?:[^.;]|(?<=\b(?:${TITLE_WORDS}|\p{Lu}))\.)+?)\.?\s*$`, 'iu');

/** What every word of an inline responsible label starts with: a literal scan before the pattern. */
const RESP = /resp/iu;

export function parseAgreement(raw: string, givenNumber: string | null, ctx: DueContext): Agreement {
  let number = givenNumber;
  // A task box, maybe after a list bullet ("- [ ] @ana: ...").
  const unbulleted = stripBullet(raw);
  const box = TASK_BOX.exec(raw) ?? TASK_BOX.exec(unbulleted);
  let squashed = squash(box ? (box.input === raw ? raw : unbulleted).slice(box[0].length) : unbulleted);
  // A lone mark after the final stop ("... Sachaca. a") is an OCR speck: it would hide the fields closing the text.
  if (squashed.length > 3 && squashed.charCodeAt(squashed.length - 2) === 32) squashed = squashed.replace(TRAILING_SPECK, '');
  // "ACTION: Clerk to ...", "Decision: ..." in a list: the label says what the item is, as inline ones lose it.
  // (Every label starts with one of a d t: most items skip the pattern.)
  if (/^[adtADT]/.test(squashed) && ITEM_LABEL.test(squashed)) squashed = squashed.replace(ITEM_LABEL, '');
  // "Resolución núm. 01-2024: Se aprueba ...", "Resolution No. 2019-41. That ...": the label's number is the item's.
  const numbered = number === null ? NUMBERED_LABEL.exec(squashed) : null;
  if (numbered) { number = numbered[1]!; squashed = squashed.slice(numbered[0].length); }
  let text = squashed;
  let responsible: string | null = null;
  let due: string | null = null;
  // Each pattern below needs a '(', ':' or dash: cheap includes() gates skip the regexes on plain items.
  const paren = text.includes('(');
  if (paren) text = text.replace(/\s*\((?:resp(?:onsable)?s?\.?|encargad[oa]s?)\s*:\s*([^)]*)\)/iu, (_, r: string) => { responsible = r; return ''; });
  if (paren) text = text.replace(/\s*\((?:due|plazo|vence)\s*:?\s*([^)]*)\)/iu, (_, d: string) => { due = dueValue(d, ctx); return ''; });
  // "... migration plan (next sync)", "(fecha por definir)": a closing parenthesis saying when, with no date.
  const when = paren && !due ? /\s*\(([^()]{2,30})\)$/.exec(text) : null;
  if (when && ctx.kw.undefinedDue.test(when[1]!.trim())) { due = when[1]!.trim(); text = text.slice(0, when.index); }
  // OCR bends or drops the opening parenthesis of a closing "(due ...)": "{due 2024-05-24)", "due 2024-05-28;".
  if (!due && text.includes('due')) {
    const bent = BENT_DUE.exec(text);
    const d = bent ? dueValue(bent[1]!, ctx) : null;
    if (d && ISO_DATE.test(d)) { due = d; text = text.slice(0, bent!.index); }
  }
  // "Enviar la programación (Marco Pulla, hasta el 7 de febrero de 2024).": the owners and the date closing the task.
  const closingOwner = paren && responsible === null && (text.endsWith(')') || text.endsWith(').')) ? PAREN_OWNER.exec(text) : null;
  if (closingOwner) {
    const iso = closingOwner[2] ? dueValue(closingOwner[2].replace(DUE_WORDS, ''), ctx) : null;
    if (!closingOwner[2] || (iso && ISO_DATE.test(iso))) {
      responsible = closingOwner[1]!;
      due ??= iso;
      text = text.slice(0, closingOwner.index);
    }
  }
  const colon = text.includes(':');
  // "... Responsable: Tesorera. Plazo: 31 de marzo de 2021." - the last labelled field first, then the one before it.
  let inlineDue = colon ? /(?:^|[.;]\s+)(?:plazo|fecha(?: l[ií]mite)?|vencimiento|due|deadline)\s*:\s*([^;]+?)\.?\s*$/iu.exec(text) : null;
  // A bare "Fecha:" closes the item only over a date: "Fecha: por definir" may be any note.
  if (inlineDue && /^[.;\s]*fecha\s*:/iu.test(inlineDue[0]) && !ISO_DATE.test(dueValue(inlineDue[1]!, ctx) ?? '')) inlineDue = null;
  if (inlineDue) { due ??= dueValue(inlineDue[1]!, ctx); text = text.slice(0, inlineDue.index + (inlineDue[0].startsWith('.') ? 1 : 0)); }
  // (RESP turns away most texts before this pattern, which may start anywhere.)
  const inlineResp = colon && RESP.test(text) ? INLINE_RESPONSIBLE.exec(text) : null;
  if (inlineResp) { responsible ??= inlineResp[1]!; text = text.slice(0, inlineResp.index + (inlineResp[0].startsWith('.') ? 1 : 0)); }
  let dashed = text.includes('—') || text.includes('–') ? text.split(/\s+[—–]\s+/u) : [];
  // OCR reads a dash as a hyphen or a tilde: then only a date in the last field tells the fields apart.
  const bent = dashed.length !== 3 && (text.includes(' - ') || text.includes(' ~ ')) ? text.split(/\s+[—–~-]\s+/u) : [];
  if (bent.length === 3 && ISO_DATE.test(dueValue(bent[2]!.replace(DUE_WORD, ''), ctx) ?? '')) dashed = bent;
  // "Task — owner — due": an owner and a due are a few words each; a sentence after the second dash is the text going on.
  // ("Roll call vote: Ayes – Lee, Ruiz. Nays – none.": sentences between the dashes are a vote's, not fields.)
  // "Tom and Ana — write the letter — by Oct 27": the owners first, then the task in lower case.
  const ownerFirst = dashed.length === 3 && ctx.lang === 'en' && LOWER_FIRST.test(dashed[1]!) && OWNERS_ONLY.test(dashed[0]!) && !NOT_OWNER.test(dashed[0]!);
  if (ownerFirst) {
    responsible ??= dashed[0]!;
    text = dashed[1]!;
    const when = dashed[2]!.replace(DUE_WORD, '').replace(/\.$/, '');
    due ??= dueValue(when, ctx);
  } else if (dashed.length === 3 && wordCount(dashed[1]!) <= 5 && wordCount(dashed[2]!) <= 5 && !SENTENCE_INSIDE.test(dashed[1]!) && !SENTENCE_INSIDE.test(dashed[2]!)) {
    text = dashed[0]!;
    responsible ??= dashed[1]!;
    due ??= dueValue(dashed[2]!.replace(DUE_WORD, ''), ctx);
  }
  // "sign the contract – by 2025-02-07": only a whole date after the dash is a deadline.
  const dashedDue = due === null && (dashed.length || text.includes(' - ') || text.includes(' ~ ')) ? DASHED_DUE.exec(text) : null;
  const dashedIso = dashedDue ? dueValue(dashedDue[1]!.replace(/[.;]$/, ''), ctx) : null;
  if (dashedIso && ISO_DATE.test(dashedIso)) { due = dashedIso; text = text.slice(0, dashedDue!.index); }
  // "Ana Ruiz: publish ...", "@aruiz: cut the release ...", "Sol + Chidi: add ...".
  const owner = colon ? OWNER_COLON.exec(text) : null;
  if (owner && !/^(acuerdo|resolved|agreed|action|decision)/i.test(owner[1]!)) { responsible ??= owner[1]!; text = owner[2]!; }
  // "Ana → write the notes (2025-02-06)": the owner before the arrow, the date closing the task its due.
  const arrow = !owner && responsible === null && /[→>~—–]/u.test(text) ? ARROW_OWNER.exec(text) : null;
  if (arrow) {
    const closing = CLOSING_DATE.exec(arrow[3]!);
    const iso = closing ? dueValue(closing[1]!, ctx) : null;
    const dated = iso !== null && ISO_DATE.test(iso);
    if (arrow[2] || dated) {
      responsible = arrow[1]!;
      text = dated ? arrow[3]!.slice(0, closing!.index) : arrow[3]!;
      if (dated) due ??= iso;
    }
  }
  // After an OCR'd task box the owner's colon may have come out as a period ("{| Ana. publish the ...").
  const dotted = box && !owner && responsible === null ? /^(\p{Lu}\p{Ll}+)\.\s+(\p{Ll}.*)$/u.exec(text) : null;
  if (dotted) { responsible = dotted[1]!; text = dotted[2]!; }
  // "RESOLVED that the Treasurer arrange payment": the office a resolution charges (not the body deciding).
  const that = ctx.lang === 'en' && responsible === null && text.includes('hat the ') ? THAT_OFFICE.exec(text) : null;
  if (that) {
    const last = fold(that[1]!.split(' ').at(-1)!);
    if (ctx.kw.roleWords.test(last) && !ctx.kw.orgHeads.test(last)) responsible = that[1]!;
  }
  // "Clerk to write to the county", "JB to circulate the draft": an English action names its owner first.
  const to = ctx.lang === 'en' && responsible === null ? OWNER_TO.exec(text) : null;
  // ("The Clerk to submit ...": the office, without its article.)
  const office = to?.[1]!.replace(/^The\s+/, '');
  // The task is what the owner is to do, as for "Ana: publish ...": "Clerk to report the gully by 17 October" ->
  // "report the gully", the owner and the deadline read into their fields.
  let task = false;
  if (office && !NOT_OWNER.test(office)) { responsible = office; text = text.slice(to!.index + to![0].length - 1); task = true; }
  const charge = text.includes('(') ? /\((?:a cargo de|responsable:?|led by)\s+(?:la\s+|el\s+|los\s+|las\s+)?([^)]*)\)/iu.exec(text) : null;
  if (charge) responsible ??= charge[1]!;
  due ??= dueInText(text, ctx);
  if (task && due) text = text.replace(TRAILING_DEADLINE, '');
  // ("Clerk to report back before the next meeting": the words are the due, as a table's "next meeting" cell is.)
  const inWords = task && !due && (text.includes(' next ') || text.includes(' end of ')) ? TRAILING_WORDS_DEADLINE.exec(text) : null;
  if (inWords) { due = inWords[1]!; text = text.slice(0, inWords.index); }
  // A task is what is to be done, without the sentence's stop ("Liam to add the rules." -> "add the rules").
  if (task && text.endsWith('.')) text = text.slice(0, -1);
  // Most texts lose nothing: the text squashed above needs no second scan.
  return { number, text: text === squashed ? text : squash(text), responsible: orNull(responsible), due: due ?? null };
}

export { parseDate };
