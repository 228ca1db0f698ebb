// "Por invitación del Directorio asiste el auditor externo, CPA X, de la firma Y Cía. Ltda.": a titled guest with the
// firm he comes from, company abbreviations kept inside its name.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `CONSERVAS DEL PACÍFICO S.A.
ACTA DE SESIÓN DE DIRECTORIO N° 77

En Manta, a 12 de febrero de 2022, a las 09h30, se reúne el Directorio con la asistencia de los directores Ing. Rosa Elvira Mendoza Zambrano, presidenta, y Econ. Luis Alfredo Cedeño Pico.
Por invitación del Directorio asiste el auditor externo, CPA Galo Ernesto Vera Intriago, de la firma Vera Pinargote Auditores Cía. Ltda.

ORDEN DEL DÍA
1. Estados financieros.
2. Varios.

1. Estados financieros
Se aprueban.
`;

describe('a guest of a firm', () => {
  it('reads the firm as organization and the invitation as guest status', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => `${a.name} | ${a.organization} | ${a.role} | ${a.status}`);
    expect(found).toContain('Galo Ernesto Vera Intriago | Vera Pinargote Auditores Cía. Ltda. | auditor externo | guest');
  });
});
