// "Estuvieron presentes los miembros de la directiva: secretaria, señora X; tesorero, señor Y; fiscal, señor Z.":
// the bare role word opening each part of the list is that name's role.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `COMITÉ DE REGANTES DEL CANAL SAN ISIDRO
ACTA DE ASAMBLEA ORDINARIA

En el anexo Pampa Grande, siendo las 9.00 a.m. del día sábado 3 de marzo de 2012, se reunieron los usuarios del canal bajo la presidencia del señor Hilario Paucar Rojas, presidente del comité.

Estuvieron presentes los demás miembros de la directiva: secretaria, señora Julia Ccahuana Quispe; tesorero, señor Néstor Huamaní Flores; fiscal, señor Rubén Alca Mendoza.

Agenda:
1.- Limpieza del canal.
2.- Cuotas.

Primer punto.- Limpieza del canal: Se acordó hacer faena.
`;

describe('bare role words before each name of a list', () => {
  it('are the roles', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => `${a.name} | ${a.role}`);
    expect(found).toContain('Julia Ccahuana Quispe | secretaria');
    expect(found).toContain('Néstor Huamaní Flores | tesorero');
    expect(found).toContain('Rubén Alca Mendoza | fiscal');
  });
});
