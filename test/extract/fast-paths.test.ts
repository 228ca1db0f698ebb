// The speed gates must not change answers: hand-written edge cases for squash and splitNumbering.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NUMBERINGS, isProse, isSpace, orNull, singularLast, splitNumbering, squash, trimEndDot } from '../../src/extract/text.js';

describe('squash', () => {
  it('returns clean strings unchanged and collapses every kind of space', () => {
    expect(squash('Acta de sesión')).toBe('Acta de sesión');
    expect(squash('  Acta\t de\u00a0sesión ')).toBe('Acta de sesión');
    expect(squash('a\u2003b')).toBe('a b');
    expect(squash('')).toBe('');
  });
  it('always equals collapsing whitespace runs and trimming', () => {
    const chars = fc.constantFrom(' ', 'a', 'é', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '.');
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }).map((cs) => cs.join('')), (s) => squash(s) === s.replace(/\s+/g, ' ').trim()));
  });
});

describe('splitNumbering by first character', () => {
  it('finds what trying every pattern in order finds', () => {
    // Every pattern in order, as before the first-character dispatch (after the same speck and markup removal).
    const every = (raw: string) => {
      const s = raw.replace(/^\s*[-–—~*•·'‘’"”.,_]\s*(?=\d{1,3}\s*[.)])/u, '');
      for (const { re } of NUMBERINGS) { const m = re.exec(s); if (m && m[1]) return s.slice(m[0].length).replace(/^[—–-]\s+/u, ''); }
      return null;
    };
    const starts = fc.constantFrom('1', '12', '3.', '4.1 ', 'I', 'II', 'l', 'll', '|', 'i', 'V', 'a', 'h', '[', '(', 'P', 'PRIMERO', 'SÉPTIMO', 'x', '-', ' ', '\u00a0', '\u2003');
    const rests = fc.constantFrom('.', '.-', ')', ']', ',', ' ', 'º', ' Lectura', ' lectura', '2)', '0', '— Varios');
    fc.assert(fc.property(fc.array(fc.oneof(starts, rests), { maxLength: 6 }).map((xs) => xs.join('')), (s) => {
      const hit = splitNumbering(s);
      const ref = every(s);
      // The rest after the number (splitNumbering also normalises OCR'd roman numbers, which the reference leaves).
      return (hit?.rest ?? null) === ref;
    }));
  });
});

describe('splitNumbering gate', () => {
  it('still finds numbers behind markup, specks, romans and ordinal words', () => {
    expect(splitNumbering('**1.** Lectura del acta')?.number).toBe('1');
    expect(splitNumbering('  II. Cuenta')?.number).toBe('II');
    expect(splitNumbering('ll. Lectura')?.number).toBe('II');
    expect(splitNumbering('b) Varios')?.number).toBe('b');
    expect(splitNumbering('SEGUNDO.- Se aprueba')?.number).toBe('SEGUNDO');
    expect(splitNumbering('-5.Se encomienda')?.number).toBe('5');
  });
  it('rejects ordinary sentences', () => {
    expect(splitNumbering('La sesión se inicia a las 10 horas.')).toBeNull();
    expect(splitNumbering('Se aprueba el acta anterior.')).toBeNull();
    expect(splitNumbering('In attendance were the members.')).toBeNull();
  });
});

describe('isSpace', () => {
  it('answers as /\\s/ for every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('singularLast', () => {
  it('makes the last word of a single-spaced text singular', () => {
    expect(singularLast('Consejeros Titulares')).toBe('Consejeros Titular');
    expect(singularLast('Concejales')).toBe('Concejal');
    expect(singularLast('Council Members')).toBe('Council Member');
  });
});

describe('trimEndDot', () => {
  it('keeps the period of an abbreviation or an initial, drops a sentence\'s', () => {
    expect(trimEndDot('Comercial Los Robles Ltda.')).toBe('Comercial Los Robles Ltda.');
    expect(trimEndDot('Inversiones Sur S.A.')).toBe('Inversiones Sur S.A.');
    expect(trimEndDot('Ana M.')).toBe('Ana M.');
    expect(trimEndDot('Acme Corp.')).toBe('Acme Corp.');
    expect(trimEndDot('Se aprueba el acta.')).toBe('Se aprueba el acta');
    expect(trimEndDot('Francisco.')).toBe('Francisco');
    expect(trimEndDot('Tesorera Marco.')).toBe('Tesorera Marco');
    // A lower-case letter after a non-ASCII one is no initial.
    expect(trimEndDot('Directora de Educación.')).toBe('Directora de Educación');
    expect(trimEndDot('Jefa de la Comisión.')).toBe('Jefa de la Comisión');
    expect(trimEndDot('María É.')).toBe('María É.');
  });
  it('answers as the pattern on the whole text does', () => {
    const whole = (s: string) => { const t = s.trim(); return t.endsWith('.') && !/\b(?:ltda|inc|s\.a|co|corp|jr|sr|s\.l|etc)\.$/i.test(t) && !/(?:^|[^\p{L}])\p{Lu}\.$/u.test(t) ? t.slice(0, -1) : t; };
    const chars = fc.constantFrom(' ', 'a', 'c', 'o', 'S', 'É', 'ó', 'n', '.', 'l', 't', 'd', 'x');
    fc.assert(fc.property(fc.array(chars, { maxLength: 14 }).map((cs) => cs.join('')), (s) => trimEndDot(s) === whole(s)));
  });
});

describe('orNull', () => {
  it('answers as trimming edge marks everywhere does', () => {
    const whole = (s: string) => { const t = s.replace(/\s+/g, ' ').trim().replace(/^[\s,;:·|–—-]+|[\s,;:·|–—-]+$/g, ''); return t === '' ? null : t; };
    const chars = fc.constantFrom(' ', 'a', 'É', ',', ';', ':', '·', '|', '–', '—', '-', '\t', '.');
    fc.assert(fc.property(fc.array(chars, { maxLength: 10 }).map((cs) => cs.join('')), (s) => orNull(s) === whole(s)));
    expect(orNull(' – Tesorera, ')).toBe('Tesorera');
    expect(orNull(null)).toBeNull();
  });
});

describe('isProse', () => {
  it('answers as counting the split words does', () => {
    const reference = (s: string) => {
      const t = s.trim();
      if (t.length < 90 && !/[.:;]$/.test(t)) return false;
      const words = t.split(/[ \t\n\r\u00a0]+/);
      if (t.length < 90 && words.length < 10) return false;
      const lower = words.filter((w) => /^[a-zß-ÿ]/.test(w)).length;
      return lower / Math.max(1, words.length) >= 0.3;
    };
    const words = fc.constantFrom('se', 'aprueba', 'el', 'Acta', 'ÉL', 'ñandú', 'Ñuñoa', 'acta.', ' ', '  ', '\t', '\u00a0', '\u2003', '.', ':');
    fc.assert(fc.property(fc.array(words, { maxLength: 40 }).map((ws) => ws.join(' ')), (s) => isProse(s) === reference(s)));
    expect(isProse('Se aprueba por unanimidad el acta de la sesión anterior sin observaciones de los presentes.')).toBe(true);
    expect(isProse('JUNTA DE VECINOS VILLA LOS AROMOS DE LA COMUNA DE PEÑALOLÉN, REGIÓN METROPOLITANA DE SANTIAGO.')).toBe(false);
  });
});
