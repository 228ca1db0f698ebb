// Titled people named in running sentences: roles, the bodies they are held at, and the next name's honorific.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `MINUTES OF THE MEETING OF THE BOARD OF DIRECTORS OF THE RIVERSIDE LITERACY COUNCIL
March 9, 1992

The meeting was called to order at 7:30 p.m. Directors present: Mrs. Ruth Okafor, Mr. Dale Hunt and Mrs. Ivy Lam.

Also present: Mr. Tom Reyes, Executive Director, and, as a guest for item 2, Mr. Paul Brenner, accountant, of Brenner & Hale.

1. Minutes. The minutes of the February meeting were approved.
`;

describe('titled people in a sentence', () => {
  const attendees = segment(MINUTES, 'en').attendees;
  const find = (name: string) => attendees.find((a) => a.name === name);

  it('take the body named after "of" their role as the organization', () => {
    expect(find('Paul Brenner')).toMatchObject({ role: 'accountant', organization: 'Brenner & Hale', status: 'guest' });
    expect(find('Tom Reyes')).toMatchObject({ role: 'Executive Director', organization: null, status: 'present' });
  });

  it('take no role from the next one\'s honorific', () => {
    expect(['Ruth Okafor', 'Dale Hunt', 'Ivy Lam'].map((n) => find(n)?.role)).toEqual([null, null, null]);
  });
});

describe('a Spanish opening naming its officers', () => {
  const ACTA = `ACTA DE LA SESIÓN ORDINARIA DEL CONCEJO DE VILLA ALTA
En Villa Alta, a 2 de marzo de 2015, bajo la presidencia de su Presidente, don Tomás Rivas Soto, y asistidos por el Secretario de la Comisión, don Pedro Lagos Vera, al fin de tratar la tabla del día, se reúnen los concejales.

1. Lectura del acta anterior.
Se aprueba el acta de la sesión anterior sin observaciones.
`;
  const attendees = segment(ACTA, 'es').attendees;
  const roleOf = (name: string) => attendees.find((a) => a.name === name)?.role;

  it('keeps "de la ..." in a role written before the name', () => {
    expect(roleOf('Pedro Lagos Vera')).toBe('Secretario de la Comisión');
    expect(roleOf('Tomás Rivas Soto')).toBe('Presidente');
  });

  it('takes no clause opening with "al" after the name as a role', () => {
    expect(attendees.find((a) => a.name === 'Pedro Lagos Vera')?.organization).toBeNull();
  });
});

describe('an opening sentence naming who attends, Argentine style', () => {
  const text = `ACTA N° 88

En la Ciudad de Rosario, a los doce días del mes de mayo de dos mil veinte, siendo las 19:00 hs., se reúnen en la sede social de calle Mitre 845 los miembros de la Comisión Directiva del Club Social Las Acacias, con la presencia de los Sres. Jorge Pereyra (Presidente), Silvia Acosta (Secretaria), Raúl Domínguez (Tesorero) y los vocales Marta Quiroga y Daniel Funes. Se encuentra ausente con aviso el vocal Hugo Sosa.

ORDEN DEL DÍA:
1) Lectura del acta anterior.
`;
  const { attendees, header } = segment(text, 'es');

  it('gives each name after "Sres." its role in parentheses', () => {
    expect(attendees.slice(0, 3)).toEqual([
      { name: 'Jorge Pereyra', organization: null, role: 'Presidente', status: 'present' },
      { name: 'Silvia Acosta', organization: null, role: 'Secretaria', status: 'present' },
      { name: 'Raúl Domínguez', organization: null, role: 'Tesorero', status: 'present' },
    ]);
  });

  it('reads names led by an article and a role ("los vocales", "el vocal"), and "ausente con aviso" as excused', () => {
    expect(attendees.slice(3)).toEqual([
      { name: 'Marta Quiroga', organization: null, role: 'vocal', status: 'present' },
      { name: 'Daniel Funes', organization: null, role: 'vocal', status: 'present' },
      { name: 'Hugo Sosa', organization: null, role: 'vocal', status: 'excused' },
    ]);
  });

  it('ends the location where the sentence names who meets, comma or not', () => {
    expect(header.location).toBe('sede social de calle Mitre 845');
  });
});

describe('people named by article and role in an opening sentence', () => {
  const text = `ACTA N° 40 – REUNIÓN DE COMISIÓN DIRECTIVA

En Córdoba, a los diecisiete días del mes de junio de 2024, siendo las 20:15 horas, se reúnen los miembros de la Comisión Directiva: el presidente Gustavo Pellegrini, la secretaria Luciana Ferreyra y los vocales Silvina Otero y Raúl Quiroga.
Ausente con aviso: el vocal suplente Nicolás Bustos.

Orden del día:
1) Consideración del acta anterior.
`;
  it('are attendees with those roles, also after a status label', () => {
    expect(segment(text, 'es').attendees.map((a) => [a.name, a.role, a.status])).toEqual([
      ['Gustavo Pellegrini', 'presidente', 'present'],
      ['Luciana Ferreyra', 'secretaria', 'present'],
      ['Silvina Otero', 'vocal', 'present'],
      ['Raúl Quiroga', 'vocal', 'present'],
      ['Nicolás Bustos', 'vocal suplente', 'excused'],
    ]);
  });
});
