// Small string helpers shared by the extractors: folding, whitespace, bullets, numbering.

/** Folded code unit of each non-ASCII code unit, filled in on first use (0: not known yet). */
const foldTable = new Uint16Array(0x10000);

/** One non-ASCII code unit without its diacritics, lower-cased; always one code unit, so offsets hold. */
function foldUnit(c: number): number {
  let f = foldTable[c]!;
  if (f === 0) {
    const ch = String.fromCharCode(c);
    const d = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    f = (d.length === 1 ? d : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch).charCodeAt(0);
    foldTable[c] = f;
  }
  return f;
}

/** The code unit fold() gives `c`: fold() maps each unit on its own, ASCII to its lower case. */
export function foldCode(c: number): number {
  return c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldUnit(c);
}

const EVERY_NON_ASCII = /[^\x00-\x7f]/g;
const SURROGATE = /[\ud800-\udfff]/;

/** Lowercase and drop diacritics char by char, so offsets in the result match the input. */
export function fold(s: string): string {
  // test() on the global pattern leaves lastIndex just past the non-ASCII unit it found: the text is walked from one
  // such unit to the next natively, without a match array or a replace() callback per unit (a charCodeAt loop is
  // slower on the two-byte slices most lines are).
  EVERY_NON_ASCII.lastIndex = 0;
  if (!EVERY_NON_ASCII.test(s)) return s.toLowerCase();
  // A surrogate pair would be lower-cased as one code point: such text is folded unit by unit.
  if (SURROGATE.test(s)) { EVERY_NON_ASCII.lastIndex = 0; return foldUnits(s); }
  // Folded units are lower-case already (no final-sigma context either), so lower-casing the whole string after
  // them touches only ASCII letters.
  let out = '';
  let from = 0;
  do {
    const i = EVERY_NON_ASCII.lastIndex - 1;
    out += s.slice(from, i) + String.fromCharCode(foldUnit(s.charCodeAt(i)));
    from = i + 1;
  } while (EVERY_NON_ASCII.test(s));
  return (out + s.slice(from)).toLowerCase();
}

function foldUnits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c < 128 ? s[i]!.toLowerCase() : String.fromCharCode(foldUnit(c));
  }
  return out;
}

/** A class item for the ASCII letter `c` in both cases; any other character as it is. */
function bothCases(c: string): string {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? c.toLowerCase() + c.toUpperCase() : c;
}

/**
 * A pattern over unfolded text that matches wherever `source` (a pattern over folded text) could match its
 * folding: a letter also takes its other case and any non-ASCII code unit (one may fold to it), a class takes the
 * same, `\b` is dropped, and a non-ASCII unit takes any non-ASCII unit. A gate that spares folding lines that cannot
 * match; digits and whitespace fold to themselves only. Case is spelled out rather than left to the 'i' flag: V8
 * takes tens of milliseconds to compile a non-ASCII range under it. Supported: literals, escaped punctuation, `\s`,
 * `\d`, `\b`, classes without ranges or negation, groups, alternation, quantifiers and anchors; anything else
 * (lookarounds, whose loosening would not loosen a negative one) throws.
 */
export function beforeFolding(source: string): RegExp {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[++i]!;
      if (e === 'b') continue;
      if (e === 's' || e === 'd') out += `\\${e}`;
      else if (/[a-z0-9]/i.test(e)) throw new Error(`beforeFolding: \\${e} is not supported (${source})`);
      else out += `[\\${e}\\u0080-\\uffff]`;
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') throw new Error(`beforeFolding: negated classes are not supported (${source})`);
      let items = '';
      for (; source[j] !== ']'; j++) {
        if (j >= source.length || source[j] === '-') throw new Error(`beforeFolding: ranges are not supported (${source})`);
        items += source[j] === '\\' ? source[j]! + source[++j]! : bothCases(source[j]!);
      }
      out += `[${items}\\u0080-\\uffff]`;
      i = j;
    } else if (c === '(' && source[i + 1] === '?' && source[i + 2] !== ':') {
      throw new Error(`beforeFolding: lookarounds are not supported (${source})`);
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) out += `[${bothCases(c)}\\u0080-\\uffff]`;
    // A non-ASCII unit of folded text ("ß", "ø") may come from another one ("ẞ", "Ø").
    else if (c.charCodeAt(0) >= 128) out += '[\\u0080-\\uffff]';
    else out += c;
  }
  return new RegExp(out);
}

