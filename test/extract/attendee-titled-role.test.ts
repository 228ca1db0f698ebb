// "bajo la presidencia del Sr. Rector, Dr. Ana Paz": the role word between two titles is the name's role.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `INSTITUTO SUPERIOR DE FORMACIÓN DOCENTE N° 12
ACTA DE SESIÓN DEL CONSEJO ACADÉMICO

En la ciudad de Trelew, a los tres días del mes de mayo de dos mil diecinueve, siendo las 10.00 hs, se reúne el Consejo Académico, bajo la presidencia del Sr. Director, Prof. Anselmo Quintana Ferraro.

Presentes:
Consejeros docentes: Prof. Luisa Arévalo, Prof. Damián Correa.

Punto 1. Informes.
Se dan informes.
`;

describe('a role word between two titles', () => {
  it("is the next name's role", () => {
    const found = segment(ACTA, 'es').attendees.map((a) => `${a.name} | ${a.role}`);
    expect(found).toContain('Anselmo Quintana Ferraro | Director');
  });
});
