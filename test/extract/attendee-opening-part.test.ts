// An untitled opening paragraph of the discussion, after the agenda, saying who presides and attends names them
// by title.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `JUNTA DE SANEAMIENTO SAN ISIDRO
ACTA N° 41 DE ASAMBLEA GENERAL ORDINARIA

En la localidad de San Isidro, a los doce días del mes de marzo de dos mil diecinueve, se reúnen en asamblea general ordinaria los usuarios de la Junta, con el siguiente orden del día:
1°) Lectura del acta anterior.
2°) Memoria y balance.

Preside la asamblea el presidente de la Comisión Directiva, señor Aníbal Ramón Ferreira Duarte, acompañado por la secretaria, señora Nilda Beatriz Acosta Gauto, y el tesorero, señor Julio César Benítez Ruiz. Se excusó el vicepresidente, señor Arsenio Galeano Vera.

La secretaria dio lectura al acta N° 40, la cual fue aprobada.
`;

describe('an opening paragraph of the discussion', () => {
  it('names those who preside and attend', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => [a.name, a.status]);
    expect(found).toEqual([
      ['Aníbal Ramón Ferreira Duarte', 'present'],
      ['Nilda Beatriz Acosta Gauto', 'present'],
      ['Julio César Benítez Ruiz', 'present'],
      ['Arsenio Galeano Vera', 'excused'],
    ]);
  });
});
