// "con la presencia del Presidente, señor X; del Tesorero, señor Y; y de la Secretaria, señora Z": each clause's
// role is its name's; "en calidad de observador" after a name makes a guest and keeps the role before the name.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `COMUNIDAD NATIVA SANTA ROSA DE ALTO MAYO
ACTA DE ASAMBLEA GENERAL ORDINARIA

En la casa comunal, siendo las nueve de la mañana del día domingo cinco de marzo del año dos mil veintitrés, reunidos los comuneros en Asamblea General Ordinaria, con la presencia del Jefe de la Comunidad, señor Abdías Tuesta Pizango; del Tesorero, señor Gerson Yumbato Shapiama; y de la Secretaria, señora Eulalia Sangama Tapullima; y con la presencia del Juez de Paz del distrito, señor Oswaldo Rengifo Panaifo, en calidad de observador. Verificado el quórum, se instaló la asamblea.

PRIMERO: INFORMES.– El Jefe informó sobre la faena.
`;

describe('"con la presencia" clauses', () => {
  const found = segment(ACTA, 'es').attendees.map((a) => `${a.status} ${a.name} | ${a.role}`);

  it("gives each clause's role to its name", () => {
    expect(found).toContain('present Abdías Tuesta Pizango | Jefe de la Comunidad');
    expect(found).toContain('present Gerson Yumbato Shapiama | Tesorero');
    expect(found).toContain('present Eulalia Sangama Tapullima | Secretaria');
  });

  it('reads an observer as a guest with the role before the name', () => {
    expect(found).toContain('guest Oswaldo Rengifo Panaifo | Juez de Paz del distrito');
  });
});
