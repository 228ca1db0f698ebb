import { describe, expect, it } from 'vitest';
import { judgeTextLayer } from '../../src/ocr/text-quality.js';

describe('judgeTextLayer', () => {
  it('accepts real Spanish and English text, with numbers and dates', () => {
    expect(judgeTextLayer('En la ciudad de Aguascalientes, siendo las 11:30 horas del día 04-09-2020, se reúnen los consejeros.').good).toBe(true);
    expect(judgeTextLayer('The meeting was called to order at 10:02 by the Chair. Minutes of 2018-08-29 were approved.').good).toBe(true);
  });

  it('accepts a short layer such as a page number', () => {
    expect(judgeTextLayer('- 3 -').good).toBe(false); // no letters at all is not text
    expect(judgeTextLayer('Página 3').good).toBe(true);
  });

  it('rejects junk invisible OCR layers', () => {
    const junk = 'A^+@ D3 L@ $3$|^ñ~ 0^D|ñ~@r|@ D3 L@ J^ñ~+@ V3^|ñ~@1 3^ 3L $@^óñ~ c0^ñ~@1, @ 1@$ d|3c|ñ~u3v3 h0r@$';
    expect(judgeTextLayer(junk)).toEqual({ good: false, reason: 'few letters' });
    expect(judgeTextLayer('Thq mtxtng wzs clld t rdr by th chr nd th mnts wr pprvd')).toEqual({ good: false, reason: 'few word-like tokens' });
    expect(judgeTextLayer('tHe mEEtinG wAs cAlleD tO orDer bY tHe cHair aT tEn').good).toBe(false);
  });

  it('rejects unmapped glyphs and empty layers', () => {
    expect(judgeTextLayer('\uE001\uE002\uE003 \uE004\uE005 texto').reason).toBe('unmapped characters');
    expect(judgeTextLayer(' \n ').reason).toBe('empty');
  });
});
