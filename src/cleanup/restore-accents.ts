// Puts back accents a typist or OCR dropped ("Reunion" -> "Reunión", "El Decano informo" -> "informó"), using the
// lexicon, the document's own spelling and context. Only words that differ from a form by accents alone.
import type { Edit } from '../doc.js';
import type { Lang } from '../types.js';
import type { Lexicon } from './lexicon.js';
import type { Prior } from './prior.js';
import type { WordMemory } from './memory.js';
import { hasAccent, stripAccents } from './fold.js';
import type { Vocabulary, WordInfo } from './vocabulary.js';
import { type Token, charAfter, nextWord, prevWord, sentenceInitial } from './tokens.js';
import { chooseAccented, readings, subjunctiveHeads, titleAbbreviations } from './accent-context.js';

export interface AccentDeps {
  raw: string;
  tokens: Token[];
  lang: Lang;
  lexicon: Lexicon;
  prior: Prior;
  memory: WordMemory;
  vocab: Vocabulary;
}

/** Copies the accents of `form` onto `word`, keeping the word's own letter case. */
export function transferAccents(word: string, form: string): string {
  const w = [...word];
  const f = [...form.toLowerCase()];
  if (w.length !== f.length) return word;
  // An OCR capital inside a lower-case word ("RepUblica") is a misread accented letter: it takes the word's case.
  const lowerWord = w.slice(1).some((ch) => ch !== ch.toUpperCase());
  return w.map((ch, i) => (ch.toLowerCase() === f[i] ? ch : ch === ch.toUpperCase() && (i === 0 || !lowerWord) ? f[i].toUpperCase() : f[i])).join('');
}

/** True when a "que" up to three words back is governed by a preterite or a subjunctive head
 *  ("solicitó que se revisara", "para que se realizara"). */
function inSubjunctiveClause(raw: string, tokens: Token[], i: number, lexicon: Lexicon): boolean {
  for (let back = 1; back <= 3; back++) {
    const q = prevWord(raw, tokens, i, back);
    if (!q) return false;
    if (q.text.toLowerCase() !== 'que') continue;
    const head = prevWord(raw, tokens, i, back + 1)?.text.toLowerCase();
    if (head === undefined) return false;
    // The governing preterite may itself have lost its accent ("solicito que se revisara").
    const pret = head.endsWith('o') ? head.slice(0, -1) + 'ó' : head;
    return /ó$/.test(head) || subjunctiveHeads().has(head) || (pret !== head && lexicon.has(pret));
  }
  return false;
}

interface Plan {
  alts: string[];
  plainVerb: boolean;
  plainTwin: boolean;
  /** The alternative the lexicon writes capitalised (a proper name), if exactly one. */
  proper: string | null;
  plainValid: boolean;
  lexForms: readonly string[];
  count: (f: string) => number;
  seenOk: (f: string) => number;
}

/** What a distinct word could become, or null when it has no accented reading (the common case, decided once). */
function planFor(info: WordInfo, deps: AccentDeps): Plan | null {
  const { text: w, lower, key } = info;
  if (w.length < 2 || info.accented || info.digit) return null;
  const seen = deps.memory.forms(key);
  if (!info.forms && !seen) return null;
  const lexForms = info.forms ?? [];
  const alts = new Set<string>();
  for (const f of lexForms) if (hasAccent(f) && stripAccents(f).toLowerCase() === lower) alts.add(f.toLowerCase());
  // A spelling seen in the documents counts when it is a word, recurs or is all there is, and is not a rare stray among
  // many plain uses (one misread "pará" among fifty "para").
  const plainUses = deps.vocab.uses(lower);
  const seenOk = (f: string): number => {
    const n = seen?.get(f) ?? 0;
    // Once is enough for a word the lexicon does not know at all (a rarer surname written in full elsewhere).
    return n > 0 && (n >= 2 || lexForms.includes(f) || lexForms.length === 0) && n * 4 >= plainUses ? n : 0;
  };
  if (seen) for (const f of seen.keys()) if (hasAccent(f) && stripAccents(f) === lower && seenOk(f)) alts.add(f);
  if (alts.size === 0) return null;
  const plainValid = lexForms.some((f) => f.toLowerCase() === lower);
  const sorted = [...alts].sort();
  // Only accented spellings count from the document: a plain spelling may itself be a stripped one.
  const count = (f: string): number => (deps.prior.get(f) ?? 0) + (hasAccent(f) ? 3 * seenOk(f) : 0);
  const propers = lexForms.filter((f) => /^\p{Lu}/u.test(f) && alts.has(f.toLowerCase()));
  // Not when the plain spelling is itself a name in the lexicon ("Miriam" and "Míriam" are both names).
  const plainName = lexForms.some((f) => f.toLowerCase() === lower && /^\p{Lu}/u.test(f));
  const proper = propers.length === 1 && !plainName ? propers[0].toLowerCase() : null;
  // A valid plain word with no preterite, future, noun or name reading (que/qué, el/él) is never changed.
  const { pret, fut, noun } = readings(lower, sorted);
  if (plainValid && !pret && !fut && !noun && !proper && lower !== 'esta') return null;
  const stem = /[ao]$/.test(lower) ? lower.slice(0, -1) : null;
  const plainVerb = stem !== null && ['ar', 'er', 'ir'].some((e) => deps.lexicon.has(stem + e));
  // "reina"/"reino", "continua"/"continuo": the plain word inflects for gender.
  const twin = /[ao]$/.test(lower) ? lower.slice(0, -1) + (lower.endsWith('a') ? 'o' : 'a') : null;
  const plainTwin = plainValid && twin !== null && deps.lexicon.has(twin);
  return { alts: sorted, plainVerb, plainTwin, proper, plainValid, lexForms, count, seenOk };
}

