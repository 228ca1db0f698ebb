// Titled "Name, office, committee role;" lines under an opening sentence that announces them: every line is an
// attendee, though a long office makes a line read like prose.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `INSTITUTO TECNOLÓGICO REGIONAL DEL VALLE
ACTA DE LA SEGUNDA SESIÓN ORDINARIA 2022

En la ciudad de Puebla, siendo las 9:00 horas del día 3 de marzo de 2022, en la Sala de Juntas de la Rectoría, se reunieron los integrantes del Comité de Calidad del Instituto, con el propósito de celebrar la Segunda Sesión Ordinaria 2022, estando presentes las y los siguientes servidores públicos:

Mtra. Rocío Ahuatzi Pérez, Directora de Planeación, Presidenta del Comité;
Lic. Tomás Cuautle Romero, Jefe del Departamento de Recursos Humanos, Secretario Ejecutivo;
Ing. Elena Meneses Ríos, Coordinadora de Planteles Zona Norte, Vocal;
C.P. Arturo Zacatelco Ríos, Jefe del Departamento de Contabilidad, Vocal;
Lic. Ana Berenice Flores Soto, Titular de la Unidad de Transparencia, Vocal suplente;
Mtro. Raúl Sarmiento Vega, Titular del Órgano Interno de Control, Asesor.

ORDEN DEL DÍA
I. Lista de asistencia.
II. Asuntos generales.
`;

describe('titled attendee lines under an announcing sentence', () => {
  it('are all attendees', () => {
    const r = segment(ACTA, 'es');
    expect(r.attendees.map((a) => a.name)).toEqual([
      'Rocío Ahuatzi Pérez', 'Tomás Cuautle Romero', 'Elena Meneses Ríos', 'Arturo Zacatelco Ríos', 'Ana Berenice Flores Soto', 'Raúl Sarmiento Vega',
    ]);
  });
});
