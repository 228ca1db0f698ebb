// Attendee table columns the header names in other words: "Representante de" is the body, and one cell
// headed "Institución / cargo" holds a body and a role split at its dash.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const REPRESENTS = `COOPERATIVA AGRARIA EL MOLINO
ACTA DEL COMITÉ PARITARIO N° 4

ASISTENTES
NOMBRE\tCARGO\tREPRESENTANTE DE
Rocío Amparo Quintero Gil\tOperaria de planta\tTrabajadores
Hernando José Vela Ortiz\tJefe de producción\tEmpresa

1. Lectura del acta anterior.
Se lee el acta.
`;

const JOINED = `JUNTA VECINAL EL ALISAL
AYUDA MEMORIA

Participantes:
Nombre\tInstitución / cargo
Teodoro Andrés Guamán Pilco\tJunta Vecinal El Alisal – Presidente, coordinador de la minga
Nelly Susana Ortiz Cando\tCentro de Salud El Alisal – Enfermera
Rubén Darío Mejía Sarango\tPromotor cultural

Temas tratados
1. Minga de limpieza.
Se organiza la minga.
`;

const ROLE_FIRST = `Riverside Tenants' Forum
Minutes of the meeting

Name\tRole / organisation
Gwen Abernathy\tChair – Riverside Tenants' Forum
Otis Pemberton\tCaretaker – Holloway Housing Trust

1. Welcome
The chair opened the meeting.
`;

describe('attendee table columns', () => {
  it('reads "Representante de" as the body', () => {
    const found = segment(REPRESENTS, 'es').attendees;
    expect(found.map((a) => [a.name, a.role, a.organization])).toEqual([
      ['Rocío Amparo Quintero Gil', 'Operaria de planta', 'Trabajadores'],
      ['Hernando José Vela Ortiz', 'Jefe de producción', 'Empresa'],
    ]);
  });
  it('splits a body and role cell at its dash', () => {
    const found = segment(JOINED, 'es').attendees;
    expect(found.map((a) => [a.name, a.organization, a.role])).toEqual([
      ['Teodoro Andrés Guamán Pilco', 'Junta Vecinal El Alisal', 'Presidente, coordinador de la minga'],
      ['Nelly Susana Ortiz Cando', 'Centro de Salud El Alisal', 'Enfermera'],
      ['Rubén Darío Mejía Sarango', null, 'Promotor cultural'],
    ]);
  });
  it('reads the role first when the header puts it first', () => {
    const found = segment(ROLE_FIRST, 'en').attendees;
    expect(found.map((a) => [a.name, a.role, a.organization])).toEqual([
      ['Gwen Abernathy', 'Chair', "Riverside Tenants' Forum"],
      ['Otis Pemberton', 'Caretaker', 'Holloway Housing Trust'],
    ]);
  });
});