/** A code's part before a hyphen, at the end of a text: figures, or up to four capitals ("2019-", "CF-", "UNA-"). */
const CODE_BEFORE = /(?:^|[^\p{L}\d])(?:[\p{Lu}\d]*\d[\p{Lu}\d]*|\p{Lu}{1,4})-$/u;
/** A code's part after a hyphen, at the start of a text. */
const CODE_AFTER = /^-(?:[\p{Lu}\d]*\d[\p{Lu}\d]*|\p{Lu}{1,4})(?![\p{L}\d])/u;

/**
 * A word in capitals hyphened to figures or to a few capitals is part of a code ("N° 012-2019-CF-FIA", "UNA-FIA"), an
 * office's initials, not a word that lost its accent ("FIA" is no "FÍA"). Compounds of words ("SESION-TALLER") are not.
 */
function inCode(raw: string, t: Token): boolean {
  if (t.text !== t.text.toUpperCase()) return false;
  return (raw[t.start - 1] === '-' && CODE_BEFORE.test(raw.slice(Math.max(0, t.start - 12), t.start))) ||
    (raw[t.end] === '-' && CODE_AFTER.test(raw.slice(t.end, t.end + 12)));
}

/**
 * A word of two to four capitals between lower-case words, itself no word, is an acronym in running prose ("la FIA
 * informó", "el SAG y"): initials take no accent, although a word may share their letters ("fía"). A heading in
 * capitals ("ORDEN DEL DIA") has no lower-case word before it, a name in capitals runs on ("el concejal RAMON
 * PEREZ"), and the caller leaves words whose accented forms are names ("DIAZ").
 */
function acronymInProse(raw: string, tokens: Token[], t: Token): boolean {
  const w = t.text;
  if (w.length < 2 || w.length > 4 || w !== w.toUpperCase()) return false;
  const p = prevWord(raw, tokens, t.index);
  const n = nextWord(raw, tokens, t.index);
  return p !== null && /^\p{Ll}+$/u.test(p.text) && (n === null || /^\p{Ll}/u.test(n.text));
}

export function restoreAccents(deps: AccentDeps): Edit[] {
  const { raw, tokens, vocab } = deps;
  const edits: Edit[] = [];
  const plans = new Array<Plan | null | undefined>(vocab.size);
  for (const t of tokens) {
    const info = vocab.at(t.index);
    let plan = plans[info.id];
    if (plan === undefined) plans[info.id] = plan = planFor(info, deps);
    if (plan === null || inCode(raw, t) || (!plan.plainValid && !plan.lexForms.some((f) => /^\p{Lu}/u.test(f)) && acronymInProse(raw, tokens, t))) continue;
    const w = t.text;
    const { alts, proper, plainValid, lexForms, count, seenOk } = plan;
    const ctx = {
      prev: prevWord(raw, tokens, t.index)?.text.toLowerCase() ?? null,
      prev2: prevWord(raw, tokens, t.index, 2)?.text.toLowerCase() ?? null,
      next: nextWord(raw, tokens, t.index)?.text.toLowerCase() ?? null,
      after: charAfter(raw, t),
      prevTitle: false,
      title: /^\p{Lu}/u.test(w),
      titleInside: /^\p{Lu}/u.test(w) && !sentenceInitial(raw, tokens, t.index, titleAbbreviations()),
      proper,
      subjunctiveClause: inSubjunctiveClause(raw, tokens, t.index, deps.lexicon),
      nextTitle: /^\p{Lu}/u.test(nextWord(raw, tokens, t.index)?.text ?? ''),
      plainVerb: plan.plainVerb,
      plainTwin: plan.plainTwin,
    };
    const p = prevWord(raw, tokens, t.index);
    ctx.prevTitle = p !== null && /^\p{Lu}\p{Ll}/u.test(p.text) && !sentenceInitial(raw, tokens, p.index, titleAbbreviations());
    const chosen = chooseAccented(info.lower, alts, ctx, count, plainValid);
    if (!chosen) continue;
    const fixed = transferAccents(w, chosen);
    if (fixed === w) continue;
    const confidence = !plainValid ? (lexForms.length || seenOk(chosen) > 1 ? 0.95 : 0.8) : 0.75;
    edits.push({ start: t.start, end: t.end, text: fixed, kind: 'accent', confidence, rule: 'restoreAccents' });
  }
  return edits;
}
