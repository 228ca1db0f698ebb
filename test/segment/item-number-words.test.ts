import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { splitNumbering } from '../../src/extract/text.js';
import { itemKey } from '../../src/extract/numbers.js';

// Invented minutes of a cooperative's board: the agenda numbered 1, 2, the items headed "PUNTO UNO.", "PUNTO DOS.".
const COOP = [
  'COOPERATIVA CAFETALERA LOS ALISOS',
  'ACTA DE LA SESIÓN DE CONSEJO N° 41',
  '',
  'En Loja, el 9 de marzo de 2022, a las 15h00, se reúnen los consejeros Tomás Ruilova, Inés Paredes y Jaime Ochoa.',
  '',
  'El Secretario da lectura al orden del día:',
  '1. Lectura del acta anterior.',
  '2. Precio de acopio.',
  '',
  'PUNTO UNO. Lectura del acta anterior.',
  'Se lee el acta N° 40 y se aprueba sin cambios.',
  '',
  'PUNTO DOS. Precio de acopio.',
  'El Gerente propone fijar el precio en USD 180 por quintal. Se aprueba por mayoría.',
].join('\n');

describe('items named with their number in words', () => {
  it('splits "PUNTO TRES." and keys it as item 3', () => {
    const n = splitNumbering('PUNTO TRES. Informe del Gerente.');
    expect(n).toEqual({ number: 'TRES', rest: 'Informe del Gerente.' });
    expect(itemKey(n!.number)).toBe('3');
    expect(splitNumbering('Punto dos del orden del día.')).toBeNull();
  });

  it('links each "PUNTO n." heading to its agenda item', () => {
    const d = segment(COOP, 'es').discussion;
    expect(d.map((p) => p.agendaNumber)).toEqual(['1', '2']);
    expect(d[1]!.text).toMatch(/^El Gerente propone/);
  });
});
