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
