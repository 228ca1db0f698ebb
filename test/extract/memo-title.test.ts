// "AYUDA MEMORIA" titles with the meeting as subtitle; "DESAHOGO DE LOS PUNTOS" heads the discussion.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

describe('memo titles and the discussion heading', () => {
  it('titles by the document\'s kind and takes the meeting line under it as subtitle', () => {
    const s = segment(`JUNTA PARROQUIAL DE SAN ROQUE
AYUDA MEMORIA
Reunión de seguimiento de la Mesa de Agua Potable

Fecha: martes, 4 de marzo de 2025
Lugar: Casa comunal de San Roque

1. Estado de las captaciones
El técnico informó que dos captaciones requieren limpieza.
`, 'es');
    expect(s.header.title).toBe('AYUDA MEMORIA');
    expect(s.header.subtitle).toBe('Reunión de seguimiento de la Mesa de Agua Potable');
  });

  it('reads "DESAHOGO DE LOS PUNTOS" as the discussion\'s heading, not an agenda item', () => {
    const s = segment(`ACTA DE LA PRIMERA SESIÓN ORDINARIA 2025

En la ciudad de Puebla, siendo las 10:00 horas del día 4 de marzo de 2025, se reunieron los integrantes del Comité de Obras.

ORDEN DEL DÍA
I. Lista de asistencia.
II. Asuntos generales.

DESAHOGO DE LOS PUNTOS
PUNTO I. LISTA DE ASISTENCIA.
El Secretario pasó lista y verificó el quórum.
PUNTO II. ASUNTOS GENERALES.
No hubo asuntos generales.
`, 'es');
    expect(s.agenda.map((a) => a.title)).toEqual(['Lista de asistencia.', 'Asuntos generales.']);
  });
});

describe('a discussion heading over a bare list', () => {
  it('is the agenda when another discussion heading goes through the items', () => {
    const s = segment(`AYUDA MEMORIA
Reunión de la Mesa de Agua Potable de San Roque

Temas tratados:
1. Estado de las captaciones.
2. Cobro de tarifas.

Desarrollo:
1. Estado de las captaciones
El técnico informó que dos captaciones requieren limpieza.
2. Cobro de tarifas
La tesorera informó el cobro del mes.
`, 'es');
    expect(s.agenda.map((a) => a.title)).toEqual(['Estado de las captaciones.', 'Cobro de tarifas.']);
  });
});
