// Decisions inside the discussion paragraphs: labelled ones ("ACUERDO N° 45:", "RESOLVED, that", "Motion by ..."),
// motions said in sentences, formal decision sentences and, where the minutes list none, decisions told in passing.
import type { Agreement } from '../types.js';
import { globalOf, type Keywords } from '../segment/keywords.js';
import type { Part } from './discussion.js';
import { parseAgreement, type DueContext } from './agreement-item.js';
import { ORDINALS_TITLE, ORDINALS_UPPER, fold, splitNumbering } from './text.js';
import { sentenceAround, sentenceStart } from './sentences.js';
import { APPROVED, decisionsInPassing } from './decisions-passing.js';

/** /^[\p{L}\d]/u, with an ASCII first character answered without the Unicode pattern. */
function startsWithLetterOrDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 128) return /^\p{L}/u.test(s);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const atEnds = new WeakMap<RegExp, RegExp>();

/**
 * The twin of a pattern that can only match at the end of the text (each alternative ends in `$`), written as a
 * sticky look-behind: testEnd() tries it at the end of the text only, instead of trying the whole pattern (or even
 * just `$`) at each position, which matters on paragraph-long texts.
 */
function atEnd(re: RegExp): RegExp {
  let twin = atEnds.get(re);
  if (!twin) atEnds.set(re, (twin = new RegExp(`(?<=${re.source})`, `${re.flags.replace(/[gy]/g, '')}y`)));
  return twin;
}

/** Whether the atEnd() twin `twin` matches `s`: the pattern ends where the text does. */
function testEnd(twin: RegExp, s: string): boolean {
  twin.lastIndex = s.length;
  return twin.test(s);
}

/** The form of a motion: a word, "by" a mover, "seconded by" a seconder. */
const SECONDED_MOTION = /^\p{L}{4,7} by [^,;.]{2,40}, seconded by\b/iu;
/** "Moved by A that ...": a motion even when no one is said to second it. */
const MOVED_THAT = /^Moved by [^,;.]{2,40},? that\b/;
const SENTENCE_STOP = /[.;:!?]\s*$/;
const LOWER_START = /^\p{Ll}/u;

/**
 * A motion said with no label, in the sentences of a paragraph: "After a short discussion, Ana Ruiz moved to approve
 * the minutes, Tom Paz seconded. The motion carried 5-0." Its text runs from the sentence naming the mover to the end
 * of the one giving the outcome, which must come after it; a seconding must be said in between. Null when the
 * paragraph holds no such motion.
 */
function spokenMotion(p: string, kw: Keywords): string | null {
  const moved = kw.motionMoved.exec(p);
  if (!moved) return null;
  const rest = p.slice(moved.index);
  const outcome = kw.motionOutcome.exec(rest);
  if (!outcome || !(kw.motionSeconded.test(rest.slice(0, outcome.index + outcome[0].length)) || MOVED_THAT.test(rest))) return null;
  return sentenceAround(p, moved.index, moved.index + outcome.index + outcome[0].length);
}

/** Stems every decision wording without a colon holds: resol-, minutes, motion, agreed, decided, recommend-, consensus, ordinance. */
const DECISION_STEMS = /resol|minutes|motion|agreed|decided|recommend|consensus|ordinance/i;

/**
 * Which colons the top-level alternatives of a pattern's source hold: `every` when each one has a colon that any match
 * must hold (outside groups and classes, with no quantifier after it), `none` when no match can hold a colon (the
 * source's colons are group syntax, "(?:", or in negated classes, "[^.;:]"), `some` otherwise.
 */
function colonsOf(source: string): 'every' | 'none' | 'some' {
  let depth = 0;
  /** Inside a class: 1 a class that may match ':', -1 a negated one. */
  let inClass = 0;
  let loose = false;
  let branchHas = false;
  let required = false;
  let every = true;
  for (let i = 0; i < source.length; i++) {
    let c = source[i]!;
    // An escaped character is a literal ("\\:" is a colon too).
    if (c === '\\') { c = source[++i]!; if (c !== ':') continue; }
    if (inClass) { if (c === ']') inClass = 0; else if (c === ':' && inClass > 0) loose = true; continue; }
    if (c === '[') { inClass = source[i + 1] === '^' ? -1 : 1; if (inClass < 0) i++; }
    else if (c === '(') { depth++; if (source[i + 1] === '?' && source[i + 2] === ':') i += 2; }
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { every &&= branchHas; branchHas = false; }
    else if (c === ':') {
      const q = source[i + 1];
      if (depth === 0 && q !== '?' && q !== '*' && q !== '{') branchHas = required = true;
      else loose = true;
    }
  }
  every &&= branchHas;
  return every ? 'every' : loose || required ? 'some' : 'none';
}

