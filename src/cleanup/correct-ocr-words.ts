// Corrects words the lexicon does not know by the cheapest OCR confusions that turn them into a known form
// ("Presentacién" -> "Presentación", "SIQUIENTES" -> "SIGUIENTES", "Mufoz" -> "Muñoz"). Unsure = leave.
import type { Edit, OcrWord } from '../doc.js';
import type { Lexicon } from './lexicon.js';
import type { WordMemory } from './memory.js';
import { type Token, inIdentifier } from './tokens.js';
import { confusionVariants } from './confusions.js';
import { casePattern, foldKey } from './fold.js';
import type { Vocabulary } from './vocabulary.js';
import type { Frequencies } from './prior.js';

export interface OcrWordDeps {
  raw: string;
  tokens: Token[];
  lexicon: Lexicon;
  memory: WordMemory;
  words: OcrWord[];
  vocab: Vocabulary;
  isOcr: (offset: number) => boolean;
  /** Word counts in typed minutes: the tie-breaker between readings that cost about the same. */
  frequencies?: Frequencies;
}

const MAX_COST = 1.0;
const ACCENT_COST = 0.25;

interface Candidate { form: string; cost: number }

export interface CandidateSearch {
  /** Only one confusion, and no inserted letter (the cheap first pass). */
  cheapOnly?: boolean;
  /** Only forms the document or batch wrote (no dictionary search). */
  memoryOnly?: boolean;
}

/** Known forms reachable from `word`, cheapest first. */
export function ocrCandidates(word: string, lexicon: Lexicon, memory?: WordMemory, search: CandidateSearch = {}): Candidate[] {
  const found = new Map<string, number>();
  // A digit between letters ("p1ckford") is OCR damage for sure: a form the document or batch wrote even once may
  // mend it.
  const damaged = /\p{L}\d|\d\p{L}/u.test(word);
  for (let depth = 1; depth <= 2 && found.size === 0; depth++) {
  // Two confusions only where the word shows OCR damage (a digit, a capital inside): names stay cheap.
  if (depth === 2 && (search.cheapOnly || word.length > 14 || !/\d|\p{Ll}\p{Lu}|[|!\]]/u.test(word))) break;
  for (const v of confusionVariants(word, depth, MAX_COST, !search.cheapOnly)) {
    const key = v.key;
    const lexForms = search.memoryOnly ? null : lexicon.lookup(key);
    const seen = memory?.forms(key);
    if (!lexForms && !seen) continue;
    const forms = new Set(lexForms ?? []);
    // Seen twice, or once and a dictionary word (in the memory-only pass the dictionary is asked only here).
    if (seen) for (const [f, n] of seen) if (n >= 2 || damaged || (search.memoryOnly && lexicon.has(f))) forms.add(f);
    const lower = v.text.toLowerCase();
    for (const f of forms) {
      const fl = f.toLowerCase();
      let diff = 0;
      for (let i = 0; i < fl.length; i++) if (fl[i] !== lower[i]) diff++;
      const cost = v.cost + diff * ACCENT_COST;
      if (cost <= MAX_COST && cost < (found.get(fl) ?? Infinity)) found.set(fl, cost);
    }
  }
  }
  return [...found].map(([form, cost]) => ({ form, cost })).sort((a, b) => a.cost - b.cost || a.form.localeCompare(b.form));
}

/**
 * Gives the chosen form the token's case: UPPER, Title, lower; mixed OCR case ("RepUblica") counts as Title, and a
 * word in capitals with one lower-case letter OCR put for a capital ("lNFORME", "VARlOS") as UPPER.
 */
function recase(form: string, token: string, lexForm: string): string {
  const pattern = casePattern(token);
  if (pattern === 'upper' || (pattern === 'mixed' && capitalsButOne(token))) return form.toUpperCase();
  if (pattern === 'title' || (pattern === 'mixed' && /^\p{Lu}/u.test(token)) || /^\p{Lu}/u.test(lexForm)) return form.charAt(0).toUpperCase() + form.slice(1);
  return form;
}

/** Only spaces or tabs between the line's start and `at`. */
function atLineStart(raw: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (raw.charCodeAt(i) === 32 || raw.charCodeAt(i) === 9)) i--;
  return i < 0 || raw.charCodeAt(i) === 10;
}

/** Three capitals or more and a single lower-case letter. */
function capitalsButOne(token: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of token) {
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  return lower === 1 && upper >= 3;
}

