// The one time parser: "16:30 hrs", "las 10.15 horas", "4:30 p.m.", "a las diez horas", "7:05 PM",
// "las veinte horas y treinta minutos", "las trece horas con diez minutos". Results are 24-hour "HH:MM".
import { beforeFolding, fold } from './text.js';
import { wordsToNumber } from './numbers.js';

export interface TimeHit {
  hhmm: string;
  start: number;
  end: number;
}

const MERIDIEM = '(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)';
/** English hours and minutes in words. */
const EN_HOUR_VALUES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const EN_HOURS = EN_HOUR_VALUES.join('|');
const EN_MINUTE_VALUES: Record<string, number> = {
  'o five': 5, ten: 10, fifteen: 15, twenty: 20, 'twenty five': 25, thirty: 30, 'thirty five': 35, forty: 40, 'forty five': 45, fifty: 50, 'fifty five': 55,
};
const EN_MINUTES = 'o[\\s-]five|ten|fifteen|twenty(?:[\\s-]five)?|thirty(?:[\\s-]five)?|forty(?:[\\s-]five)?|fifty(?:[\\s-]five)?';
const UNIT = '(?:hrs?\\.?|horas?|h\\b|hs\\.?|utc|gmt|cet)';
const NW = '[a-z]+(?:\\s+y\\s+[a-z]+)?';
/** A digit OCR read as a symbol ("£4:00" for "14:00") leaves the rest of the time a wrong one: no time there. */
const NO_SYMBOL = '(?<![£$€¢§&#%*|])';

/**
 * Each pattern with `need`, a short run of text any of its matches holds, read before folding: a quick scan that
 * spares the line the folding and the pattern (the first one tries its optional lead-in words at every position).
 * All but the last need a digit.
 */
const PATTERNS: Array<{ re: RegExp; need: RegExp; build(m: RegExpExecArray): [number, number] | null }> = [
  {
    // "8:00 o'clock in the evening", "9 in the morning", "11 o'clock at night": the words are the meridiem.
    need: /(?:in the (?:morning|afternoon|evening)|at night)\b/i,
    re: new RegExp(`${NO_SYMBOL}\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:o['’]?\\s?clock\\s*)?(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+(night))\\b`, 'g'),
    build: (m) => {
      const h = Number(m[1]);
      const part = m[3] ?? m[4]!;
      if (h < 1 || h > 12) return null;
      if (part === 'morning') return [h % 12, Number(m[2] ?? 0)];
      // (Night runs past midnight: "2 o'clock at night" is 02:00, "12 at night" is midnight.)
      if (part === 'night' && (h < 6 || h === 12)) return [h % 12, Number(m[2] ?? 0)];
      return [h === 12 ? 12 : h + 12, Number(m[2] ?? 0)];
    },
  },
  {
    // Colon and "h" times need no context; dot times need a unit, a meridiem or a leading "las"/"at".
    need: beforeFolding('\\d(?::|\\.|h)\\d\\d'),
    re: new RegExp(`(?:\\b(las|a las|at|hora:?|time:?)\\s+)?${NO_SYMBOL}\\b(\\d{1,2})(:|\\.|h)(\\d{2})(?:\\b|(?=[ap]\\.?m\\b))(?!\\.\\d|,\\d)\\s*(?:${MERIDIEM}|(${UNIT}))?`, 'g'),
    build: (m) => {
      // ("15h30" is a time as plainly as "15:30" is.)
      if (m[3] !== ':' && m[3] !== 'h' && !m[1] && !m[5] && !m[6]) return null;
      return meridiem(Number(m[2]), Number(m[4]), m[5]);
    },
  },
  {
    // OCR lost the colon ("Time 16 00 UTC", "a las 18 15 hrs."): only between a time word and a unit or meridiem.
    need: /\d \d\d\s*(?:[uUgGcChH]|[aApP]\.?\s?[mM])/,
    re: new RegExp(`\\b(?:hora:?|time:?|at|las|a las)\\s+(\\d{1,2}) (\\d{2})\\s*(?:${MERIDIEM}|(${UNIT}))`, 'g'),
    build: (m) => meridiem(Number(m[1]), Number(m[2]), m[3]),
  },
  {
    // OCR read the colon as a hyphen or a slash ("adjourned at 9-05 pm", "ended at 12/15 p.m."): only after "at" or
    // "a las" and before a meridiem, with two-digit minutes, is it surely a time and not a range or a date.
    need: /\d[-/]\d\d\s*[aApP]/,
    re: new RegExp(`\\b(?:at|a las)\\s+(\\d{1,2})[-/](\\d{2})\\s*${MERIDIEM}(?![a-z])`, 'g'),
    build: (m) => meridiem(Number(m[1]), Number(m[2]), m[3]),
  },
  // (Not the minutes of a damaged time either: "9-05 pm", "12/15 p.m.", "9 05 pm" are not 5 pm or 15:00.)
  { need: beforeFolding('\\d\\s*(?:a|p)'), re: new RegExp(`(?<!\\d[-/:.\\s])${NO_SYMBOL}\\b(\\d{1,2})\\s*${MERIDIEM}(?![a-z])`, 'g'), build: (m) => meridiem(Number(m[1]), 0, m[2]) },
  { need: beforeFolding('las\\s+\\d'), re: new RegExp(`\\b(?:las|a las)\\s+(\\d{1,2})\\s+(?:horas|hrs)\\b`, 'g'), build: (m) => [Number(m[1]), 0] },
  {
    // "las once de la mañana", "las tres y veinte de la tarde", "las siete y media de la noche", "la una de la madrugada".
    need: beforeFolding('de la (manana|tarde|noche|madrugada)'),
    re: /\bla(?:s)?\s+([a-z]+)(?:\s+y\s+(media|cuarto|[a-z]+(?:\s+y\s+[a-z]+)?)(?:\s+minutos)?)?\s+de\s+la\s+(manana|tarde|noche|madrugada)/g,
    build: (m) => {
      const h = wordsToNumber(m[1]!);
      const min = m[2] === 'media' ? 30 : m[2] === 'cuarto' ? 15 : m[2] ? wordsToNumber(m[2]) : 0;
      if (h === null || min === null || h < 1 || h > 12) return null;
      // (Noon is "las doce del día"; "las doce de la noche" is midnight. Night runs past midnight: "las dos de la
      // noche" is 02:00, as the small hours of the "madrugada" are.)
      if (m[3] === 'manana' || m[3] === 'madrugada' || (m[3] === 'noche' && (h < 6 || h === 12))) return [h % 12, min];
      return [h === 12 ? 12 : h + 12, min];
    },
  },
  {
    need: beforeFolding('horas'),
    re: new RegExp(`\\blas\\s+(${NW})\\s+horas(?:\\s+(?:y|con)\\s+(${NW})\\s+minutos)?`, 'g'),
    build: (m) => {
      const h = wordsToNumber(m[1]!);
      const min = m[2] ? wordsToNumber(m[2]) : 0;
      return h === null || min === null ? null : [h, min];
    },
  },
];

