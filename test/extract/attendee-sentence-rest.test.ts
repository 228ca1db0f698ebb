// An attendance sentence that OCR cut with a stray full stop mid-list: its rest on the next line of the paragraph
// ("Paredes, la Tesorera Sra. Y y el Vocal Sr. Z.") still names attendees.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `COOPERATIVA MINERA CERRO AZUL LTDA.
ACTA DE REUNIÓN DE CONSEJO N° 31/2018

En la localidad de Pampa Verde, a horas 09:00 del día lunes 5 de marzo de 2018, en la sede de la Cooperativa, se reúne el Consejo de Administración, con la presencia del Presidente Sr. Evaristo Colque Mita, el Secretario Sr. Ponciano Flores.
Paredes, la Tesorera Sra. Justina Achu Layme y el Vocal Sr. Gregorio Condo Vela.

Orden del día:
1° Informe de producción.

1° Informe de producción.
El Presidente informa.
`;

describe('the rest of an attendance sentence on the next line', () => {
  it('names the attendees there too', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => `${a.name} | ${a.role}`);
    expect(found).toContain('Evaristo Colque Mita | Presidente');
    expect(found).toContain('Justina Achu Layme | Tesorera');
    expect(found).toContain('Gregorio Condo Vela | Vocal');
  });
});