function wordConfidence(words: OcrWord[], t: Token): number | null {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid];
    if (w.end <= t.start) lo = mid + 1;
    else if (w.start >= t.end) hi = mid - 1;
    else return w.confidence;
  }
  return null;
}

const ENCLITIC = /^(.{3,}?)((?:me|te|se|nos|le|les|lo|los|la|las){1,2})$/;

/** True when `word` is a known infinitive, gerund or imperative with clitic pronouns attached. */
export function hasEnclitic(word: string, lexicon: Lexicon): boolean {
  const m = ENCLITIC.exec(word);
  if (!m) return false;
  // The stem carries the accent the attachment added ("realizándo"): fold it away before asking.
  const stem = m[1];
  if (!/(ar|er|ir|ando|iendo|yendo)$/.test(foldKey(stem)) && !/[aeií]$/.test(stem)) return false;
  const key = foldKey(stem);
  return lexicon.lookup(key) !== null || (m[2].length > 3 && hasEnclitic(stem + m[2].slice(0, 2), lexicon));
}

const TITLE = /^\p{Lu}\p{Ll}/u;

function inNameRun(raw: string, tokens: readonly Token[], t: Token): boolean {
  const p = tokens[t.index - 1];
  const n = tokens[t.index + 1];
  return (p !== undefined && TITLE.test(p.text) && /^[ \t]+$/.test(raw.slice(p.end, t.start))) ||
    (n !== undefined && TITLE.test(n.text) && /^[ \t]+$/.test(raw.slice(t.end, n.start)));
}

const ACRONYM = /^\p{Lu}{3,}$/u;
/** A capital and lower-case letters only. */
const CLEAN_TITLE = /^\p{Lu}\p{Ll}+$/u;
const ABBREVIATION_START = /^[B-DF-HJ-NP-TV-Z][b-df-hj-kmnp-qs-tv-z]/;

function abbreviationBeforeName(raw: string, tokens: readonly Token[], t: Token): boolean {
  if (!ABBREVIATION_START.test(t.text) || raw.charCodeAt(t.end) !== 46) return false;
  const n = tokens[t.index + 1];
  return n !== undefined && TITLE.test(n.text) && /^\.[ \t]+$/.test(raw.slice(t.end, n.start));
}

/**
 * `form` may stand in a name: the lexicon writes it capitalised, typed minutes use it ("Función Pública"), or the
 * document or batch writes it.
 */
function namelike(form: string, deps: OcrWordDeps): boolean {
  if ((deps.frequencies?.get(form.toLowerCase()) ?? 0) > 0) return true;
  if ((deps.lexicon.forms(foldKey(form)) ?? []).some((f) => /^\p{Lu}/u.test(f))) return true;
  return deps.vocab.info(form).count > 0 || deps.memory.count(form) > 0 || deps.memory.count(form.toLowerCase()) > 0;
}

/** Two consonants that open words or names in English or Spanish (and the names both borrow: "Mbeki", "Tsai"). */
const ONSETS = new Set(('bl br cl cr dr fl fr gl gr kl kr pl pr tr vl vr ch sh th ph wh gh rh kh zh dh bh ll wr kn gn ' +
  'ps pt pn pf sc sk sl sm sn sp st sv sw sz tw dw kw gw ts tz dz ng nk nd mb mc mn zb zw sr dm dv gd hj wl cz ks kv').split(' '));
const CONSONANT = /^[b-df-hj-np-tv-xz]$/;

/** The word opens on two consonants that open no word: OCR's hand ("Tcnants"), not a rare name. */
function badOnset(w: string): boolean {
  const a = w.charAt(0).toLowerCase();
  const b = w.charAt(1);
  return CONSONANT.test(a) && CONSONANT.test(b) && !ONSETS.has(a + b);
}

const MAX_WORD = 40;

/**
 * Prefixes written apart by a hyphen ("Tri-County", "pre-registration", "ex-presidente"): no word of the lexicon,
 * and one cheap confusion off one ("Tri" is no "Fri").
 */
const HYPHEN_PREFIX = new Set(['tri', 'bi', 'multi', 'inter', 'intra', 'pre', 'post', 'pos', 'anti', 'non', 'sub', 'semi', 'co', 'ex', 'pro', 'vice', 'mid', 'trans', 'ultra', 'micro', 'macro', 'mini', 'mono', 'poly', 'pluri', 'neo', 'auto', 'socio', 'geo', 'eco', 'bio', 'agro', 'tele', 'extra', 'infra', 'supra', 'quasi', 'cuasi']);