const DIGIT = /\d/;
/** The patterns that need no digit: times in words. */
const IN_WORDS = new Set(PATTERNS.slice(-2));

function meridiem(h: number, min: number, mer: string | undefined): [number, number] | null {
  if (mer) {
    const pm = mer.startsWith('p');
    // A 24-hour time with a redundant "PM" ("13:04 PM") is that time.
    if (pm && h > 12 && h < 24) return [h, min];
    if (h < 1 || h > 12) return null;
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
  }
  return [h, min];
}

/** Every time of day in `s`, in text order. `folded` is fold(s), when the caller has it already. */
export function findTimes(s: string, folded?: string): TimeHit[] {
  const hits: TimeHit[] = [];
  const digits = DIGIT.test(s);
  let f = folded;
  for (const p of PATTERNS) {
    if ((!digits && !IN_WORDS.has(p)) || !p.need.test(s)) continue;
    f ??= fold(s);
    p.re.lastIndex = 0;
    for (let m = p.re.exec(f); m; m = p.re.exec(f)) {
      const hm = p.build(m);
      if (!hm || hm[0] > 23 || hm[1] > 59) continue;
      const end = m.index + m[0].length;
      if (hits.some((h) => h.start < end && m!.index < h.end)) continue;
      hits.push({ hhmm: `${String(hm[0]).padStart(2, '0')}:${String(hm[1]).padStart(2, '0')}`, start: m.index, end });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  // "7:00-8:20 PM": a range's meridiem printed once, after its end, holds for its start.
  for (let k = 0; k + 1 < hits.length; k++) {
    const a = hits[k]!;
    const b = hits[k + 1]!;
    const h = Number(a.hhmm.slice(0, 2));
    if (h >= 12 || !RANGE_JOIN.test(f!.slice(a.end, b.start)) || !PM_END.test(f!.slice(b.start, b.end)) || MERIDIEM_IN.test(f!.slice(a.start, a.end))) continue;
    if (h + 12 <= Number(b.hhmm.slice(0, 2))) hits[k] = { ...a, hhmm: `${h + 12}${a.hhmm.slice(2)}` };
  }
  return hits;
}
const RANGE_JOIN = /^\s*(?:-|–|—|to|a|hasta)\s*$/;
const PM_END = /p\.?\s?m\.?\s*$/;
const MERIDIEM_IN = /[ap]\.?\s?m\b/;

/** An English hour in words before a dotted meridiem: "at seven o'clock p.m.", "at seven-thirty p.m.", "nine a.m.". */
const WORD_TIME_NEED = /\.\s?m\./i;
const WORD_TIME = new RegExp(`\\b(${EN_HOURS})(?:[\\s-]+(${EN_MINUTES}))?\\s*(?:o['’]?\\s?clock\\s*)?([ap]\\.\\s?m\\.)`, 'g');

/**
 * The English times in words of `s` ("called to order at seven o'clock p.m."), offsets as findTimes gives them. Not
 * one of findTimes' patterns: every line would pay its test, and only the few lines saying when a meeting was called
 * to order or adjourned are asked for it, once findTimes found no time there.
 */
export function findWordTimes(s: string): TimeHit[] {
  if (!WORD_TIME_NEED.test(s)) return [];
  const f = fold(s);
  const hits: TimeHit[] = [];
  WORD_TIME.lastIndex = 0;
  for (let m = WORD_TIME.exec(f); m; m = WORD_TIME.exec(f)) {
    const min = m[2] ? EN_MINUTE_VALUES[m[2].replace(/[\s-]+/g, ' ')] ?? null : 0;
    const hm = min === null ? null : meridiem(EN_HOUR_VALUES.indexOf(m[1]!) + 1, min, m[3]);
    if (hm) hits.push({ hhmm: `${String(hm[0]).padStart(2, '0')}:${String(hm[1]).padStart(2, '0')}`, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/** The first time in `s` as HH:MM, or null. */
export function parseTime(s: string): string | null {
  return findTimes(s)[0]?.hhmm ?? null;
}
