import { describe, expect, it } from 'vitest';
import { fromRoman, itemKey, wordsToNumber } from '../../src/extract/numbers.js';

describe('item numbers', () => {
  it('compare roman, ordinal-word and arabic numbers as one key', () => {
    expect(itemKey('II.')).toBe('2');
    expect(itemKey('SEGUNDO')).toBe('2');
    expect(itemKey('Cuarto. ')).toBe('4');
    expect(itemKey('3.')).toBe('3');
    expect(itemKey('4.1')).toBe('4.1');
    expect(itemKey('b')).toBe('b');
    expect(itemKey('1°')).toBe('1');
    expect(itemKey('2.º')).toBe('2');
  });

  it('read roman numerals and number words', () => {
    expect(fromRoman('xiv')).toBe('14');
    expect(fromRoman('informe')).toBe('informe');
    expect(wordsToNumber('dos mil dieciséis')).toBe(2016);
    expect(wordsToNumber('treinta y uno')).toBe(31);
    expect(wordsToNumber('treinta gatos')).toBeNull();
  });
});
