// Chooses between forms that differ only by accents (publica/pública, informo/informó, esta/está) from the
// neighbouring words, the document's own spelling and a domain prior. Returns null when unsure: leave the word.
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '../paths.js';

export interface AccentContext {
  prev: string | null;
  prev2: string | null;
  next: string | null;
  /** First non-space character after the word ('' at the end). */
  after: string;
  /** The previous word is capitalised and not sentence-initial (a name or title: "El Decano informo"). */
  prevTitle: boolean;
  /** The word itself is capitalised. */
  title: boolean;
  /** The word itself is capitalised and not sentence-initial. */
  titleInside: boolean;
  /** The plain word is a verb form (its -ar/-er/-ir infinitive is a word): "la maquina" can only be the noun,
   *  while "los videos" may be a noun itself. */
  plainVerb: boolean;
  /** The plain word has its other gender too ("reina"/"reino", "continua"/"continuo"): a noun or an adjective that
   *  agrees with the article before it. */
  plainTwin: boolean;
  /** The next word is capitalised (a name goes on: "Tomas Sepulveda"). */
  nextTitle: boolean;
  /** The accented form the lexicon writes capitalised (a proper name: "Tomás", "Chillán"), if any. */
  proper: string | null;
  /** The word sits in a "que" clause governed by a preterite or "para/sin/antes" ("solicitó que se revisara"):
   *  the sequence of tenses asks for a subjunctive there, never a future. */
  subjunctiveClause: boolean;
}

interface Classes {
  determiners: Set<string>;
  prepositions: Set<string>;
  verbClitics: Set<string>;
  firstPerson: Set<string>;
  subjunctiveCues: Set<string>;
  estarNext: Set<string>;
  pretCues: Set<string>;
  objectCues: Set<string>;
  subjunctiveHeads: Set<string>;
  titleAbbreviations: Set<string>;
  firstPersonNext: Set<string>;
}

let classes: Classes | null = null;

function loadClasses(): Classes {
  if (classes) return classes;
  const raw = JSON.parse(fs.readFileSync(path.join(dataDir, 'cleanup', 'accent-context-es.json'), 'utf8'));
  const set = (k: string): Set<string> => new Set<string>(raw[k]);
  classes = {
    determiners: set('determiners'), prepositions: set('prepositions'), verbClitics: set('verbClitics'),
    firstPerson: set('firstPerson'), subjunctiveCues: set('subjunctiveCues'), estarNext: set('estarNext'), pretCues: set('pretCues'),
    objectCues: set('objectCues'), subjunctiveHeads: set('subjunctiveHeads'), titleAbbreviations: set('titleAbbreviations'),
    firstPersonNext: set('firstPersonNext'),
  };
  return classes;
}

/** a is preferred over b by counts: clearly more frequent. */
function clearly(a: number, b: number, margin = 2): boolean {
  return a >= margin * b + 1;
}

/** a is strong evidence against b: a few uses at least, and three times as many. */
function strongly(a: number, b: number): boolean {
  return a >= 3 && clearly(a, b, 3);
}

/** Articles that are also object pronouns before a verb ("la presentó"). */
const PRONOUN_ARTICLES = new Set(['la', 'las', 'los']);

const PARTICIPLE = /(ad|id)[oa]s?$|(ando|iendo|yendo)$/;

/** Heads of the "que" clauses that take a subjunctive (read by restore-accents.ts). */
export function subjunctiveHeads(): ReadonlySet<string> {
  return loadClasses().subjunctiveHeads;
}

/** Abbreviated titles before a name ("Sr.", "Dra."): their period ends no sentence. */
export function titleAbbreviations(): ReadonlySet<string> {
  return loadClasses().titleAbbreviations;
}

/** The readings chooseAccented tells apart: preterite (informó), future (realizará), noun (pública). */
export function readings(plain: string, forms: readonly string[]): { pret?: string; fut?: string; noun?: string } {
  const pret = forms.find((f) => f === plain.slice(0, -1) + 'ó' && plain.endsWith('o'));
  const fut = forms.find((f) => /[aá]n?$|é$/.test(f) && /(ar|er|ir)(á|án|é)$/.test(f) && f.replace(/[áé]/, (x) => (x === 'á' ? 'a' : 'e')) === plain);
  // The noun/adjective reading: accent not on the last letter (pública, término), never a 1sg preterite (accidenté).
  const noun = forms.find((f) => f !== pret && f !== fut && !/[áéíóú]$/.test(f));
  return { pret, fut, noun };
}

