// An early discussion item whose paragraph opens by saying who attends ("Se encuentran presentes los integrantes
// ..., CC. A, B y C, Presidente, Secretario y Tesorera, respectivamente, ...") names them: "CC." is a plural title,
// and roles listed "respectivamente" go one to each name.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `ACTA DE ASAMBLEA GENERAL DE EJIDATARIOS
EJIDO SAN MARCOS, MUNICIPIO DE TANGANCÍCUARO, MICHOACÁN

DESARROLLO DE LA ASAMBLEA

I. LISTA DE ASISTENCIA.
Se pasó lista de asistencia, encontrándose presentes 64 de los 90 ejidatarios.

II. INSTALACIÓN DE LA ASAMBLEA.
Se encuentran presentes los integrantes del Comisariado Ejidal, CC. Rutilio Gaona Meza, Evaristo Pulido Ramos y Otilia Zamudio Cortés, Presidente, Secretario y Tesorera, respectivamente, así como el C. Fermín Aguirre Soto, Presidente del Consejo de Vigilancia.

III. ASUNTOS GENERALES.
No hubo.
`;

describe('presence named in an early item', () => {
  it('reads each name with its role', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => [a.name, a.role]);
    expect(found).toEqual([
      ['Rutilio Gaona Meza', 'Presidente'],
      ['Evaristo Pulido Ramos', 'Secretario'],
      ['Otilia Zamudio Cortés', 'Tesorera'],
      ['Fermín Aguirre Soto', 'Presidente del Consejo de Vigilancia'],
    ]);
  });
});
