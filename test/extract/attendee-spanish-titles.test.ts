// Spanish attendee shapes: a short sentence naming someone by article and title on a list line ("Excusa su
// asistencia el vocal D. X."), the accountant's title "Cdor." and a plural role of two words before titled names
// ("los vocales titulares Sra. X y Sr. Y": each one's, in the singular).
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const JUNTA = `COMUNIDAD DE REGANTES DEL RÍO ALCANADRE
ACTA DE LA REUNIÓN DE LA JUNTA DE GOBIERNO

Fecha: 4 de marzo de 2020.

Asistentes:
Presidente: D. Ramón Lasierra Pardo.
Secretario: D. Ignacio Sesé Castán.
Excusa su asistencia el vocal D. Alberto Palacín Mur.

1º. Lectura del acta anterior.
Se aprueba.
`;

const COMISION = `BIBLIOTECA POPULAR "LOS CEIBOS"
ACTA N° 87

En la ciudad de Villa María, a los tres días del mes de mayo de dos mil veintidós, siendo las 20.00 hs, se reúne la Comisión Directiva con la presencia de: el Presidente, Sr. Carlos Alberto Domínguez; el Tesorero, Cdor. Mario Luis Giordano; y los vocales titulares Sra. Marta Elena Ríos y Sr. Julio César Peralta.

1. Lectura del acta anterior: se aprueba.
`;

describe('Spanish attendee shapes', () => {
  it('reads the excused member of a short sentence', () => {
    const found = segment(JUNTA, 'es').attendees.map((a) => [a.name, a.role, a.status]);
    expect(found).toContainEqual(['Alberto Palacín Mur', 'vocal', 'excused']);
  });
  it('reads Cdor. as a title and a two-word plural role for each name', () => {
    const found = segment(COMISION, 'es').attendees.map((a) => [a.name, a.role]);
    expect(found).toEqual([
      ['Carlos Alberto Domínguez', 'Presidente'],
      ['Mario Luis Giordano', 'Tesorero'],
      ['Marta Elena Ríos', 'vocal titular'],
      ['Julio César Peralta', 'vocal titular'],
    ]);
  });
});