/** The top-level alternatives of a pattern source: no split inside groups, classes or after a backslash ("a|b(c|d)" -> "a", "b(c|d)"). */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(source.slice(from, i)); from = i + 1; }
  }
  out.push(source.slice(from));
  return out;
}

/** beforeFolding(source), or null when the pattern uses syntax it does not support (patterns read from data files). */
export function beforeFoldingOrNull(source: string): RegExp | null {
  try {
    return beforeFolding(source);
  } catch {
    return null;
  }
}

/**
 * Anything squash would change inside a string: a tab/newline/nbsp (any whitespace but ' '), or two spaces in a row.
 * A space at an edge is read from the string's ends (no alternative for it tried at every position).
 */
const SQUASHABLE = /[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|  /;

/** Collapse whitespace runs and trim. */
export function squash(s: string): string {
  // One native regex test (no char loop: cold code runs interpreted) and no copy for clean strings.
  return s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32 || SQUASHABLE.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** True for the code units `\s` matches. */
export function isSpace(c: number): boolean {
  if (c < 256) return c === 32 || (c >= 9 && c <= 13) || c === 160;
  // The rest of \s, compared rather than handed to a pattern.
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Trim and turn an empty string into null. */
const EDGE_MARKS = /^[\s,;:·|–—-]+|[\s,;:·|–—-]+$/g;
const EDGE_MARK = /[\s,;:·|–—-]/;

export function orNull(s: string | null | undefined): string | null {
  if (s == null) return null;
  let t = squash(s);
  // The edge pattern tries every position: it runs only when an end holds one of its marks (most values are clean).
  if (t !== '' && (EDGE_MARK.test(t[0]!) || EDGE_MARK.test(t[t.length - 1]!))) t = t.replace(EDGE_MARKS, '');
  return t === '' ? null : t;
}

/** Leading bullet marks produced by typing or OCR ("•", "-", "e ", "o ", "[ ]", the ". " of an item number OCR lost). */
export const BULLET = /^\s*(?:[•·●○◦▪■□\-–—*>]|[«»]?\+[«»]?|\[[ xX]?\]|[eo](?=\s+[A-ZÁÉÍÓÚÑ])|\.(?=\s+\p{L}))\s*/u;

/**
 * An empty task box ("[ ] Ana: ...") as OCR reads it at the start of a list line: "{|", "{ |", "[| ]", "(|", "{J",
 * "|]", "0]", "i]", or a lone lower-case letter before a bar where the box lost its left side ("i | Tomas: ..."), then a
 * capital.
 */
export const TASK_BOX = /^\s*(?:[[{(]\s?[|\]})J]\s?[\]})]?|[|0\p{Ll}]\]|\p{Ll}\s\|)\s+(?=\p{Lu}|@\w)/u;

export function stripBullet(s: string): string {
  return s.replace(BULLET, '');
}

/** The Spanish ordinal words items and agreements are numbered with, in capitals and as titles print them. */
export const ORDINALS_UPPER = 'PRIMERO|SEGUNDO|TERCERO|CUARTO|QUINTO|SEXTO|S[EÉ]PTIMO|OCTAVO|NOVENO|D[EÉ]CIMO';
export const ORDINALS_TITLE = 'Primero|Segundo|Tercero|Cuarto|Quinto|Sexto|S[eé]ptimo|Octavo|Noveno|D[eé]cimo';

/**
 * Item numbering as printed: "1.", "1.-", "1)", "1.º", "1°)", "1.0", "5.1", "I.", "a)", "[0]", "(1)", "PRIMERO.-"; tried in
 * order. `first` is the class of the first non-space character each can match: a line is tried only on the patterns its
 * first character allows.
 */
