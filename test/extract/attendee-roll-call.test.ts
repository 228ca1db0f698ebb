// A roll-call item of the discussion ("II.- Pase de lista ...") whose sentence names who is there, each after the
// Mexican title "C." (Ciudadano/a) with a role after the name, and a status written after that role.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `H. AYUNTAMIENTO DE SANTA LUCÍA TEPEXCO
ACTA DE LA SESIÓN EXTRAORDINARIA DE CABILDO NÚMERO 8

En Santa Lucía Tepexco, siendo las once horas del día tres de mayo de dos mil veinte, se reúnen los integrantes del Cabildo.

ORDEN DEL DÍA
I.- Pase de lista y verificación del quórum.
II.- Asuntos generales.

I.- PASE DE LISTA Y VERIFICACIÓN DEL QUÓRUM.
La Secretaria procede al pase de lista, encontrándose presentes: C. Bernardina Ocelotl Juárez, Presidenta Municipal; C. Isidro Tlatelpa Cruz, Síndico Municipal; C. Rosenda Apango Vidal, Regidora de Ecología. Se informa que el C. Maximino Xicoténcatl Romero, Regidor de Deportes, justificó su inasistencia.

II.- ASUNTOS GENERALES.
No hubo asuntos generales.
`;

describe('a roll-call item', () => {
  const found = segment(ACTA, 'es').attendees.map((a) => `${a.status} ${a.name} | ${a.role}`);

  it('reads the people its sentence names after "C."', () => {
    expect(found).toContain('present Bernardina Ocelotl Juárez | Presidenta Municipal');
    expect(found).toContain('present Isidro Tlatelpa Cruz | Síndico Municipal');
    expect(found).toContain('present Rosenda Apango Vidal | Regidora de Ecología');
  });

  it('takes a status written after the role', () => {
    expect(found).toContain('excused Maximino Xicoténcatl Romero | Regidor de Deportes');
  });
});
