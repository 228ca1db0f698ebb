// "bajo la presidencia del concejal X, Presidente del Cuerpo,": "del"/"al" + role names someone as "el" + role does,
// and an office in capitals after the name is the role.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `HONORABLE CONCEJO DELIBERANTE DE SAN JACINTO
ACTA DE SESIÓN ORDINARIA N° 310

En San Jacinto, a los cuatro días del mes de abril de mil novecientos noventa y ocho, siendo las 19.30 horas, se reúne el Honorable Concejo Deliberante bajo la presidencia del concejal Mirta Elena Sosa, Presidenta del Cuerpo, con la presencia de los concejales Pedro Luis Acuña y Rosa Inés Benavídez.

ORDEN DEL DÍA
1. Lectura del acta anterior.
2. Asuntos entrados.

1. Lectura del acta anterior
Se aprueba sin observaciones.
`;

describe('a chair named after "del" and a role', () => {
  it('is an attendee with the office written after the name', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => `${a.name} | ${a.role}`);
    expect(found).toEqual(['Mirta Elena Sosa | Presidenta del Cuerpo', 'Pedro Luis Acuña | concejal', 'Rosa Inés Benavídez | concejal']);
  });
});
