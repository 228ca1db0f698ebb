// "Mesa" and "Cámara" head bodies ("Mesa Técnica", "Cámara de Comercio") but are common surnames too: last in a
// name of three words or more, they end a person's name.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `COMITÉ DE CONVIVENCIA LABORAL
ACTA No. 4 DE 2023

ASISTENTES
Nidia Marcela Ortiz Cámara – Presidenta
AUSENTES
Jairo Andrés Pinto Mesa – Auxiliar de farmacia, suplente de los trabajadores (en vacaciones)
ORDEN DEL DÍA
1. Verificación del quórum.
2. Varios.
`;

describe('surnames that are body words', () => {
  it('end a person name', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => [a.name, a.status]);
    expect(found).toEqual([
      ['Nidia Marcela Ortiz Cámara', 'present'],
      ['Jairo Andrés Pinto Mesa', 'absent'],
    ]);
  });
});
