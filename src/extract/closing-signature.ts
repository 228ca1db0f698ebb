// Who signed the minutes: the preparer read from signature blocks at their end ("(Ann Lee)" / "Honorary Secretary" /
// "Date: ..."), a lone secretary's signature, signatures side by side, and an "ATTEST:" over the clerk's.
import type { Closing } from '../types.js';
import type { Keywords } from '../segment/keywords.js';
import type { SegmentContext } from '../segment/context.js';
import type { Labelled } from '../segment/zones.js';
import { findDates } from './dates.js';
import { orNull, squash } from './text.js';
import { stripHonorifics } from './names.js';

export type Ctx = Pick<SegmentContext, 'kw' | 'lang' | 'year'>;

/**
 * The name who prepared the minutes, without its honorific and its trailing role, as attendees' are: "Mtra. Ana Ruiz,
 * Secretaria" -> "Ana Ruiz"; "Yolanda Duarte Mejía, secretaria" and "Nancy Apaza; Secretaria de Actas" too, when the
 * name is two capitalised words or more.
 */
export function person(v: string, kw: Keywords): string | null {
  // ("Zanele Mkhize (Ward Committee Administrator)": the role in parentheses is not the name.)
  // ("Owain Pryce (OP), Hon. Secretary": the initials the minutes use for the name are not part of it.)
  let t = stripHonorifics(squash(v).replace(/\.$/, '').replace(INITIALS, ''), kw);
  const paren = t.endsWith(')') ? t.lastIndexOf(' (') : -1;
  if (paren > 0 && TWO_CAPITALISED.test(t.slice(0, paren))) t = t.slice(0, paren);
  const parts = t.split(/[,;]\s+/);
  return orNull(parts.length > 1 && (/^\p{Lu}/u.test(parts[1]!) || TWO_CAPITALISED.test(parts[0]!)) ? parts[0]! : t);
}
const TWO_CAPITALISED = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}.]*)+$/u;
const INITIALS = /\s*\(\p{Lu}{2,4}\)(?=[,;]|$)/u;


const CELL_GAP = /\t+|\s+·\s+|\s+\|\s+/;

/** The non-empty cells of a line holding a tab, a middle dot or a bar. */
export function cellsOf(text: string): string[] {
  const out: string[] = [];
  for (const cell of text.split(CELL_GAP)) {
    const t = cell.trim();
    if (t) out.push(t);
  }
  return out;
}


