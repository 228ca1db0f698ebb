// "Responsable: X. Fecha: <date>." closing a Spanish commitment: both are fields, not text.
import { describe, expect, it } from 'vitest';
import { parseAgreement } from '../../src/extract/agreement-item.js';
import { keywords } from '../../src/segment/keywords.js';

const ctx = { lang: 'es' as const, year: 2021, kw: keywords('es') };

describe('a bare "Fecha:" label closing an item', () => {
  it('gives the due when it holds a date', () => {
    expect(parseAgreement('Pintar la sede comunal. Responsable: Fiscal. Fecha: 3 de mayo de 2021.', '2', ctx)).toEqual({ number: '2', text: 'Pintar la sede comunal.', responsible: 'Fiscal', due: '2021-05-03' });
  });
  it('stays in the text over anything else', () => {
    expect(parseAgreement('Fijar la reunión. Fecha: por acordar con la junta', null, ctx).due).toBeNull();
  });
});