const decisionGates = new WeakMap<Keywords, (p: string) => boolean>();

/**
 * A cheap test every paragraph holding a decision sentence passes: a colon where every wording holds one (Spanish), the
 * stems where none does (English), either otherwise. A native search for ':' costs far less than a case-insensitive
 * pattern of several stems scanned over every paragraph.
 */
function decisionGate(kw: Keywords): (p: string) => boolean {
  let gate = decisionGates.get(kw);
  if (!gate) {
    const colons = colonsOf(kw.decisionSentence.source);
    gate = colons === 'every' ? (p) => p.includes(':') : colons === 'none' ? (p) => DECISION_STEMS.test(p) : (p) => p.includes(':') || DECISION_STEMS.test(p);
    decisionGates.set(kw, gate);
  }
  return gate;
}

/**
 * The sentences of a paragraph stating a formal decision ("Cllr Lee reported ... It was RESOLVED to accept ..."), each
 * once: a paragraph may state several ("Resolution No. 7 ... was adopted. It was the consensus of the board that ...").
 */
function decisionSentences(p: string, kw: Keywords): string[] {
  // Every wording in the tables holds a colon or one of the stems: most paragraphs hold none.
  if (!decisionGate(kw)(p)) return [];
  const out: string[] = [];
  const re = globalOf(kw.decisionSentence);
  for (let d = re.exec(p); d; d = re.exec(p)) {
    const end = d.index + d[0].length;
    // "... se ACORDÓ: contratar la fumigación ...": what the colon announces is the agreement.
    const start = d[0].endsWith(':') ? end : sentenceStart(p, d.index);
    const text = sentenceAround(p, d.index, end, start);
    if (text) out.push(text);
    re.lastIndex = Math.max(end, p.indexOf(text, start) + text.length);
  }
  return out;
}

/** A paragraph ending in a colon announces what follows; a colon after a full stop ("... per month. :") is an OCR speck. */
function announces(p: string): boolean {
  const t = p.trimEnd();
  return t.endsWith(':') && !/[.;]\s*:$/.test(t.slice(-4));
}

/** "RESOLVED, that", "BE IT FURTHER RESOLVED that" (its "IT" maybe bent by OCR): a resolution's own words, kept in its text. */
const RESOLVED_WORDS = /^(?:be \S{2} (?:further )?)?resolved/i;
/** "RESOLUTION NO. 31 OF 1994" printed over the resolution it numbers: its number, no part of its text. */
const RESOLUTION_LEAD = /^resolution\s+no\.?\s*(\d[\w/-]*)(?:\s+of\s+\d{4})?\s+(?=(?:be \S{2}\s+(?:further\s+)?)?resolved\b)/i;
/** A resolution's recitals ("WHEREAS, ...", "NOW, THEREFORE, ...") opening a paragraph. */
const PREAMBLE = /^(?:whereas\b|now,?\s+therefore\b)/i;
/** The clause after the recitals: "BE IT RESOLVED that ...", maybe after "NOW, THEREFORE,". */
const RESOLVED_CLAUSE = /(?:^|[\s,;:])(be \S{2} resolved\b)|therefore,?\s+(resolved\b)/i;
/** "BE IT FURTHER RESOLVED": a resolution's clause adding to the one above. */
const FURTHER = /^be \S{2} further resolved/i;
/** "Resolution No. 2022-14": a resolution's number. */
const RESOLUTION_NO = /resolution no\.?\s*(\d[\w-]*|[\w-]*\d[\w-]*)/i;
/**
 * A roll-call tally after a resolution's stop ("... sign the contract. Ayes: 5. Nays: 0.", "Roll call vote: Ayes: Lee,
 * Ruiz. ..."): the vote, not the resolution.
 */
const TALLY = /(?<=[.;])\s+(?:roll[- ]call(?: vote)?\s*[:.]\s*(?:ayes|yeas)\b|(?:ayes|yeas)\s*:\s*\d).*$/i;
/** "RESOLVED:" opening a paragraph: a label, unlike "RESOLVED, that". */
const RESOLVED_COLON = /^resolved\s*:\s*/i;
/**
 * The number in a decision's label: after "N°"/"No." (maybe after the body's initials, "RESOLUCIÓN CD N° 151/16") or a
 * word holding a figure ("2024-06", "GC/27/01").
 */
