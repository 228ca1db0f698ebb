// Resolutions printed as a block of labelled lines, as councils in New Zealand and Australia write them:
//   Resolution number ABC/2021/12      (maybe absent)
//   MOVED: Member Smith                ("Moved Cr Smith", "Moved by: ...")
//   SECONDED: Member Jones             (or "Moved: A / Seconded: B" on one line)
//   That the report be received.       (one line or several, sub-items a) b) ...)
//   CARRIED
// The text runs from the line after the seconder to the outcome line; a lost motion decides nothing.
import type { Agreement } from '../types.js';
import type { Labelled } from '../segment/zones.js';
import { parseAgreement, type DueContext } from './agreement-item.js';
import { squash } from './text.js';

/** A mover's line: the label and a name, no motion text ("Moved by A that ..." is read as a sentence elsewhere). */
const MOVED_LINE = /^moved(?:\s+by)?\s*[:;.]?\s+(?!that\b)\S.{0,70}$/i;
/** A seconder's line, or a seconder after the mover on the mover's line. */
const SECONDED_LINE = /^seconded(?:\s+by)?\s*[:;.]?\s+\S.{0,60}$/i;
const SECONDED_IN = /[\s/,;]\s*seconded(?:\s+by)?\s*[:;.]?\s+\S/i;
/** "Resolution number ABC/2021/12", "RESOLUTION NO. 21/045", "Council Resolution 2021/33": the number of the block below. */
const NUMBER_LINE = /^[^\p{L}\d]{0,2}\s*(?:\p{L}+\s+){0,2}resolution(?:\s+(?:number|no\.?|n[°º])|\s*:)?\s*(\S*\d\S*)$/iu;
/** The outcome closing the block: carried, or lost (then no agreement). */
const OUTCOME_LINE = /^(?:motion\s+)?(?:(carried|adopted|passed|agreed)|(lost|defeated|failed|withdrawn))\b/i;
/** The outcome in capitals ending the block's last line, where OCR ran its line into the text above. */
const OUTCOME_END = /\s+(?:(CARRIED|ADOPTED)|(LOST|DEFEATED))(?: UNANIMOUSLY)?[^\p{L}]*$/u;
/** A sub-item's mark opening a line of a multi-part resolution ("a) receives the report;", "(ii) notes ..."). */
const SUB_ITEM = /^(?:\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,2}[.)])\s/;
/** A resolution's first words. */
const THAT = /^(?:(?:be it )?resolved,?\s*)?that\b/i;
/** How many lines a block's text may hold before it is taken for no block. */
const MAX_LINES = 24;

/** The first non-blank line at or after `i`, or -1. */
function nextFilled(lines: readonly Labelled[], i: number): number {
  while (i < lines.length && lines[i]!.blank) i++;
  return i < lines.length ? i : -1;
}

/** The resolutions of every MOVED/SECONDED block of the minutes, with the line each text starts on. */
export function motionBlocks(lines: readonly Labelled[], ctx: DueContext): { at: number; agreement: Agreement }[] {
  const out: { at: number; agreement: Agreement }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    // (Most lines start with no 'M': the patterns run on few.)
    const c = t.charCodeAt(0) | 0x20;
    if (c !== 0x6d || !MOVED_LINE.test(t)) continue;
    let from = i + 1;
    // ("Moved: A. Seconded: B. CARRIED." closes a motion printed above it.)
    if (OUTCOME_END.test(t) || /\bcarried\b/i.test(t)) continue;
    if (!SECONDED_IN.test(t)) {
      const s = nextFilled(lines, i + 1);
      if (s < 0 || !SECONDED_LINE.test(lines[s]!.text)) continue;
      from = s + 1;
    }
    const body: string[] = [];
    let outcome: RegExpExecArray | null = null;
    let end = from;
    for (let j = from; j < lines.length && j < from + MAX_LINES; j++) {
      const l = lines[j]!;
      end = j;
      if (l.blank || l.zone === 'furniture') continue;
      const text = squash(l.text);
      // The resolution opens with "That"; a block runs into no heading.
      if (!body.length && !THAT.test(text)) break;
      if (l.heading) break;
      outcome = OUTCOME_LINE.exec(text);
      if (outcome) break;
      // (Every outcome word holds a capital D or T: most lines skip the pattern.)
      outcome = text.includes('D') || text.includes('T') ? OUTCOME_END.exec(text) : null;
      if (outcome) { body.push(` ${text.slice(0, outcome.index)}`); break; }
      // Another mover: this block had no outcome of its own.
      if (MOVED_LINE.test(text)) break;
      body.push(body.length && SUB_ITEM.test(text) ? `\n${text}` : body.length ? ` ${text}` : text);
    }
    if (!outcome || !body.length) continue;
    const moved = i;
    i = end;
    if (outcome[2]) continue;
    const a = parseAgreement(body.join(''), numberAbove(lines, moved), ctx);
    if (a.text) out.push({ at: from, agreement: a });
  }
  return out;
}

/** The number of a "Resolution number ..." line right above the mover's line, or null. */
function numberAbove(lines: readonly Labelled[], moved: number): string | null {
  let k = moved - 1;
  while (k >= 0 && lines[k]!.blank) k--;
  const m = k >= 0 ? NUMBER_LINE.exec(squash(lines[k]!.text)) : null;
  return m ? m[1]!.replace(/[.:,;]+$/, '') : null;
}