export const NUMBERINGS: ReadonlyArray<{ re: RegExp; first: RegExp }> = [
  { re: /^\s*(\d{1,2}\.?[º°])\s*(?:\.-|[.)-])?\s*/u, first: /\d/ },
  { re: /^\s*(\d{1,2}(?:\.\d{1,2}){1,3})(?:\.\s*|\s+)/u, first: /\d/ },
  // Sub-items lettered after their item's number: "5A. Resolution ...", "5B) Award ..." (capital letters only: "1a."
  // is a Spanish ordinal).
  { re: /^\s*(\d{1,2}[A-H])[.)]\s+(?=\p{Lu})/u, first: /\d/ },
  // ... or in lower case, before a capitalised word: "6a. Water tender replacement".
  { re: /^\s*(\d{1,2}[a-h])[.)]\s+(?=\p{Lu}\p{Ll})/u, first: /\d/ },
  // (A number running on past its dot is an amount or a decimal, "240.000.", no item.)
  // (OCR may read the stop of "4.-" as a comma: "4,- Limpieza".)
  { re: /^\s*(\d{1,3})\s*(?:\.-|,-|\.(?!\d)|\)|,(?=\s+\p{Lu})|-(?=\s))\s*/u, first: /\d/ },
  // A number and a space before a title in capitals, as New Zealand boards print headings ("3 APOLOGIES"); not a
  // sentence in capitals wrapped after a number ("... ON PAGE 1, LINE" / "5 BE STRICKEN.").
  { re: /^\s*(\d{1,2}) +(?=\p{Lu}{2}[^\p{Ll}\d\t]*[^\p{Ll}\d\t\s.,;]$)/u, first: /\d/ },
  // An item named by its ordinal: "PRIMER PUNTO: Aprobación ...", "Segundo punto.- Informe".
  { re: /^\s*(PRIMER|SEGUNDO|TERCER|CUARTO|QUINTO|SEXTO|S[EÉ]PTIMO|OCTAVO|NOVENO|D[EÉ]CIMO|Primer|Segundo|Tercer|Cuarto|Quinto|Sexto|S[eé]ptimo|Octavo|Noveno|D[eé]cimo)\s+(?:PUNTO|[Pp]unto)\s*(?:\.-|[.:-])\s*/u, first: /[PSTCQOND]/ },
  // An item named as such before its number: "PUNTO 1.- APROBACIÓN ...", "PUNTO 2.º – Obras", "Tema 2: Presupuesto",
  // "Item 3. Budget", "Item No. 4: Audit", "Subject No. 2: To approve ...", "Agenda 3: School grant",
  // "Agenda Item 5 – Roads".
  { re: /^\s*(?:PUNTO|Punto|TEMA|Tema|ITEM|Item|SUBJECT|Subject|AGENDA(?: ITEM)?|Agenda(?: [Ii]tem)?)(?:\s+No\.)?\s+(\d{1,2}(?:\.?[º°])?|[IVXL]{1,6})\s*(?:\.-|[.:)]|\s[-–—])?\s+(?=\p{Lu})/u, first: /[PTISA]/ },
  // An item named with its number in words: "PUNTO UNO. Lectura del acta", "Punto tres.- Informe", "ITEM TWO: Budget".
  { re: /^\s*(?:PUNTO|Punto|ITEM|Item)\s+((?:UNO|DOS|TRES|CUATRO|CINCO|SEIS|SIETE|OCHO|NUEVE|DIEZ|ONCE|DOCE|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE)(?![A-Z])|(?:[Uu]no|[Dd]os|[Tt]res|[Cc]uatro|[Cc]inco|[Ss]eis|[Ss]iete|[Oo]cho|[Nn]ueve|[Dd]iez|[Oo]nce|[Dd]oce|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)(?![a-z]))\s*(?:\.-|[.:]|\s[-–—])\s*(?=\p{Lu})/u, first: /[PI]/ },
  // Sections lettered as US boards print them: "A.1 Call to Order", "B. PUBLIC COMMENTS" (a capital word after a
  // lone letter: "A. Ruiz" is an initial).
  { re: /^\s*([A-H]\.\d{1,2})\.?\s+(?=\p{Lu})/u, first: /[A-H]/ },
  { re: /^\s*([A-H])\.\s+(?=\p{Lu}{2,}\b)/u, first: /[A-H]/ },
  // British minute references, year and item ("24/31 Apologies for absence", "081/24. Planning"), before a title.
  { re: /^\s*(\d{2}\/\d{2,3}|\d{2,3}\/\d{2})(?:[.:]|\s[-–])?\s+(?=\p{Lu})/u, first: /\d/ },
  // ... and with the committee's letters before them ("PH/19/101 APOLOGIES FOR ABSENCE").
  { re: /^\s*([A-Z]{1,4}\/\d{2}\/\d{1,3})(?:[.:]|\s[-–])?\s+(?=\p{Lu})/u, first: /[A-Z]/ },
  { re: /^\s*([IVXL]{1,6})\s*(?:\.-|[.)])\s*/u, first: /[IVXL]/ },
  // OCR reads roman I as l, i, 1 or |: "ll.", "Vil.", "lV.".
  { re: /^\s*((?=[IVXLli1|]*[IVX])[IVXLli1|]{1,5}|l{1,3})\s*(?:\.-|[.)])\s*(?=\p{Lu}|[—–-]\s)/u, first: /[IVXLli1|]/ },
  { re: /^\s*([a-h])\s*\)\s*/u, first: /[a-h]/ },
  // ... or with a stop, before a capitalised word ("a. Situación nutricional", "b. Budget"): a lone lower-case letter
  // opens no sentence.
  { re: /^\s*([a-h])\.\s+(?=\p{Lu}\p{Ll})/u, first: /[a-h]/ },
  // A capital and a parenthesis before a title ("C) Informe de la Decana"): no initial is written so.
  { re: /^\s*([A-H])\)\s+(?=\p{Lu})/u, first: /[A-H]/ },
  // Bracketed or parenthesised numbers: "[0] Logo", "(2) Budget", "(b) Fees".
  { re: /^\s*\[(\d{1,3})\]\s*(?=\S)/u, first: /\[/ },
  { re: /^\s*\((\d{1,3}|[a-h])\)\s*(?=\p{Lu})/u, first: /\(/ },
  { re: new RegExp(String.raw`^\s*(${ORDINALS_UPPER})\s*(?:\.-|[.:-])\s*`, 'u'), first: /[PSTCQOND]/ },
  // Ordinals in title case as Spanish agendas print them ("Primero.- Aprobación de las cuentas"): with ".-", ".–"
  // ("Primero, se revisó ..." is a sentence) ...
  // ... or with a stop alone before a capital, as Spanish colleges and boards number agendas ("Primero. Lectura y
  // aprobación del acta").
  { re: new RegExp(String.raw`^\s*(${ORDINALS_TITLE})\s*\.(?:\s?[-–—])?\s*(?=\p{Lu})`, 'u'), first: /[PSTCQOND]/ },
];

export interface Numbered {
  number: string;
  rest: string;
}

/** Drop light markup around a line: Markdown "#"/"**", escaped "1\\." and reStructuredText emphasis. */
export function unmark(s: string): string {
  // Five native searches for the marks answer faster than one /[#*_\\`]/ (unmark runs on most lines).
  if (!s.includes('#') && !s.includes('*') && !s.includes('_') && !s.includes('\\') && !s.includes('`')) return s;
  return s.replace(/^\s*#{1,6}\s+/, '').replace(/\*\*|__|`/g, '').replace(/\\(?=[.\-)#*_[\]])/g, '');
}

/** How a numbered line can start (digits, romans, "a)", ordinal words, specks, markup): a cheap gate. */
const NUMBER_START = /\[\d|\((?:\d|[a-h]\))|[\d\-–—~*•·'‘’"”#_\\`]|[.,]\s*(?:\d|[PSTCQOND][a-zé]+\s+punto|[PSTCQOND]+\s+PUNTO)|[IVXLli1|]{1,6}[\s*_`\\]*[.)]|[a-h](?:[\s*_`\\]*\)|\.\s)|[A-H]\)|PRIMER|SEGUNDO|TERCER|CUARTO|QUINTO|SEXTO|S[EÉ]PTIMO|OCTAVO|NOVENO|D[EÉ]CIMO|Primer|Segundo|Tercer|Cuarto|Quinto|Sexto|S[eé]ptimo|Octavo|Noveno|D[eé]cimo|PUNTO|Punto|TEMA|Tema|ITEM|Item|SUBJECT|Subject|AGENDA|Agenda|[A-Z]{1,4}\/\d|[A-H]\.(?:\d|\s+[A-ZÁÉÍÓÚÑ]{2})/y;

/** Split "1.- Title" into number and rest; null when the line is not numbered. */
export function splitNumbering(raw: string): Numbered | null {
  // Cheap gate on the first non-space character: most lines cannot be numbered.
  let i = 0;
  while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
  NUMBER_START.lastIndex = i;
  if (i === raw.length || !NUMBER_START.test(raw)) return null;
  // OCR specks before the number ("-5.Se encomienda") are not part of it (the pattern runs only past a speck).
  let s = unmark(raw);
  let j = 0;
  while (j < s.length && isSpace(s.charCodeAt(j))) j++;
  if (isSpeck(s.charCodeAt(j))) {
    s = s.replace(SPECK_BEFORE_NUMBER, '');
    j = 0;
    while (j < s.length && isSpace(s.charCodeAt(j))) j++;
  }
  for (const re of numberingsFor(s[j])) {
    const m = re.exec(s);
    if (m && m[1]) {
      const rest = s.slice(m[0].length);
      return { number: romanFix(m[1]), rest: isDash(rest.charCodeAt(0)) ? rest.replace(/^[—–-]\s+/u, '') : rest };
    }
  }
  return null;
}

/** A speck before an item's number or its ordinal word ("-5.Se ...", ". Segundo punto.- Informe"). */
const SPECK_BEFORE_NUMBER = /^\s*[-–—~*•·'‘’"”.,_]\s*(?=\d{1,3}\s*[.)]|\p{Lu}\p{Ll}+\s+punto\b|\p{Lu}+\s+PUNTO\b)/u;

/** - – — ~ * • · ' ‘ ’ " ” . , _: a speck OCR leaves before an item number. */
const isSpeck = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014 || c === 126 || c === 42 || c === 0x2022 ||
  c === 0xb7 || c === 39 || c === 0x2018 || c === 0x2019 || c === 34 || c === 0x201d || c === 46 || c === 44 || c === 95;
/** - – —. */
const isDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014;

/** The NUMBERINGS a line starting (after spaces) with `c` can match, in their order; built once per character. */
const BY_FIRST = new Map<string, RegExp[]>();
function numberingsFor(c: string | undefined): RegExp[] {
  if (c === undefined) return [];
  let out = BY_FIRST.get(c);
  if (!out) BY_FIRST.set(c, (out = NUMBERINGS.filter((n) => n.first.test(c)).map((n) => n.re)));
  return out;
}

/** Undo OCR's roman-numeral misreadings ("ll" -> "II", "Vil" -> "VII"); other numbers pass unchanged. */
function romanFix(n: string): string {
  return /[li|]/.test(n) && /^[IVXLli1|]+$/.test(n) ? n.replace(/[li1|]/g, 'I').replace(/(?<=[IVX])L|^L(?=I)/g, 'I') : n;
}

/**
 * A loosely numbered agenda line as OCR leaves it: "L Lista ...", "ll Lectura ...", "NA Análisis ...", "5 Informe ..."
 * (its stop lost). `strict` is splitNumbering(s) when the caller has it already.
 */
export function splitLooseNumbering(s: string, strict: Numbered | null = splitNumbering(s)): Numbered | null {
  if (strict) return strict;
  const m = /^\s*([IVXLli1|]{1,4}|\d{1,2}(?=\s)|[A-Z]{1,2}|[0-9a-zA-Z]{1,2}[.,])(?:\.-|\.)?\s+(?:[—–-]\s+)?(?=\p{Lu}\p{Ll})/u.exec(s);
  // A lone "L" heading an agenda is a misread "I" (no agenda reaches item fifty).
  if (m) return { number: m[1] === 'L' ? 'I' : romanFix(m[1]!), rest: s.slice(m[0].length) };
  const caps = CAPS_AFTER_MARK.exec(s);
  return caps ? { number: caps[1]!, rest: s.slice(caps[0].length) } : null;
}

/** One letter or digit and its stop before an all-capitals title ("b. CRITERIOS PARA ...", "S. ASUNTOS GENERALES"). */
const CAPS_AFTER_MARK = /^\s*([0-9a-zA-Z])\.\s+(?=\p{Lu}{2,}[\s,.])/u;

/**
 * A short heading line in capitals ("CONSENT AGENDA", "RESOLUTION NO. 2023-14"): two capitals in a row, no lower-case
 * letter, no label colon, tab or bar, no final stop. `t` is trimmed.
 */
export function isCapsHeading(t: string): boolean {
  // (A lower-case letter, found early in most lines, turns them away before the patterns.)
  return t.length >= 3 && t.length <= 60 && !LOWER_LETTER.test(t) && CAPS_HEADING.test(t);
}
const LOWER_LETTER = /\p{Ll}/u;
const CAPS_HEADING = /^(?=.*\p{Lu}{2})[^:;\t|]+(?<![.])$/u;

/** Count of whitespace-separated words. */
export function wordCount(s: string): number {
  const t = s.trim();
  return t ? t.split(/\s+/).length : 0;
}

/** True for a line that reads as running prose rather than a label or list entry. */
export function isProse(s: string): boolean {
  const t = s.trim();
  const n = t.length;
  if (n < 90) {
    const last = n ? t.charCodeAt(n - 1) : 0;
    if (last !== 46 && last !== 58 && last !== 59) return false;
  }
  // Words are runs between spaces, tabs, line breaks and no-break spaces; one pass counts them and those starting in
  // lower case, without building the list of words (isProse runs on every line, often more than once).
  let words = 0;
  let lower = 0;
  let gap = true;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) { gap = true; continue; }
    if (gap) {
      words++;
      if ((c >= 97 && c <= 122) || (c >= 223 && c <= 255)) lower++;
      gap = false;
    }
  }
  if (n < 90 && words < 10) return false;
  // Title-case or upper-case lines (headers, institution names) are not prose however long.
  return lower / Math.max(1, words) >= 0.3;
}

const UPPER_START = /^\p{Lu}/u;

/** /^\p{Lu}/u, answered from the first code unit when it is ASCII (most words are). */
export function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(w);
}

const THREE_LETTERS = /\p{L}{3}/u;
/** Three ASCII letters in a row: a plain class, tried first (\p{L} is a long table of ranges to test at every position). */
const THREE_ASCII_LETTERS = /[a-zA-Z]{3}/;
const NON_ASCII = /[^\x00-\x7f]/;

/** Three letters in a row: what a word has and an OCR speck ("ls]", "O A", ". . o") has not. */
export function hasWord(s: string): boolean {
  // The ASCII letters are a-z and A-Z: only a string holding another unit may have a run the plain class misses (a
  // page number indented by eighty spaces has none, and is not scanned for \p{L}).
  return THREE_ASCII_LETTERS.test(s) || (NON_ASCII.test(s) && THREE_LETTERS.test(s));
}

/** Upper-case share among letters. */
export function upperShare(s: string): number {
  const letters = s.match(/\p{L}/gu) ?? [];
  if (!letters.length) return 0;
  return letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / letters.length;
}

/** Singular form of a plural role noun ("concejales" -> "concejal", "Members" -> "Member"). */
export function singular(word: string): string {
  if (/(?:ales|eles|iles|ores|ares|ones|enes)$/i.test(word)) return word.slice(0, -2);
  if (/[^s]s$/i.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * A single-spaced text with its last word made singular ("Consejeros Titulares" -> "Consejeros Titular"), the word
 * found by lastIndexOf rather than a pattern tried at every position.
 */
export function singularLast(s: string): string {
  const at = s.lastIndexOf(' ') + 1;
  return `${s.slice(0, at)}${singular(s.slice(at))}`;
}

/**
 * A role, in the singular when it opens with a plural (a list's heading over several names): its words before any
 * connector ("Tenientes de Alcalde" -> "Teniente de Alcalde", "Vocales titulares" -> "Vocal titular", "Members" ->
 * "Member").
 */
export function singularRole(role: string): string {
  const words = role.split(' ');
  if (!/s$/.test(words[0]!)) return role;
  const stop = words.findIndex((w) => /^(?:de|del|of|for|y|and)$/i.test(w));
  return words.map((w, k) => (stop < 0 || k < stop ? singular(w) : w)).join(' ');
}

/** Abbreviated titles and words whose period ends no sentence ("Dr.", "Sra.", "Art.", "N°."), as a pattern's alternatives. */
export const TITLE_WORDS = 'Mr|Mrs|Ms|Dr|Dra|Rev|Sr|Sra|Srta|Sres|Sras|Dña|Dª|D|Lic|Ing|Prof|Profr|Mtro|Mtra|Mg|Arq|Abog|Abg|Est|Cllr|Art|St|No|N°';

/** A title abbreviation ending a text ("... a cargo del Dr."): its period ends no sentence nor run-in title. */
export const TITLE_ABBREVIATION = new RegExp(`(?:^|\\s)(?:${TITLE_WORDS})\\.$`, 'u');

const ABBREVIATION_END = /\b(?:ltda|inc|s\.a|co|corp|jr|sr|s\.l|etc)\.$/i;
/**
 * An initial: one capital after a non-letter ("Ana M."). Not under /i, where \p{Lu} takes any letter and \b sees a
 * boundary after a non-ASCII letter: "Educación." would keep its period as if "n." were an initial.
 */
const INITIAL_END = /(?:^|[^\p{L}])\p{Lu}\.$/u;

/** Drop a sentence-final period but keep one that ends an abbreviation ("Ltda.", "Inc.", "C."). */
export function trimEndDot(s: string): string {
  const t = s.trim();
  // The pattern is tried on the last seven characters (its longest match and the character before it): V8 runs
  // `\b` under /iu some ten times slower than under /i, and a `$`-anchored pattern would scan the whole text.
  if (!t.endsWith('.')) return t;
  const end = t.slice(-7);
  return ABBREVIATION_END.test(end) || INITIAL_END.test(end) ? t : t.slice(0, -1);
}
