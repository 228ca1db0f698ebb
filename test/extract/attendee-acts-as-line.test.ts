// "Actúa en Secretaría el Secretario General, Mtro. X." under the attendee lists: a sentence in capitals naming
// who acts as what is one more attendee line, not the header.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `COLEGIO DE INGENIEROS DEL VALLE
ACTA N° 42 – SESIÓN EXTRAORDINARIA

En Cali, el día 9 de marzo de 2021, siendo las 17:30, se reúne en la Sala Bolívar el Consejo Directivo con la presencia de los siguientes miembros:
Consejeros titulares: Ing. Marta Lucía Ocampo Rey, Ing. Hernán Darío Villa Soto.
Consejeros suplentes: Ing. Sergio Iván Toro Medina.
Actúa en Secretaría el Secretario General, Mtro. Ramiro Esteban Quintero Lara.

ORDEN DEL DÍA
1. Lectura del acta anterior.
2. Presupuesto 2021.

1. Lectura del acta anterior
Se aprueba sin observaciones.
`;

describe('a line saying who acts as secretary', () => {
  it('names an attendee with the role it states', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => `${a.name} | ${a.role} | ${a.status}`);
    expect(found).toContain('Ramiro Esteban Quintero Lara | Secretario General | present');
  });
});
