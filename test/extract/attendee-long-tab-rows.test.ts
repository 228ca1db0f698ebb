// A tabbed attendee row whose role cell reads like a sentence is still a row of its table.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `ESCUELA RURAL LOS PEUMOS
ACTA DE SESIÓN DEL CONSEJO ESCOLAR N° 2

Nombre\tCargo\tInstitución
Amanda Fuentealba Reyes\tDirectora\tEscuela Rural Los Peumos
Eliseo Contreras Vidal\tRepresentante de los asistentes de la educación que trabajan en la jornada de la tarde\tEscuela Rural Los Peumos
Irene Saavedra Toro\tPresidenta\tCentro de Padres

1. Cuenta de la directora.
La directora da cuenta.
`;

describe('a long tabbed row', () => {
  it('is read as a row', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => a.name);
    expect(found).toContain('Eliseo Contreras Vidal');
    expect(found).toContain('Irene Saavedra Toro');
  });
});
