// "con la presidencia del Rector, Mtro. X": a capitalised office between article and title is the name's role;
// "Ausente con permiso:" is an excused absence.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `INSTITUTO TECNOLÓGICO DEL SUR
ACTA N° 9 DEL CONSEJO ACADÉMICO

En Tapachula, el día 7 de octubre de 2020, siendo las 11:00 horas, se reúne el Consejo Académico, con la presidencia del Rector, Mtro. Efraín Gálvez Ochoa, y con la asistencia de la consejera Irene Cruz Dávila.
Ausente con permiso: Fausto Niño Robles, consejero.

ORDEN DEL DÍA
1. Informe del Rector.
2. Varios.

1. Informe del Rector
Se da lectura al informe.
`;

describe('an office before a title, and leave of absence', () => {
  it('reads the office as role and "con permiso" as excused', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => `${a.name} | ${a.role} | ${a.status}`);
    expect(found).toContain('Efraín Gálvez Ochoa | Rector | present');
    expect(found).toContain('Fausto Niño Robles | consejero | excused');
  });
});