/** The token is a prefix joined by a hyphen to the word after it. */
function hyphenPrefix(raw: string, t: Token): boolean {
  return raw.charCodeAt(t.end) === 45 && /\p{L}/u.test(raw.charAt(t.end + 1)) && HYPHEN_PREFIX.has(t.text.toLowerCase());
}

/** `a` and `b` (folded) differ only in a final o/a, os/as ("tarifario"/"tarifaria"). */
function otherInflection(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4) return false;
  const cut = a.endsWith('s') && b.endsWith('s') ? 2 : 1;
  const ea = a[a.length - cut];
  const eb = b[b.length - cut];
  return a.slice(0, -cut) === b.slice(0, -cut) && ea !== eb && (ea === 'o' || ea === 'a') && (eb === 'o' || eb === 'a');
}
/** A leading 0 before three letters, or a 1 before four capitals: a misread O or I, not a number. */
const LETTER_AS_DIGIT = /^(?:0\p{L}{3}|1\p{Lu}{4})\p{L}*$/u;

/** The correction for a distinct unknown word (its text and cost), or null: decided once per document. */
function pickFor(w: string, deps: OcrWordDeps): { text: string; cost: number } | null {
  const { lexicon, memory, vocab } = deps;
  const info = vocab.info(w);
  // Longer than any real word: a run of junk (a rule drawn with letters, a pasted hash); trying variants of it
  // would cost O(length^2) for nothing.
  // A word starting with a digit is a number or an ordinal ("1er", "2nd"), unless the digit is a letter OCR misread
  // before a run no number carries: "0RDEN", "0bservaciones" (O), "1NFORME" (I).
  if (w.length < 3 || w.length > MAX_WORD || info.forms || (/^\d/.test(w) && !LETTER_AS_DIGIT.test(w))) return null;
  // Known words, and words off only by accents (restoreAccents' job), are not OCR slips.
  if (memory.count(w) >= 2 && !/\d/.test(w)) return null;
  const digits = (w.match(/\d/g) ?? []).length;
  if (digits > 1) return null;
  const pattern = casePattern(w);
  // A short all-capitals word is an acronym or a Roman numeral ("IVA", "DEM", "VII"), not a misread word.
  if (pattern === 'upper' && (w.length <= 4 || (digits === 0 && /^[IVXLCDM]+$/.test(w)))) return null;
  // So is its plural ("CPEs", "NGOs", "IDs").
  if (pattern === 'mixed' && w.length <= 6 && /^\p{Lu}{2,}s$/u.test(w)) return null;
  // A verb with pronouns attached ("recordarles", "realizándole") is a word the dictionary does not list.
  if (hasEnclitic(w.toLowerCase(), lexicon)) return null;
  // So is a short mixed-case one ("CoV"); OCR case damage shows in longer words ("RepUblica").
  if (pattern === 'mixed' && digits === 0 && w.length <= 3) return null;
  // A capitalised unknown word repeated unchanged is a name the dictionary lacks, not an OCR slip.
  if ((pattern === 'title' || pattern === 'upper') && memory.count(w) >= 3) return null;
  // Cheap pass first: a best under 0.6 there cannot be beaten or rivalled by inserted letters (0.8 and more).
  let cands = ocrCandidates(w, lexicon, memory, { cheapOnly: true });
  if (!cands.length || cands[0].cost >= 0.6) {
    // A capitalised word needs a cheap confusion or the form written elsewhere: only the latter is left to find.
    cands = ocrCandidates(w, lexicon, memory, { memoryOnly: pattern === 'title' });
  }
  // Rivals that differ from the best only by accents are the same word read two ways: the cheaper wins.
  const rival = cands.find((c) => foldKey(c.form) !== foldKey(cands[0]?.form ?? ''));
  if (!cands.length) return null;
  let best = cands[0];
  if (rival && rival.cost - best.cost < 0.2) {
    // Close readings: only one that minutes write far more often than every other close one may win.
    const close = cands.filter((c) => c.cost - best.cost < 0.2);
    const count = (c: Candidate) => deps.frequencies?.get(c.form) ?? 0;
    const top = close.reduce((a, b) => (count(b) > count(a) ? b : a));
    if (count(top) < 5 || close.some((c) => c !== top && foldKey(c.form) !== foldKey(top.form) && 10 * (count(c) + 1) > count(top))) return null;
    best = top;
  }
  // The other gender or number of a word the dictionary lists ("tarifario" beside "tarifaria"): an inflection it
  // lacks, not a misread ending.
  if (otherInflection(foldKey(w), foldKey(best.form))) return null;
  const forms = lexicon.forms(foldKey(best.form)) ?? [];
  const lexForm = forms.find((f) => f.toLowerCase() === best.form) ?? best.form;
  // Names need more: a cheap confusion, or the form written elsewhere in the document or batch.
  const named = /^\p{Lu}/u.test(lexForm) || pattern === 'title';
  if (named && best.cost >= 0.6 && memory.count(best.form) === 0) return null;
  // A word OCR wrote in lower case is a common word misread, not a name: "thal" is "that" gone wrong, never "Thai".
  if (pattern === 'lower' && /^\p{Lu}/u.test(lexForm) && memory.count(best.form) === 0 && memory.count(lexForm) === 0) return null;
  if (best.cost > 0.8 && w.length < 6) return null;
  // A three-letter word is too short for a costly guess ("pre" is no "pro").
  if (best.cost >= 0.6 && w.length <= 3) return null;
  // A name the document writes only capitalised ("Pickford") keeps its capital when OCR lost it with a digit.
  const title = best.form.charAt(0).toUpperCase() + best.form.slice(1);
  const caseOf = pattern === 'lower' && digits > 0 && vocab.info(title).count > 0 && vocab.info(best.form).count === 0 && !lexicon.has(best.form) ? title : lexForm;
  const text = recase(best.form, w, caseOf);
  return text === w ? null : { text, cost: best.cost };
}

