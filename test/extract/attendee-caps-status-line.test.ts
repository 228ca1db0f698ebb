// A line in capitals naming a status between attendee tables ("CONSEJEROS AUSENTES CON AVISO") heads the next table:
// it is no person, and the rows under it take its status.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `CONSEJO VECINAL DE LA COMUNA DE LOS ROBLES
ACTA SESIÓN ORDINARIA N° 3/2024

CONSEJEROS ASISTENTES
Nombre\tCargo\tOrganización
Gilda Ponce Araya\tPresidenta\tJunta de Vecinos El Mirador
Hugo Tapia Lagos\tConsejero\tClub Deportivo Unión
CONSEJEROS AUSENTES CON AVISO
Nombre\tCargo\tOrganización
Ester Cárdenas Rojo\tConsejera\tCentro de Madres Las Azucenas
INVITADOS
Nombre\tCargo\tOrganización
Mario Vidal Soto\tDirector de Obras\tMunicipalidad de Los Robles
TABLA
1. Aprobación del acta anterior.
2. Varios.
`;

describe('a status line in capitals between tables', () => {
  it('is no attendee and gives the rows under it their status', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => [a.name, a.status]);
    expect(found).toEqual([
      ['Gilda Ponce Araya', 'present'],
      ['Hugo Tapia Lagos', 'present'],
      ['Ester Cárdenas Rojo', 'excused'],
      ['Mario Vidal Soto', 'guest'],
    ]);
  });
});
