// A titled "Name, role" line between attendee lines that the labeller left in the header is an entry too.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `COLEGIO DE BACHILLERES DEL ESTADO
Comité de Ética
ACTA DE LA SEGUNDA SESIÓN ORDINARIA 2022

En la ciudad de Oaxaca, siendo las 11:00 horas del día 4 de agosto de 2022, en la sala de juntas, se reunieron los integrantes del Comité de Ética, estando presentes las y los siguientes servidores públicos:

Mtra. Leticia Ramírez Cruz, Directora General, Presidenta del Comité;
Lic. Óscar Hernández Ruiz, Jefe del Departamento de Recursos Materiales, Secretario Ejecutivo;
Ing. Marisol Pérez Díaz, Coordinadora Sectorial, Vocal;

ORDEN DEL DÍA
I. Lista de asistencia.
II. Asuntos generales.
`;

describe('a titled entry line left in the header', () => {
  it('is read', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => a.name);
    expect(found).toEqual(['Leticia Ramírez Cruz', 'Óscar Hernández Ruiz', 'Marisol Pérez Díaz']);
  });
});
