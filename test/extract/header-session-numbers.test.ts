// Session numbers written as a hash sign, after the meeting's kind, or as an ordinal in words (invented minutes).
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { ordinalToNumber } from '../../src/extract/numbers.js';

describe('session numbers', () => {
  it('reads "Meeting #12" in the title', () => {
    const s = segment('TOWN OF BIRCHFIELD\nMINUTES OF REGULAR MEETING #12\nMarch 14, 2019\n\nPRESENT: Ann Lowe, Carl Berg\n\n1. APPROVAL OF MINUTES\nThe minutes were approved.\n', 'en');
    expect(s.header.sessionNumber).toBe('12');
  });
  it('reads "Regular Meeting No. 231" on a line under the title', () => {
    const s = segment('BOARD OF EDUCATION\nRegular Meeting No. 231\n\nMINUTES\n\nThe Board met on May 9, 2022.\n\nROLL CALL\nPresent: Ann Lowe, Carl Berg\n', 'en');
    expect(s.header.sessionNumber).toBe('231');
  });
  it('reads an ordinal in words before the meeting noun, accents lost or not', () => {
    const s = segment('JUNTA DE VECINOS VILLA LOS ESPINOS\n\nACTA VIGESIMA TERCERA SESION ORDINARIA DE DIRECTORIO\n\nFecha: 12 de agosto de 2019\n\nAsistentes:\n- Gloria Pizarro Rojas, presidenta\n', 'es');
    expect(s.header.sessionNumber).toBe('23');
  });
  it('prefers a printed number to the ordinal in words', () => {
    const s = segment('COMITÉ DE OBRAS\nACTA DE LA OCTAVA SESIÓN ORDINARIA 2021\nActa número: CO/SO/08/2021\nFecha: 3 de mayo de 2021\n\nAsistentes:\n- Gloria Pizarro Rojas, presidenta\n', 'es');
    expect(s.header.sessionNumber).toBe('CO/SO/08/2021');
  });
  it('values ordinals in words', () => {
    expect(ordinalToNumber('vigesimotercera')).toBe(23);
    expect(ordinalToNumber('decimo quinto')).toBe(15);
    expect(ordinalToNumber('twenty-third')).toBe(23);
    expect(ordinalToNumber('sesion')).toBeNull();
  });
});
