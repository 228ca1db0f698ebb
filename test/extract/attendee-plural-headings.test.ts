// A role heading the names below it in the plural gives each the singular, its words after "de" as written.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

describe('a plural role heading names below it', () => {
  it('gives each name the role in the singular', () => {
    const text = `AYUNTAMIENTO DE VILLARREAL DEL CAMPO
ACTA DE LA SESIÓN ORDINARIA DE LA JUNTA DE GOBIERNO LOCAL DE 4 DE MARZO DE 2024

ASISTENTES:
Alcalde-Presidente:
D. Tomás Ibarra Lucea
Tenientes de Alcalde:
Dña. Rosa Cebrián Mallén
D. Andrés Yagüe Lahuerta

PRIMERO. Aprobación del acta anterior.
Se aprueba por unanimidad el acta de la sesión anterior, sin observaciones.
`;
    const got = segment(text, 'es').attendees.map((a) => `${a.name} | ${a.role}`);
    expect(got).toContain('Rosa Cebrián Mallén | Teniente de Alcalde');
    expect(got).toContain('Andrés Yagüe Lahuerta | Teniente de Alcalde');
  });
});