const LABEL_NUMBER = /^(?:(?:acuerdo|motion|resoluci[oó]n|resolution)\s+(?:[a-z]{1,4}\s+(?=n))?|res[.,]\s*)(?:n\S*\s*([\w/.-]+)|([\w/.-]*\d[\w/.-]*))/iu;
/** "VOTE: approve the budget. +5, 0 against. Passed.": a vote's label before what it decided, a verb in lower case. */
const WORD_RUN = /\p{L}{3}/u;
const VOTE_LABEL = /^vote\s*[:;]$/i;

/** "Motion 2022-41", "Motion No. 7": a motion's number. */
const MOTION_NUMBER = String.raw`^motion\s+(?:no\.?\s*)?([\w./-]*\d[\w./-]*)`;
/** A motion's number printed before its "Moved by". */
const MOTION_LEAD = new RegExp(String.raw`${MOTION_NUMBER}\s+(?=moved by\b)`, 'i');
/** A motion's number alone on its line. */
const MOTION_ALONE = new RegExp(`${MOTION_NUMBER}$`, 'i');
/** A motion's outcome alone: "CARRIED", "Carried unanimously.", "DEFEATED", maybe after or before an OCR speck. */
const OUTCOME_STAMP = /^[^\p{L}]{0,3}(?:motion\s+)?(?:carried|defeated|lost|passed|failed|adopted)\b[^.]*\.?[^\p{L}]*$/iu;
/**
 * An outcome in capitals after the motion's stop and before the next sentence or the end, with no mark of its own: a
 * stamp printed on a line of its own ("... as circulated. CARRIED"), no part of the motion's text, unlike "CARRIED.".
 */
const STAMP = /(?<=[.;])\s+(?:CARRIED|DEFEATED|LOST|PASSED|ADOPTED)(?: UNANIMOUSLY)?(?=$|\s+\p{Lu})/u;

/** A sub-item's mark after a sentence's stop ("... be approved. b) The auditor's report ..."): the next item starts. */
const SUB_ITEM = /(?<=[.;)])\s+(?:\(?[a-h]\)|\([ivx]{1,4}\)|[ivx]{1,4}\)|\d{1,2}\))\s+(?=\p{Lu}|\d)/u;
/**
 * A vote in parentheses closing a resolution ("... the application. (Unanimous)", "(For 5, Against 0, Abstention 1)")
 * before the next sentence: the paragraph's lines after it tell what came next.
 */
