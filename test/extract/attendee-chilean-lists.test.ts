// Chilean actas: "INASISTENTES:" heads the absent, a "Nombre – Cargo" list may name the body after the role
// ("Consejero, Junta de Vecinos ..."), and a sentence may record someone's "inasistencia".
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const COSOC = `ACTA SESION ORDINARIA
CONSEJO COMUNAL DE ORGANIZACIONES DE LA SOCIEDAD CIVIL
MUNICIPALIDAD DE RIO CLARO

Fecha: 8 de mayo de 2024

ASISTENTES:
Nombre – Cargo
Valeria Ortuzar Pena – Presidenta
Nelson Bravo Cifuentes – Consejero, Junta de Vecinos Las Acacias
Ines Galaz Moya – Consejera, Club Deportivo Rio Claro

INASISTENTES:
Rene Sepulveda Mora – Consejero (justificado)
Lidia Parra Soto – Consejera

TEMAS
1. Cuenta del presidente.
`;

const LIST = COSOC.replace('Nombre – Cargo\n', '');

const DIRECTORIO = `CORPORACION DE DEPORTES DE SAN FABIAN
ACTA DE SESION DE DIRECTORIO N° 3

Asisten los directores señores Ignacio Urrutia Vera y Paola Lillo Bravo.
Se deja constancia de la inasistencia del director señor Marcelo Acuña Paz.

TABLA
1. Presupuesto anual.
`;

const read = (text: string) => segment(text, 'es').attendees.map((a) => `${a.status} ${a.name} | ${a.role} | ${a.organization}`);

describe('Chilean attendance lists', () => {
  it('reads the body written after a role, with or without a Nombre – Cargo header', () => {
    for (const text of [COSOC, LIST]) {
      const found = read(text);
      expect(found).toContain('present Nelson Bravo Cifuentes | Consejero | Junta de Vecinos Las Acacias');
      expect(found).toContain('present Ines Galaz Moya | Consejera | Club Deportivo Rio Claro');
      expect(found).toContain('present Valeria Ortuzar Pena | Presidenta | null');
    }
  });

  it('reads "INASISTENTES:" as the absent, a "(justificado)" as excused', () => {
    const found = read(LIST);
    expect(found).toContain('excused Rene Sepulveda Mora | Consejero | null');
    expect(found).toContain('absent Lidia Parra Soto | Consejera | null');
  });

  it('reads a recorded "inasistencia" as absent, its role after it', () => {
    expect(read(DIRECTORIO)).toContain('absent Marcelo Acuña Paz | director | null');
  });
});
