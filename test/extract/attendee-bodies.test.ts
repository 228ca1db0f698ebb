// Roles and bodies after a name in Spanish lists: a role word heading a unit is one role, a short name in
// parentheses closing a body is the body's, and a second abbreviated title ("Ing. Agrón.") opens no name.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `ACTA N° 9 DEL COMITÉ DE CALIDAD DEL HOSPITAL REGIONAL SAN ROQUE

Miembros presentes:
1. Marta Ibarra Lugo, coordinadora
2. Pedro Viale Ros, secretario

INVITADOS: Dra. Elena Suárez, jefa del Servicio de Pediatría, e Ing. Agrón. Raúl Costa Vega, técnico del Instituto Nacional de Semillas (INASE).

1. Lectura del acta anterior.
Se aprueba sin observaciones.
`;

describe('roles and bodies after a name', () => {
  const found = segment(ACTA, 'es').attendees.map((a) => `${a.status} ${a.name} | ${a.organization} | ${a.role}`);

  it('keeps a role word heading a unit as one role', () => {
    expect(found).toContain('guest Elena Suárez | null | jefa del Servicio de Pediatría');
  });

  it('reads past a second abbreviated title and keeps the short name in parentheses with its body', () => {
    expect(found).toContain('guest Raúl Costa Vega | Instituto Nacional de Semillas (INASE) | técnico');
  });
});
