// "Ausentes: Instituto X (IX), con justificación.": a body's acronym stays with it, the closing note is the status.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `ACTA DE REUNIÓN DE LA MESA TÉCNICA N° 6

Presentes:
Rosa Elvira Madrigal Soto, Municipalidad de Cañas

Ausentes: Servicio Nacional de Riego y Avenamiento (SENARA), con justificación.

1. Informes.
Se dan informes.
`;

describe('an absent body', () => {
  it('keeps its acronym and is excused by the closing note', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => `${a.status} ${a.name} | ${a.organization}`);
    expect(found).toContain('excused null | Servicio Nacional de Riego y Avenamiento (SENARA)');
  });
});
