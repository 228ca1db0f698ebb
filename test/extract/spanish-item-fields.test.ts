// "Responsable: X. Fecha: <date>." closing a Spanish commitment: both are fields, not text.
import { describe, expect, it } from 'vitest';
import { parseAgreement } from '../../src/extract/agreement-item.js';
import { keywords } from '../../src/segment/keywords.js';
import { extractAgreements } from '../../src/extract/agreements.js';
import { SegmentContext } from '../../src/segment/context.js';

const ctx = { lang: 'es' as const, year: 2021, kw: keywords('es') };

describe('a bare "Fecha:" label closing an item', () => {
  it('gives the due when it holds a date', () => {
    expect(parseAgreement('Pintar la sede comunal. Responsable: Fiscal. Fecha: 3 de mayo de 2021.', '2', ctx)).toEqual({ number: '2', text: 'Pintar la sede comunal.', responsible: 'Fiscal', due: '2021-05-03' });
  });
  it('stays in the text over anything else', () => {
    expect(parseAgreement('Fijar la reunión. Fecha: por acordar con la junta', null, ctx).due).toBeNull();
  });
});

describe('a decision in capitals inside a paragraph', () => {
  const decisions = (p: string) => extractAgreements([], [{ agendaNumber: null, title: 'Varios', text: p, paragraphs: [p] }], keywords('es'), new SegmentContext('es', '', []));
  it('reads what the colon announces, to the end of its sentence', () => {
    expect(decisions('Se debatió el precio del agua. La asamblea, por mayoría, ACORDÓ: Subir la cuota a diez soles. Luego se pasó al punto siguiente.').map((a) => a.text)).toEqual(['Subir la cuota a diez soles.']);
    expect(decisions('Se revisó el techo del local. ACUERDO: Pedir dos cotizaciones al municipio.').map((a) => a.text)).toEqual(['Pedir dos cotizaciones al municipio.']);
  });
});
