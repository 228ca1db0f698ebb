// Attendee entries from OCR: specks where bullets were, and stray marks after an entry.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `ACTA DE LA SESIÓN ORDINARIA N° 3 DEL CONSEJO ESCOLAR
En Linares, a 12 de abril de 2017, a las 16:00 horas, se reúne el Consejo Escolar.

Asistentes:
. Sra. Carmen Luz Fuentes Ibarra, Directora del Establecimiento.
Sr. Julio Ramírez Soto, Presidente del Centro de Padres. '
- Srta. Daniela Pinto Rojas, Representante de la Comunicación.

1. Lectura del acta anterior.
Se da lectura al acta de la sesión anterior, que se aprueba sin observaciones.
`;

describe('attendee entries read by OCR', () => {
  const attendees = segment(MINUTES, 'es').attendees;
  const byName = Object.fromEntries(attendees.map((a) => [a.name, a.role]));

  it('keep a name whose bullet OCR read as a period', () => {
    expect(byName['Carmen Luz Fuentes Ibarra']).toBe('Directora del Establecimiento');
  });

  it('drop a stray mark after the entry and its final period', () => {
    expect(byName['Julio Ramírez Soto']).toBe('Presidente del Centro de Padres');
    expect(byName['Daniela Pinto Rojas']).toBe('Representante de la Comunicación');
  });
});

describe('an honorific OCR bent', () => {
  const ACTA = `ACTA DE LA JUNTA DE PROPIETARIOS
En Teruel, a 5 de mayo de 2001, siendo las 20:00 horas, se reúnen los propietarios.

ASISTEN:

D. Mario Pueyo Sanz (1.º A)
D2. Elena Gracia Mur (1.º B)

De. Pilar Ortiz Gil (2.º A)
D. Tomás Laín Royo (2.º B)

1.º Lectura del acta anterior.
Se aprueba el acta de la Junta anterior por unanimidad.
`;

  it('still opens a name ("D2." and "De." for "Dª.")', () => {
    const names = segment(ACTA, 'es').attendees.map((a) => a.name);
    expect(names).toEqual(['Mario Pueyo Sanz', 'Elena Gracia Mur', 'Pilar Ortiz Gil', 'Tomás Laín Royo']);
  });
});

describe('a speck before the "e" OCR reads for a bullet', () => {
  it('hides no name', () => {
    const ACTA = `ACTA REUNIÓN DE DIRECTIVA
Fecha: 10-04-2003
Hora: 16:30 hrs

Asistentes

Ana Soto Vera - Presidenta
.e Luis Mora Díaz - Tesorero

1. Cuenta de la presidenta.
La presidenta informa sobre las actividades del mes y se aprueba la cuenta.
`;
    expect(segment(ACTA, 'es').attendees.map((a) => [a.name, a.role])).toEqual([['Ana Soto Vera', 'Presidenta'], ['Luis Mora Díaz', 'Tesorero']]);
  });
});