/**
 * `plain` is the written word, lower-cased, with no accent; `forms` its accented alternatives (lower-cased);
 * `count(form)` the evidence for a form (prior + document). `plainValid`: the written word is itself a word.
 */
export function chooseAccented(plain: string, forms: string[], ctx: AccentContext, count: (f: string) => number,
  plainValid: boolean): string | null {
  const c = loadClasses();
  const prev = ctx.prev;
  const { pret, fut, noun } = readings(plain, forms);
  const cPlain = plainValid ? count(plain) : -1;

  if (plain === 'esta' && plainValid) {
    if (ctx.after === '' || /[.,;:)]/.test(ctx.after)) return 'está';
    if (ctx.next && (c.estarNext.has(ctx.next) || PARTICIPLE.test(ctx.next))) return 'está';
    return null;
  }
  // A capitalised word inside a sentence, or before another capitalised word, whose accented form is a proper
  // name is that name ("Tomas Sepulveda").
  if (ctx.proper && (ctx.titleInside || (ctx.title && ctx.nextTitle))) return ctx.proper;
  const nounCtx = prev !== null && (c.determiners.has(prev) || c.prepositions.has(prev));
  // Subject, verb, object ("la empresa entrego su respuesta", "Solicito el apoyo" opening a sentence): the -o
  // form is a finite verb, and with a third-person subject (or none, in minutes' narrative) a preterite.
  // An object cue, or an infinitive ("Recomendo evaluar la huelga").
  const objectNext = ctx.next !== null && (c.objectCues.has(ctx.next) || /^\p{Ll}{2,}(ar|er|ir)$/u.test(ctx.next));
  // A subject right before: a capitalised name or title, or a noun after a determiner ("la empresa").
  // A noun ending like the word, then a preposition, is more likely noun + adjective ("el acceso digno a").
  const subjectBefore = ctx.prevTitle || (prev !== null && ctx.prev2 !== null && c.determiners.has(ctx.prev2) &&
    !c.determiners.has(prev) && !c.prepositions.has(prev) && !c.verbClitics.has(prev) &&
    !(/os?$/.test(prev) && ctx.next !== null && c.prepositions.has(ctx.next)));
  const clauseVerb = objectNext && /\p{L}/u.test(ctx.after) && !nounCtx && !ctx.titleInside && !c.prepositions.has(plain) && (subjectBefore || (ctx.title && !ctx.titleInside));
  // A sentence or heading opening on the word, "de" after it: a noun and its complement ("Registro de asistencia",
  // "Cobro de cuotas"), where a preterite would need a subject.
  const headNoun = ctx.title && !ctx.titleInside && (ctx.next === 'de' || ctx.next === 'del');
  // A subject, then the word and a colon: a verb of saying opening a quotation ("la vecina pregunto: «¿...?»",
  // "Los Olmos indico:"), which minutes narrate in the preterite. A noun before a colon follows a determiner or a
  // preposition ("el desarrollo:", "plan de trabajo:"), or opens a heading ("Desarrollo:").
  const speechColon = ctx.after === ':' && subjectBefore && !ctx.title;
  if (pret && (clauseVerb || speechColon) && !headNoun && !(prev && c.firstPerson.has(prev)) && !strongly(cPlain, count(pret))) return pret;
  const verbCtx = prev !== null && (c.verbClitics.has(prev) || c.pretCues.has(prev) || ctx.prevTitle);
  const nextBlocksVerb = ctx.next === 'de' || ctx.next === 'del' || (ctx.next !== null && /^\d/.test(ctx.next)) || ctx.after === '';
  if (!plainValid) {
    // An unknown capitalised word whose only accented reading is a verb form is a name ("Rodrigo"), and a
    // preterite never follows a preposition ("de expendio").
    const verbOnly = forms.every((f) => f === pret || f === fut);
    if (verbOnly && (ctx.title || nounCtx) && forms.every((f) => count(f) === 0)) return null;
    if (forms.length === 1) return forms[0];
    if (nounCtx && noun) return noun;
    if (verbCtx && pret) return pret;
    const best = [...forms].sort((a, b) => count(b) - count(a))[0];
    return count(best) > 0 ? best : null;
  }
  // secretaria/secretaría, comisaria/comisaría: the person and the office are both common; only context knows.
  // Right after "Ministerio" it names the office ("Ministerio Secretaría General de la Presidencia").
  if (noun && /ía$/.test(noun) && forms.length === 1) return prev === 'ministerio' ? noun : null;
  // A capitalised word inside a sentence is a name or title ("Vera", "Pinto"), not a verb form.
  const verbOk = !ctx.titleInside;
  if (nounCtx) {
    if (!noun) return null;
    // An accent that splits two vowels on the next-to-last syllable ("reína", "continúa", "varía") marks a verb form
    // ("-ía" nouns were settled above): after an article, a plain word with its other gender is the noun or the
    // adjective agreeing with it ("la reina", "la continua revisión", "el continuo").
    if (ctx.plainTwin && HIATUS_ACCENT.test(noun)) return null;
    // After an article only a noun fits: the verb readings are no rivals there.
    const rival = c.determiners.has(prev) ? cPlain : Math.max(cPlain, pret ? count(pret) : 0, fut ? count(fut) : 0);
    // With no counts either way, after a preposition only the esdrújula/verb pairs are sure ("en página web",
    // "de práctica": the plain form is a finite verb, which no preposition governs); "fines"/"finés" are both nouns.
    const bare = c.determiners.has(prev) || proparoxytone(noun);
    // With a preterite beside a proparoxytone noun the plain word is a first-person verb ("diagnostico":
    // diagnosticó, diagnóstico), which an article never governs. "la", "los", "las" may be object pronouns ("la
    // publico"), and a paroxytone reading is a verb too ("un amplio debate": amplío, amplió).
    if (pret && c.determiners.has(prev) && !PRONOUN_ARTICLES.has(prev) && proparoxytone(noun)) return noun;
    return (count(noun) > 0 && count(noun) >= rival) || ((cPlain === 0 || (cPlain === 1 && ctx.plainVerb)) && count(noun) === 0 && bare && !pret) ? noun : null;
  }
  if (pret && verbOk && !(prev && c.firstPerson.has(prev))) {
    // "se" + first person is ungrammatical: "se curso" can only be "se cursó".
    // "un trabajo continuo": after a determiner and a noun ending alike, the word agrees with it as an adjective.
    // A verb goes on with its object ("El tesorero indico que"); an adjective with a pause or a preposition.
    const agrees = ctx.prev2 !== null && c.determiners.has(ctx.prev2) && !ctx.prevTitle && prev !== null && /os?$/.test(prev) &&
      (!/\p{L}/u.test(ctx.after) || (ctx.next !== null && c.prepositions.has(ctx.next)));
    if (prev === 'se' || (clearly(count(pret), cPlain) && !agrees && !headNoun)) return pret;
    // In a verbal context minutes narrate in the third-person past: the preterite wins when the prior does not
    // prefer the plain form, or, after a named subject ("Los Olmos pregunto"), when the plain form is a stray.
    // Not before a pause or a first-person word ("llevo en mi", "quinto yo"): speech, not narrative.
    const firstPersonNext = ctx.next !== null && c.firstPersonNext.has(ctx.next);
    if (verbCtx && !nextBlocksVerb && !ctx.title && /\p{L}/u.test(ctx.after) && !firstPersonNext &&
      (count(pret) >= cPlain || !strongly(cPlain, count(pret)) && cPlain <= 1 && ctx.prevTitle)) return pret;
  }
  if (fut && verbOk && !ctx.subjunctiveClause && !(prev && c.subjunctiveCues.has(prev)) && !(ctx.prev2 && c.subjunctiveCues.has(ctx.prev2))) {
    if (clearly(count(fut), cPlain) || (cPlain === 0 && count(fut) === 0 && verbCtx)) return fut;
    // "se realizara en": outside a subjunctive clause a reflexive future announces what will be done, when the
    // prior knows the future better than the (subjunctive) plain form.
    // Third person only (-rá, -rán: "-ré" may be a preterite, "generé"), and not after "que", where the
    // imperfect subjunctive is as likely ("que se quedara").
    if (prev === 'se' && ctx.prev2 !== 'que' && /rán?$/.test(fut) && ctx.next !== null && count(fut) > cPlain) return fut;
  }
  if (noun && !(prev && c.verbClitics.has(prev)) && clearly(count(noun), cPlain, 4)) {
    return noun;
  }
  return null;
}

/**
 * An accented i or u beside another vowel on the next-to-last syllable: the verb forms "continúa", "actúo",
 * "reína", "reúne". Not "-ío", which many nouns end in ("el río", "el envío").
 */
const HIATUS_ACCENT = /(?:[íú]a|úo|[aeiou][íú][^aeiouáéíóú]+[aeiou])[ns]?$/u;

/** Stressed on the third syllable from the end ("página", "práctica"): the accented vowel has two more after it. */
function proparoxytone(word: string): boolean {
  const i = word.search(/[áéíóú]/u);
  if (i < 0) return false;
  return (word.slice(i + 1).match(/[aeiouáéíóúü]+/gu) ?? []).length >= 2;
}
