// A book-style opening listing people by article and role, without titles: "la Presidenta, Ana Paz; el Tesorero,
// Luis Mora; y los vocales titulares Eva Gil y Juan Sosa" (a capitalised role only before its comma: "la Secretaria
// Municipal, doña X" keeps its whole role).
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `ASOCIACIÓN CIVIL VECINOS DEL ARROYO
ACTA N° 112

En la localidad de Morón, a los cinco días del mes de junio de dos mil veintitrés, siendo las 19:00 horas, se reúne la Comisión Directiva con la presencia de: la Presidenta, Graciela Inés Bustos; el Tesorero, Aníbal Ferro; y los vocales titulares Norma Quiroga y Pablo Etchart. Actúa como secretaria la Secretaria Administrativa, doña Elsa Ríos Ponce.

1. Lectura del acta anterior: se aprueba.
`;

describe('people by article and role without titles', () => {
  it('reads each with its role', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => [a.name, a.role]);
    expect(found).toEqual([
      ['Graciela Inés Bustos', 'Presidenta'],
      ['Aníbal Ferro', 'Tesorero'],
      ['Norma Quiroga', 'vocal titular'],
      ['Pablo Etchart', 'vocal titular'],
      ['Elsa Ríos Ponce', 'Secretaria Administrativa'],
    ]);
  });
});
