// Keyword tables per language (data/segment/*.json), loaded once and compiled to regular expressions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '../paths.js';
import type { Lang } from '../types.js';

interface RawTable {
  titleWords: string;
  headings: Record<'attendees' | 'excused' | 'absent' | 'guest' | 'agenda' | 'discussion' | 'agreements', string>;
  agendaIntro: string;
  /** Words naming the agenda inside a sentence ("... da lectura al orden del día, que se transcribe:"). */
  agendaMention: string;
  closingHard: string;
  closingSoft: string;
  noAgreements: string;
  /** A heading over topics left for later ("Temas pendientes", "Deferred"): its list is no agreements. */
  pendingTopics: string;
  adjourned: string;
  adjournItem: string;
  prepared: string;
  preparedOn: string;
  nextMeeting: string;
  distribution: string;
  decisionLabel: string;
  decisionIntro: string;
  /** A motion said in a sentence, with no label: its mover's verb, its seconding and its outcome. */
  motionMoved: string;
  motionSeconded: string;
  motionOutcome: string;
  /**
   * A formal decision stated inside a paragraph ("It was RESOLVED to accept the quote", "se ACORDÓ: ..."): its sentence,
   * or what its colon announces, is an agreement.
   */
  decisionSentence: string;
  responsible: string;
  dueLabel: string;
  tableColumns: Record<string, string>;
  statusValues: Record<string, string>;
  locationNouns: string;
  locationTriggers: string;
  orgHeads: string;
  personOrgHeads: string;
  institutionWords: string;
  roleWords: string;
  headerLabel: string;
  /** The sentence opening the meeting in its body ("Chair Ruiz called the meeting to order at 7:02 p.m."). */
  callToOrder: string;
  closingLabels: Record<'preparedOn' | 'preparedBy' | 'nextMeeting' | 'distribution' | 'stop', string>;
  honorifics: string;
  pluralHonorifics: string;
  attendanceVerbs: string;
  /** A sentence that is only a lead-in to a bare name list: "También estuvieron A, B y C." */
  attendanceLead: string;
  roleStop: string;
  undefinedDue: string;
}

export type Keywords = { [K in keyof RawTable]: RawTable[K] extends string ? RegExp : Record<string, RegExp> };

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(dataDir, 'segment', name), 'utf8')) as T;
}

function compile(raw: RawTable): Keywords {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string') out[k] = new RegExp(v, 'i');
    else out[k] = Object.fromEntries(Object.entries(v as Record<string, string>).map(([kk, vv]) => [kk, new RegExp(vv, 'i')]));
  }
  return out as Keywords;
}

const cache = new Map<Lang, Keywords>();

/** The compiled keyword table for a language. */
export function keywords(lang: Lang): Keywords {
  let k = cache.get(lang);
  if (!k) {
    k = compile(readJson<RawTable>(`${lang}.json`));
    cache.set(lang, k);
  }
  return k;
}

const globals = new WeakMap<RegExp, Map<string, RegExp>>();

/** The global ('g', plus `extra` flags) twin of a compiled keyword regex, built once: exec() loops need one. */
export function globalOf(re: RegExp, extra = ''): RegExp {
  let byFlags = globals.get(re);
  if (!byFlags) globals.set(re, (byFlags = new Map()));
  let g = byFlags.get(extra);
  if (!g) byFlags.set(extra, (g = new RegExp(re.source, [...new Set(`${re.flags}g${extra}`)].join(''))));
  g.lastIndex = 0;
  return g;
}

/** Names of the single-pattern keyword entries. */
export type KeywordName = { [K in keyof Keywords]: Keywords[K] extends RegExp ? K : never }[keyof Keywords];

const unions = new WeakMap<Keywords, Map<readonly KeywordName[], RegExp>>();

/**
 * One pattern matching what any of the named keyword patterns matches: one test instead of several. Built once per
 * table and list; pass a constant list (it is the cache key).
 */
export function anyOf(kw: Keywords, names: readonly KeywordName[]): RegExp {
  let byNames = unions.get(kw);
  if (!byNames) unions.set(kw, (byNames = new Map()));
  let re = byNames.get(names);
  if (!re) byNames.set(names, (re = new RegExp(names.map((n) => `(?:${kw[n].source})`).join('|'), 'i')));
  return re;
}

/**
 * `re` with its capturing groups made non-capturing: the same matches, and a test that fails costs less (V8 resets
 * a pair of registers per group on each try). `re` itself when its source refers back to a group.
 */
export function testOnly(re: RegExp): RegExp {
  if (re.flags.includes('v')) return re;
  const s = re.source;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      const e = s[i + 1]!;
      if ((e >= '1' && e <= '9') || e === 'k') return re;
      out += c + e;
      i++;
    } else if (c === '[') {
      // A class runs to its first unescaped ']': a '(' in it is a character.
      let j = i + 1;
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      out += s.slice(i, j + 1);
      i = j;
    } else out += c === '(' && s[i + 1] !== '?' ? '(?:' : c;
  }
  return new RegExp(out, re.flags);
}

export interface Calendar {
  months: Record<string, number>;
  numberWords: Record<string, number>;
  ordinals: Record<string, string>;
}

let calendarCache: Calendar | null = null;

/** Month names, number words and ordinals shared by the date and time parsers. */
export function calendar(): Calendar {
  calendarCache ??= readJson<Calendar>('calendar.json');
  return calendarCache;
}
