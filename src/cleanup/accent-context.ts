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
}

interface Classes {
  determiners: Set<string>;
  prepositions: Set<string>;
  verbClitics: Set<string>;
  firstPerson: Set<string>;
  subjunctiveCues: Set<string>;
  estarNext: Set<string>;
}

let classes: Classes | null = null;

function loadClasses(): Classes {
  if (classes) return classes;
  const raw = JSON.parse(fs.readFileSync(path.join(dataDir, 'cleanup', 'accent-context-es.json'), 'utf8'));
  const set = (k: string): Set<string> => new Set<string>(raw[k]);
  classes = {
    determiners: set('determiners'), prepositions: set('prepositions'), verbClitics: set('verbClitics'),
    firstPerson: set('firstPerson'), subjunctiveCues: set('subjunctiveCues'), estarNext: set('estarNext'),
  };
  return classes;
}

/** a is preferred over b by counts: clearly more frequent. */
function clearly(a: number, b: number, margin = 2): boolean {
  return a >= margin * b + 1;
}

const PARTICIPLE = /(ad|id)[oa]s?$|(ando|iendo|yendo)$/;

/**
 * `plain` is the written word, lower-cased, with no accent; `forms` its accented alternatives (lower-cased);
 * `count(form)` the evidence for a form (prior + document). `plainValid`: the written word is itself a word.
 */
export function chooseAccented(plain: string, forms: string[], ctx: AccentContext, count: (f: string) => number,
  plainValid: boolean): string | null {
  const c = loadClasses();
  const prev = ctx.prev;
  const pret = forms.find((f) => f === plain.slice(0, -1) + 'ó' && plain.endsWith('o'));
  const fut = forms.find((f) => /[aá]n?$|é$/.test(f) && /(ar|er|ir)(á|án|é)$/.test(f) && f.replace(/[áé]/, (x) => (x === 'á' ? 'a' : 'e')) === plain);
  const esdr = forms.find((f) => f !== pret && f !== fut);
  const cPlain = plainValid ? count(plain) : -1;

  if (plain === 'esta' && plainValid) {
    if (ctx.after === '' || /[.,;:)]/.test(ctx.after)) return 'está';
    if (ctx.next && (c.estarNext.has(ctx.next) || PARTICIPLE.test(ctx.next))) return 'está';
    return null;
  }
  if (!plainValid) {
    if (forms.length === 1) return forms[0];
    if (prev && (c.determiners.has(prev) || c.prepositions.has(prev)) && esdr) return esdr;
    const best = [...forms].sort((a, b) => count(b) - count(a))[0];
    if (count(best) > 0) return best;
    return pret ?? fut ?? esdr ?? null;
  }
  if (esdr && prev && c.determiners.has(prev) && !(pret && c.verbClitics.has(prev))) {
    return clearly(count(esdr), cPlain, 1) || cPlain === 0 ? esdr : null;
  }
  if (pret) {
    if (prev && c.firstPerson.has(prev)) return null;
    if (prev && (c.prepositions.has(prev) || c.determiners.has(prev))) return null;
    if (clearly(count(pret), cPlain)) return pret;
    if (cPlain === 0 && count(pret) === 0 && ctx.next !== 'de' && ctx.next !== 'del') return pret;
    return null;
  }
  if (fut) {
    if ((prev && c.subjunctiveCues.has(prev)) || (ctx.prev2 && c.subjunctiveCues.has(ctx.prev2))) return null;
    if (clearly(count(fut), cPlain) || (cPlain === 0 && count(fut) === 0)) return fut;
    return null;
  }
  if (esdr) {
    if (prev && c.verbClitics.has(prev)) return null;
    if (clearly(count(esdr), cPlain, 4)) return esdr;
    return null;
  }
  return null;
}
