// "No se presentó el vocal segundo, Lorenzo Paz.": an ordinal vocal before a comma and the name, and "no se
// presentó" as absence.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `CONSEJO COMUNITARIO DE DESARROLLO
LIBRO DE ACTAS No. 2

ACTA NÚMERO 5-2021. En la aldea Pachipac, siendo las quince horas del domingo seis de junio de dos mil veintiuno, reunidos en el salón comunal los integrantes del Órgano de Coordinación, señores: Marcos Tuy Coj, Presidente; Elena Batz Sic, Secretaria; y los vocales Juan Ajú Pos y Rosa Tzoc Mux. Asiste como invitado el profesor Pedro Ixcoy Sac. No se presentó el vocal tercero, Diego Chiyal Tambriz. Se procede de la manera siguiente:

PRIMERO: Se comprueba el quórum.
`;

describe('an ordinal vocal named after a comma', () => {
  it('is read, absent', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => [a.name, a.role, a.status]);
    expect(found).toContainEqual(['Diego Chiyal Tambriz', 'vocal tercero', 'absent']);
    expect(found).toHaveLength(6);
  });
});