export function correctOcrWords(deps: OcrWordDeps): Edit[] {
  const { raw, tokens, words, isOcr } = deps;
  const edits: Edit[] = [];
  const picks = new Array<{ text: string; cost: number } | null | undefined>(deps.vocab.size);
  for (const t of tokens) {
    const w = t.text;
    if (w.length < 3) continue;
    const info = deps.vocab.at(t.index);
    // Known words are the common case: no memo needed.
    if (info.forms) continue;
    let pick = picks[info.id];
    if (pick === undefined) picks[info.id] = pick = pickFor(w, deps);
    if (!pick || !isOcr(t.start) || inIdentifier(raw, t) || hyphenPrefix(raw, t)) continue;
    // A capitalised word between capitalised words on one line is part of a name ("Nora Álvarez"): only a
    // cheap confusion may touch it. A name spelt with letters alone ("88 Fenner Road", "Daniel Funes") may be one the
    // lexicon lacks: one letter read for another, or a letter pair read as one ("Guaman" as if from "Guarnan"), makes it
    // only a word that names hold, not a rare common one ("tenner", the verb "fuñes"). A digit, an inner capital or a letter pair read for one ("Casti1lo", "MateriaIs",
    // "Pefia") shows OCR's hand whatever the target.
    // A word opening on two consonants no word or name of either language opens on ("Tcnants") shows it too.
    if (/^\p{Lu}\p{Ll}/u.test(w) && inNameRun(raw, tokens, t) && (pick.cost >= 0.6 || (CLEAN_TITLE.test(w) && w.length <= pick.text.length && !namelike(pick.text, deps) && !badOnset(w)))) continue;
    // A title's abbreviation before a name ("Lcda. Griselda", "Mtro. Luis"): its first two letters start no word
    // (a consonant, then another that is no l or r), and OCR did not make that.
    if (w.length <= 5 && abbreviationBeforeName(raw, tokens, t)) continue;
    // An acronym the document writes more than once ("COMUDE", "DINADECO") is no misread word: a body's initials are
    // not in the lexicon, and OCR does not misread a word the same way twice as often as a typist writes it.
    if (w.length <= 8 && ACRONYM.test(w) && info.count >= 2) continue;
    // A figure read for the first letter of a line's first word stood for a capital ("0rden del día:" is "Orden").
    const text = (w.charCodeAt(0) === 48 || w.charCodeAt(0) === 49) && /^\p{Ll}/u.test(pick.text) && atLineStart(raw, t.start)
      ? pick.text.charAt(0).toUpperCase() + pick.text.slice(1) : pick.text;
    const wc = wordConfidence(words, t);
    let confidence = 1 - pick.cost * 0.45;
    if (wc !== null) confidence *= 1.1 - 0.25 * (wc / 100);
    edits.push({ start: t.start, end: t.end, text, kind: 'ocr', confidence: Math.min(0.99, Math.max(0.05, confidence)), rule: 'correctOcrWords' });
  }
  return edits;
}
