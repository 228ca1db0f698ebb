// An opening item of the discussion: "PRIMERO: Se verificó la asistencia, encontrándose presentes los siguientes
// miembros: A, coordinador; B, tesorera; C, vocal I, y D, vocal II. No se hizo presente el vocal III, E." The list
// after the colon names people without titles, each with a short lower-case role; "no se hizo presente" is absence.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `CONSEJO COMUNITARIO DE DESARROLLO
ACTA NUMERO 9-2021

En la aldea Xecam, siendo las diecisiete horas del día cuatro de marzo de dos mil veintiuno, se reúnen los integrantes del Órgano de Coordinación para tratar lo siguiente:

PRIMERO: Se verificó la asistencia, encontrándose presentes los siguientes miembros del Órgano de Coordinación: Tomás Yac Pu, coordinador; Rosa Chay Us, tesorera; Juan Coj Tzul, vocal I, y Ana Ixcot Pec, vocal II. No se hizo presente el vocal III, Mario Sis Tuc.

SEGUNDO: Se aprobó la agenda.
`;

describe('a list after an attendance colon in an opening item', () => {
  it('reads each name with its role', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => [a.name, a.role, a.status]);
    expect(found).toEqual([
      ['Tomás Yac Pu', 'coordinador', 'present'],
      ['Rosa Chay Us', 'tesorera', 'present'],
      ['Juan Coj Tzul', 'vocal I', 'present'],
      ['Ana Ixcot Pec', 'vocal II', 'present'],
      ['Mario Sis Tuc', 'vocal III', 'absent'],
    ]);
  });
});
