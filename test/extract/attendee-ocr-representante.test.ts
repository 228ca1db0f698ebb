// An OCR'd attendee table, its columns run together by spaces: "REPRESENTANTE" heads the body column even when OCR
// put its "DE" on a line of its own, and a common second given name ("Milena", "Alfonso") makes the name four words.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `COMITÉ DE CONVIVENCIA LABORAL
ACTA No. 02 DE 2021

ASISTENTES

NOMBRE CARGO REPRESENTANTE
DE

Paola Milena Rincón Suárez Auxiliar de enfermería Trabajadores

Jorge Alfonso Bernal Ríos Jefe de compras Empleador

ORDEN DEL DÍA
1. Verificación del quórum.
2. Varios.
`;

describe('an OCR table with a representante column', () => {
  it('reads four-word names and the body they represent', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => [a.name, a.organization]);
    expect(found).toEqual([
      ['Paola Milena Rincón Suárez', 'Trabajadores'],
      ['Jorge Alfonso Bernal Ríos', 'Empleador'],
    ]);
  });
});
