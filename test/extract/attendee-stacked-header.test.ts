// A grid table whose header cells OCR put one under another ("Nombre" / "Cargo" / "Firma"), each row's cells on lines
// of their own: a name starts an entry, the line under it is its role; the caption above is no body.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `COMITÉ DE PADRES DE FAMILIA
ACTA DE REUNIÓN ORDINARIA
Fecha: 14 de marzo de 2023
Horario: 17:00 a 19:00 horas

Integrantes del Comité de Padres presentes

Nombre

Cargo

Firma

Norma Patricia Leal Ibarra

Presidenta

| Tomás Eduardo Garza Villarreal

Tesorero

Irma Beatriz Cantú Salinas

Vocal

ORDEN DEL DÍA
1. Lectura del acta anterior.
2. Cuotas.

1. Lectura del acta anterior
Se aprueba.
`;

describe('a grid table read one cell to a line', () => {
  it('pairs each name with the role under it', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => `${a.name} | ${a.organization} | ${a.role}`);
    expect(found).toEqual([
      'Norma Patricia Leal Ibarra | null | Presidenta',
      'Tomás Eduardo Garza Villarreal | null | Tesorero',
      'Irma Beatriz Cantú Salinas | null | Vocal',
    ]);
  });
});