/** A signature's date line ("Date: 28th June 2023"), its role line above ("Honorary Secretary", "Secretaria"). */
export const DATE_LINE = /^(?:date|fecha)\s*:/i;
/** The roles of whoever keeps the minutes. */
// (Its tail ends at a tab or a run of spaces: "Ana Ruiz, Secretaria    Luis Paz, Presidente" is two signatures.)
const MINUTE_TAKER = String.raw`(?:secretary|clerk|secretari[oa])\b(?:[^.:\d\s]|[ ](?![ \t])){0,30}`;
const MINUTING_ROLE = new RegExp(String.raw`^(?:(?:honorary|hon\.|acting|recording|company|board|clerk)\s+)?${MINUTE_TAKER}$`, 'i');
// (OCR may read the closing parenthesis as a brace or a bracket, and a later capital I as an l.)
const SIGNED_NAME = /^[([{]?(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{Lu}l][\p{L}.'’-]*){1,4})[)\]}]?$/u;

/**
 * A signature block "(Ann Lee)" / "Honorary Secretary" / "Date: 28th June 2023" on three lines: the secretary who
 * signed and dated the minutes prepared them (a signature with no date, or a chair's, says only who signed).
 */
export function signedAbove(tail: Labelled[], i: number, c: Closing, ctx: Ctx & Pick<SegmentContext, 'trimmed'>): void {
  const date = tail[i]!;
  const role = tail[i - 1]!;
  const name = tail[i - 2]!;
  if (date.index - role.index > 2 || role.index - name.index > 2) return;
  let nameText = ctx.trimmed(name);
  let roleText = ctx.trimmed(role);
  // Signatures side by side ("Sd/-  Sd/-" / "Ann Lee  Raj Rao" / "Secretary  Chairman"): the secretary's column.
  if (roleText.includes('\t')) {
    const roles = cellsOf(roleText);
    const names = cellsOf(nameText);
    const k = roles.findIndex((r) => MINUTING_ROLE.test(r));
    if (k < 0 || names.length !== roles.length) return;
    nameText = names[k]!;
    roleText = roles[k]!;
  }
  const who = SIGNED_NAME.exec(nameText);
  if (!who || !MINUTING_ROLE.test(roleText)) return;
  const d = findDates(ctx.trimmed(date), { lang: ctx.lang, defaultYear: ctx.year })[0];
  c.preparedBy = person(who[1]!, ctx.kw);
  // (A date OCR damaged still makes the block a dated one.)
  if (d) c.preparedOn ??= d.iso;
}

/** "Yesenia Ortega, Board Secretary": a name (case-sensitive), then a secretary's or clerk's role, on one line. */
const SIGNATURE_LINE = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s+(.+)$/u;
/** The role SIGNATURE_LINE leaves: up to two words, then a secretary's or clerk's role. */
const SIGNATURE_ROLE = new RegExp(String.raw`^(?:[\p{L}.]+\s+){0,2}${MINUTE_TAKER}\.?$`, 'iu');
/** "Roger Vandeberg, Chairperson": another signature's line, name and role. */
const NAME_AND_ROLE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},\s+\p{Lu}[\p{L} .]{2,40}$/u;

/**
 * The minutes ending on a single signature, a secretary's or a clerk's ("Yesenia Ortega, Board Secretary"): its
 * name prepared them. Under a chair's signature it says only who signed.
 */
export function loneSignature(text: string, above: string | undefined, c: Closing, ctx: Ctx): void {
  // English minutes ending on "W. Chiasson" / "Secretary-Treasurer" were prepared by that secretary (Spanish ones
  // signed so by "El Secretario" are only attested: the corpus reads no preparer there).
  if (ctx.lang === 'en' && above && text.length <= 40 && MINUTING_ROLE.test(text)) {
    const who = SIGNED_NAME.exec(above);
    if (who && !MINUTING_ROLE.test(above)) c.preparedBy = person(who[1]!, ctx.kw);
    return;
  }
  if (ctx.lang !== 'en' || text.length > 80 || !text.includes(',')) return;
  const m = SIGNATURE_LINE.exec(text);
  if (m && SIGNATURE_ROLE.test(m[2]!) && !(above && NAME_AND_ROLE.test(above))) c.preparedBy = person(m[1]!, ctx.kw);
}

/** The signature rows read at the end of the minutes. */
const SIGNATURE_ROWS = 4;
/** Columns set apart by a tab or a run of spaces. */
const COLUMN_GAP = /\t+|\s{3,}/;

/**
 * Signatures side by side at the end, a row of names over a row of roles ("Samuel Ojo      Adebunmi Oyeleke" /
 * "SECRETARY      PRESIDENT"), under "Sd/-" or a rule: the secretary's column names who prepared the minutes.
 */
export function signatureColumns(tail: Labelled[], c: Closing, ctx: Ctx & Pick<SegmentContext, 'trimmed'>): void {
  for (let i = tail.length - 1; i >= 1 && i >= tail.length - SIGNATURE_ROWS; i--) {
    const roleText = ctx.trimmed(tail[i]!);
    if (!COLUMN_GAP.test(roleText)) continue;
    const roles = roleText.split(COLUMN_GAP);
    const k = roles.findIndex((r) => r.length <= 40 && SIGNATURE_ROLE.test(r.trim()));
    if (k < 0 || roles.length < 2 || tail[i]!.index - tail[i - 1]!.index > 2) continue;
    const names = ctx.trimmed(tail[i - 1]!).split(COLUMN_GAP);
    if (names.length !== roles.length) continue;
    const who = SIGNED_NAME.exec(stripHonorifics(names[k]!.trim(), ctx.kw));
    if (who && !SIGNATURE_ROLE.test(who[1]!)) c.preparedBy = person(who[1]!, ctx.kw);
    return;
  }
}

/** "Attest:" alone on its line, the attesting signature below it. */
export const ATTEST_ALONE = /^(?:a true record\.?\s*)?attest(?:ed)?\s*:?$/i;

/**
 * "ATTEST:" over "Rhonda Lee, Town Clerk" (or "Alberta Kimball" / "Clerk to the Board"): the clerk or secretary who
 * attests the minutes prepared them, as "Attest: Ann Lee" on one line says.
 */
export function attestedBelow(tail: Labelled[], i: number, c: Closing, ctx: Ctx & Pick<SegmentContext, 'trimmed'>): void {
  const below = tail[i + 1];
  if (!below || below.index - tail[i]!.index > 2) return;
  const text = ctx.trimmed(below);
  const line = SIGNATURE_LINE.exec(text);
  if (line && SIGNATURE_ROLE.test(line[2]!)) { c.preparedBy = person(line[1]!, ctx.kw); return; }
  const role = tail[i + 2];
  const who = SIGNED_NAME.exec(text);
  if (who && role && role.index - below.index <= 2 && SIGNATURE_ROLE.test(ctx.trimmed(role))) c.preparedBy = person(who[1]!, ctx.kw);
}
