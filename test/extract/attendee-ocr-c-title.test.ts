// OCR reads the title "C." (ciudadano) as "€.": still a title before a name in a roll call.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `ACTA DE SESIÓN ORDINARIA DE CABILDO
H. AYUNTAMIENTO DE SAN LUCAS

I.- PASE DE LISTA
El Secretario del Ayuntamiento procede al pase de lista, encontrándose presentes: C. Aurora Tlapale Ríos, Presidenta Municipal; €. Hilda Xicale Pérez, Regidora de Salud; C. Tomás Cuatecontzi Flores, Regidor de Obras.

II.- LECTURA DEL ACTA ANTERIOR
Se aprueba.
`;

describe('a "C." title read as "€."', () => {
  it('still opens a name', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => [a.name, a.role]);
    expect(found).toContainEqual(['Hilda Xicale Pérez', 'Regidora de Salud']);
    expect(found).toHaveLength(3);
  });
});
