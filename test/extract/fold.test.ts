// Folding over the whole code-unit table, and the gates that look at text before folding it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { beforeFolding, beforeFoldingOrNull, fold, foldCode } from '../../src/extract/text.js';

describe('fold', () => {
  it('keeps one code unit per code unit, digits and whitespace only from themselves', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const f = fold(ch);
      // findDates and findTimes test digits, and beforeFolding keeps \s, on the text before folding it.
      const ok = f.length === 1 && (c < 128 ? f === ch.toLowerCase() : !/\d/.test(f)) && /\s/.test(f) === /\s/.test(ch);
      if (!ok) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('folds a string char by char', () => {
    expect(fold('Sesión ORDINARIA Nº 5, Año')).toBe('sesion ordinaria nº 5, ano');
    // No final-sigma context, and a surrogate pair is two code units, not one upper-case letter.
    expect(fold('ΟΔΟΣ Á')).toBe('οδοσ a');
    expect(fold('\u{10400}É')).toBe('\u{10400}e');
  });
});

describe('foldCode', () => {
  it('gives each code unit as fold() folds it in place', () => {
    const units = fc.constantFrom(...'AaZzÁáÉéÑñÜüØøßẞΣσ ,.\n1-'.split(''));
    fc.assert(fc.property(fc.array(units, { maxLength: 16 }).map((cs) => cs.join('')), (s) =>
      fold(s) === String.fromCharCode(...[...s].map((c) => foldCode(c.charCodeAt(0))))));
    expect(String.fromCharCode(foldCode('Ñ'.charCodeAt(0)), foldCode('A'.charCodeAt(0)))).toBe('na');
  });
});

describe('beforeFolding', () => {
  const sources = ['horas', '\\bde\\s+(ene(?:ro)?|mar(?:zo)?)\\.?\\s+de', '^(pr[oó]xim[oa]|sesi[oó]n)$'];
  const letters = fc.constantFrom(...'deDEhorasHORASmarzoeneroMARZOENEROáéíóúñÁÉÍÓÚÑ .\t\n'.split(''));
  it('matches wherever the pattern matches the folded text', () => {
    for (const source of sources) {
      const exact = new RegExp(source);
      const gate = beforeFolding(source);
      fc.assert(fc.property(fc.array(letters, { maxLength: 24 }).map((cs) => cs.join('')), (s) => !exact.test(fold(s)) || gate.test(s)));
      expect(gate.test('Las DIEZ HÓRAS')).toBe(source === 'horas');
      expect(gate.test('SESIÓN')).toBe(exact.test(fold('SESIÓN')));
    }
  });

  it('lets a non-ASCII unit of folded text stand for any one (a capital folds to it)', () => {
    const gate = beforeFolding('sønderborg');
    expect(fold('SØNDERBORG')).toBe('sønderborg');
    expect(gate.test('Kommune SØNDERBORG')).toBe(true);
    expect(gate.test('Kommune Sonderborg')).toBe(false);
  });

  it('widens a class of letters like its letters', () => {
    const gate = beforeFolding('pr[oó]xima');
    expect(gate.test('la PRÓXIMA sesión')).toBe(true);
    expect(gate.test('la Proxima sesión')).toBe(true);
    expect(gate.test('la prisma')).toBe(false);
  });

  it('refuses what it cannot widen (ranges, negated classes, lookarounds, letter escapes)', () => {
    expect(() => beforeFolding('[a-c]d')).toThrow();
    expect(() => beforeFolding('[^a]d')).toThrow();
    expect(() => beforeFolding('ab(?![a-z])')).toThrow();
    expect(() => beforeFolding('\\w+')).toThrow();
    expect(beforeFoldingOrNull('ab(?!c)')).toBeNull();
    expect(beforeFoldingOrNull('a[bc]')?.test('xAC')).toBe(true);
  });
});