const VOTE_CLOSE = /\((?:unanimous(?:ly)?(?: carried| agreed)?|carried[^()]{0,30}|for:? \d[^()]{0,40}|\d+ (?:for|in favour)[^()]{0,40}|nem\.? con\.?)\)(?=\s+["“(]?\p{Lu})/iu;

/** A decision's text up to the next sub-item a paragraph ran into it. */
function untilSubItem(text: string): string {
  // (Every mark holds a ')': most texts skip the patterns.)
  if (!text.includes(')')) return text;
  const v = VOTE_CLOSE.exec(text);
  if (v) text = text.slice(0, v.index + v[0].length);
  const s = SUB_ITEM.exec(text);
  return s ? text.slice(0, s.index) : text;
}

/** The motion's text without a stamp line's outcome and what follows it. */
function withoutStamp(text: string): string {
  const s = STAMP.exec(text);
  return s ? text.slice(0, s.index) : text;
}

/** A motion spoken in a paragraph, its "Motion 2022-43" number read and its stamp dropped. */
function motionAgreement(text: string, ctx: DueContext): Agreement {
  const lead = (text.charCodeAt(0) | 0x20) === 0x6d ? MOTION_LEAD.exec(text) : null;
  return parseAgreement(withoutStamp(lead ? text.slice(lead[0].length) : text), lead?.[1] ?? null, ctx);
}

/**
 * An agreement's item named by its ordinal word, as Spanish councils number what one "ACUERDO:" holds ("Primero.-
 * Aprobar ...", "SEGUNDO: Exponer ..."): its word and its text.
 */
const ORDINAL_ITEM = new RegExp(String.raw`^\s*((?:${ORDINALS_UPPER}|[UÚ]NICO)|(?:${ORDINALS_TITLE}|[UÚ]nico))\s*(?:\.-|\.—|\.–|[.:]|\s[-–—])\s*(?=\p{Lu})`, 'u');

/** An ordinal word alone: the title of a part the discussion made of such an item. */
const ORDINAL_TITLE = new RegExp(`^(?:${ORDINALS_TITLE}|[UÚ]nico)$`, 'i');

/** An item of what a decision's intro announces: numbered as lists are, or by its ordinal word. */
function announcedItem(p: string): { number: string; rest: string } | null {
  const n = splitNumbering(p);
  if (n) return n;
  const c = p.charCodeAt(p.search(/\S/));
  // (Every ordinal starts with one of P S T C Q O N D U Ú, either case.)
  if (!/[PSTCQONDUÚpstcqondú]/.test(String.fromCharCode(c))) return null;
  const m = ORDINAL_ITEM.exec(p);
  return m ? { number: m[1]!, rest: p.slice(m[0].length) } : null;
}

/** A label's word that opens each of a list of items ("Action:", "Decision --"), and the mark after it. */
const ITEM_WORD = /^(action|decision|agreed|outcome)\s*(?::|-{2,3}|~{1,3}|[—–])/i;

/**
 * The items of a labelled paragraph's text `rest`: one, or several when the label's word comes again with its mark
 * after a space ("Dana to send the survey by May 9 Action ~~ Tom to post ..."), as lines joined into a paragraph do.
 */
function sameLabelItems(label: string, rest: string): string[] {
  const w = ITEM_WORD.exec(label);
  if (!w) return [rest];
  const again = new RegExp(String.raw`\s+(?:${w[1]})\s*(?::|-{2,3}|~{1,3}|[—–])\s*`, 'g');
  const items = rest.split(again).filter((t) => /\S/.test(t));
  return items.length ? items : [rest];
}

/** A sentence after the first opening with a Spanish decision's words, a capital first ("... del semestre. Se aprueba ..."). */
const NEXT_LABELLED = /(?<=[.;])\s+(?=Se (?:acuerda|acord[oó]|resuelve|resolvi[oó]|decide|decidi[oó]|aprueban?)\s)/gu;
/** An approval that names nothing: the vote on the sentence before it ("Se aprueba por unanimidad."). */
const BARE_APPROVAL = /^Se aprueban?(?:,?\s+(?:por\s+(?:unanimidad|mayor[ií]a|\S+\s+votos?)|sin\s+observaciones|con\s+\S+\s+votos?(?:\s+a\s+favor)?))*\s*[.;]?$/iu;

/**
 * The sentences of a paragraph opening with "Se acuerda ...", cut before each later sentence opening with a decision's
 * words; a bare approval after a decision is its vote and stays with it. (Rare: the search for "Se " gates the cut.)
 */
function labelledSentences(text: string): string[] {
  if (!text.includes('. Se ') && !text.includes('; Se ')) return [text];
  const out: string[] = [];
  for (const piece of text.split(NEXT_LABELLED)) {
    if (out.length && BARE_APPROVAL.test(piece)) out[out.length - 1] += ` ${piece}`;
    else out.push(piece);
  }
  return out;
}

/** A paragraph opening with a list's bullet. */
const BULLETED = /^\s*[-–—•*▪●◦]\s+["“«(¿¡]?[\p{L}\d]/u;

/** Labelled decisions inside the discussion paragraphs. */
export function inlineDecisions(parts: Part[], kw: Keywords, ctx: DueContext, inPassing: boolean): Agreement[] {
  const out: Agreement[] = [];
  /** The decisions told in passing, among `out`, with the index of their part. */
  const passing = new Map<Agreement, number>();
  /** The parts holding a decision whose label carried its number. */
  const labelNumberedParts = new Set<number>();
  const intro = atEnd(kw.decisionIntro);
  /** The last resolution read, where a "BE IT FURTHER RESOLVED" after it adds to it: its part, paragraph and text. */
  let further: { k: number; i: number; a: Agreement; raw: string } | null = null;
  for (let k = 0; k < parts.length; k++) {
    const ps = parts[k]!.paragraphs;
    for (let i = 0; i < ps.length; i++) {
      // A speck OCR read before the label ("_Se acuerda") is no part of it.
      let p = startsWithLetterOrDigit(ps[i]!) ? ps[i]! : ps[i]!.replace(/^[^\p{L}\d"“«(¿¡]{1,2}(?=\p{Lu})/u, '');
      // "Motion 2022-41" on a line of its own over "Moved by ...": the motion's number, not its text.
      const lead = (p.charCodeAt(0) | 0x20) === 0x6d ? MOTION_LEAD.exec(p) : null;
      if (lead) p = p.slice(lead[0].length);
      const resolution = !lead && (p.charCodeAt(0) | 0x20) === 0x72 ? RESOLUTION_LEAD.exec(p) : null;
      if (resolution) p = p.slice(resolution[0].length);
      // "WHEREAS ...; NOW, THEREFORE, BE IT RESOLVED that ...": the recitals say why, the clause what was decided.
      const c0 = p.charCodeAt(0) | 0x20;
      if ((c0 === 0x77 || c0 === 0x6e) && PREAMBLE.test(p)) {
        const clause = RESOLVED_CLAUSE.exec(p);
        if (clause) p = p.slice(clause.index + clause[0].length - (clause[1] ?? clause[2]!).length);
      }
      // (OCR may have set the number's line apart by a blank line.)
      const leadNumber = lead?.[1] ?? (i > 0 && p.startsWith('Moved by ') ? MOTION_ALONE.exec(ps[i - 1]!)?.[1] ?? null : null);
      // "Moved by A, seconded by B, that ..." over a "CARRIED" of its own: the motion without the stamp.
      if (p.startsWith('Moved by ') && ps[i + 1] && ps[i + 1]!.length <= 60 && OUTCOME_STAMP.test(ps[i + 1]!) && !kw.motionOutcome.test(p)) {
        out.push(parseAgreement(p, leadNumber, ctx));
        i++;
        continue;
      }
      const m = kw.decisionLabel.exec(p);
      if (testEnd(intro, p)) {
        // "... el Pleno ACUERDA:" / "... it was" introduce the following paragraph(s).
        // Ordinal items after the part's last paragraph ("Primero.- Aprobar ...") were read as parts of their own.
        if (i === ps.length - 1) {
          let taken = false;
          for (let q = parts[k + 1]; q && !q.agendaNumber && q.title && ORDINAL_TITLE.test(q.title); q = parts[k + 1]) {
            out.push(parseAgreement(q.paragraphs.join(' '), q.title, ctx));
            k++;
            taken = true;
          }
          if (taken) continue;
        }
        const numbered = ps[i + 1] ? announcedItem(ps[i + 1]!) : null;
        // A bulleted list: each item is a decision ("The committee agreed:" / "- Close the trail ..." / "- Hire ...").
        if (!numbered && ps[i + 1] && BULLETED.test(ps[i + 1]!)) {
          while (ps[i + 1] && BULLETED.test(ps[i + 1]!)) out.push(parseAgreement(ps[++i]!, null, ctx));
          continue;
        }
        // (The paragraph taken is not read again: a motion in it would count twice.)
        if (!numbered && ps[i + 1] && !kw.decisionLabel.test(ps[i + 1]!)) out.push(parseAgreement(ps[++i]!, null, ctx));
        // (Nor are the items taken: "1. Se acuerda ..." would count again as a labelled decision.)
        while (numbered && ps[i + 1]) {
          const n = announcedItem(ps[i + 1]!);
          if (!n) break;
          out.push(parseAgreement(n.rest, n.number, ctx));
          i++;
        }
        continue;
      }
      // (A label announcing what follows, "ACUERDO N° 5:", decides nothing itself.)
      // "Motion by A, seconded by B, ..." names a motion whatever OCR made of its first word ("Mofion by").
      const motion = m ? /^(motion by|upon motion)/i.test(m[0]) : SECONDED_MOTION.test(p);
      if (!m && !motion) {
        let spoken = spokenMotion(p, kw);
        // A blank line OCR put inside the motion's sentence: the outcome is in the next paragraph.
        if (!spoken && ps[i + 1] && !SENTENCE_STOP.test(p) && kw.motionMoved.test(p)) {
          const joined = `${p} ${ps[i + 1]!}`;
          spoken = spokenMotion(joined, kw);
          if (spoken) { p = joined; i++; }
        }
        if (spoken) out.push(motionAgreement(spoken, ctx));
        // ("Resolution No. 2019-14, a resolution approving ..., was adopted": the number is the resolution's.)
        if (!spoken) for (const decided of decisionSentences(p, kw)) out.push(parseAgreement(decided, (decided.charCodeAt(0) | 0x20) === 0x72 ? RESOLUTION_NO.exec(decided.slice(0, 40))?.[1] ?? null : null, ctx));
        if (inPassing) { const n = out.length; decisionsInPassing(p, ctx, out); for (let a = n; a < out.length; a++) passing.set(out[a]!, k); }
        continue;
      }
      if (announces(p)) continue;
      const label = m ? m[0] : '';
      if (motion || /^se (?:acuerda|acord|resol|resuel|decid)/i.test(fold(label)) || RESOLVED_WORDS.test(label)) {
        // "RESOLVED: The Board approved ..." loses its label, as "Decision:" does; "RESOLVED, that ..." keeps it.
        let text = p.replace(RESOLVED_COLON, '');
        // A blank line OCR put inside the motion's sentence: it goes on in the next paragraph, in lower case.
        if (motion && !SENTENCE_STOP.test(text) && ps[i + 1] && LOWER_START.test(ps[i + 1]!)) text = `${text} ${ps[++i]!}`;
        if (motion && !/\b(carried|passed|approved|adopted|failed)\b/i.test(text)) continue;
        const prev = ps[i - 1] ?? '';
        const resolved = RESOLVED_WORDS.test(label);
        // (A resolution printed under its own heading, "RESOLUTION NO. 2022-14", takes the heading's number.)
        const num = resolution?.[1] ?? (resolved ? RESOLUTION_NO.exec(prev)?.[1] ?? RESOLUTION_NO.exec(parts[k]!.title ?? '')?.[1] ?? null : leadNumber);
        if (resolved && text.includes(':')) text = text.replace(TALLY, '');
        text = untilSubItem(motion ? withoutStamp(text) : text);
        // "BE IT FURTHER RESOLVED that ..." right after a resolution adds to it.
        const last = out[out.length - 1];
        if (resolved && last && further && further.k === k && further.i === i - 1 && further.a === last && FURTHER.test(label)) {
          out[out.length - 1] = further.a = parseAgreement(`${further.raw} ${text}`, last.number, ctx);
          further.raw += ` ${text}`;
          further.i = i;
          continue;
        }
        // "Se acuerda destinar ... . Se aprueba contratar ...": each sentence so labelled is a decision of its own.
        if (!motion && !resolved) {
          const pieces = labelledSentences(text);
          if (pieces.length > 1) {
            for (const piece of pieces) out.push(parseAgreement(piece, null, ctx));
            further = null;
            continue;
          }
        }
        const a = parseAgreement(text, num, ctx);
        out.push(a);
        further = resolved ? { k, i, a, raw: text } : null;
        continue;
      }
      // "ACUERDO N° 45:", "Acuerdo 045-2021:", "MOTION 2024-06-01:", "Resolution GC/27/01:": the label's number is
      // the agreement's.
      const numbered = LABEL_NUMBER.exec(label);
      let rest = p.slice(label.length).trimStart();
      // ("Vote: 5-0" tallies the motion above: no decision of its own.)
      if (VOTE_LABEL.test(label) && !LOWER_START.test(rest)) continue;
      // OCR specks after a label ("Motion ; é é") are no decision: it says at least one word.
      if (!WORD_RUN.test(rest)) continue;
      // "MOTION 24-04: Moved by A that ... CARRIED. The meeting adjourned ...": the motion ends with its outcome's sentence.
      const outcome = rest.startsWith('Moved by ') ? kw.motionOutcome.exec(rest) : null;
      if (outcome) rest = withoutStamp(sentenceAround(rest, 0, outcome.index + outcome[0].length, 0));
      if (numbered) labelNumberedParts.add(k);
      // "Action -- Ana to send ... Action ~~ Tom to post ...": lines the paragraph joined, each under its own label.
      for (const item of sameLabelItems(label, rest)) out.push(parseAgreement(item, numbered ? (numbered[1] ?? numbered[2]!).replace(/[.:-]+$/, '') : null, ctx));
    }
  }
  // Minutes that number their decisions ("RESOLUCIÓN N° 44/2011: Eximir ...") say the same in passing before each, in
  // its part; a part with no such label tells a decision of its own ("Se resuelve pasarla a estudio ..."), though not
  // by approving ("Se aprueba por unanimidad." under the minutes' item restates a vote, not a resolution).
  if (!labelNumberedParts.size) return out.filter((a) => a.text);
  return out.filter((a) => {
    const part = passing.get(a);
    return a.text && (part === undefined || (!labelNumberedParts.has(part) && !APPROVED.test(a.text)));
  });
}
