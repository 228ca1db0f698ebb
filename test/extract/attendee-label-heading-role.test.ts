// "Regidores presentes:" heading its own list gives each listed person the role in the singular; so does
// "Regidores ausentes:" (not "Regidor ausente").
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `AYUNTAMIENTO DE SAN PEDRO DEL LAGO
ACTA DE SESIÓN ORDINARIA DE CABILDO
Fecha: 2 de junio de 2016
Hora: 10:00 horas

ASISTENTES
Presidente Municipal: C. Gerardo Ibarra Luna (PRI)
Regidores presentes:
C. Laura Elena Saucedo Ríos (PAN)
C. Tomás Aurelio Bernal Vega (PRI)
Regidores ausentes:
C. Fabiola Quintanar Ortiz (PAN)

ORDEN DEL DÍA
1. Lista de asistencia.
2. Asuntos generales.

1. Lista de asistencia
Hay quórum.
`;

describe('a list label of plural roles', () => {
  it("is each listed person's role, in the singular, whatever status it names", () => {
    const found = segment(ACTA, 'es').attendees.map((a) => `${a.name} | ${a.role} | ${a.status}`);
    expect(found).toContain('Laura Elena Saucedo Ríos | Regidor | present');
    expect(found).toContain('Tomás Aurelio Bernal Vega | Regidor | present');
    expect(found).toContain('Fabiola Quintanar Ortiz | Regidor | absent');
  });
});
