// A list of bodies one to a line: a body's name the page wrapped ("Subsecretaría de Innovación y Desarrollo" /
// "Regional de Los Lagos, MINECON") is one body, not a body and a person.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `REUNIÓN MESA REGIONAL DE INNOVACIÓN

Mesa de trabajo sobre el plan regional de innovación 2021

HORA

INICIO 10:00

HORA FIN | 12:00

CORFO

Subsecretaría de Innovación y Desarrollo
Regional de Los Lagos, MINECON

Universidad de Los Lagos
Cámara Chilena de la Construcción

Gobierno Regional de Los Lagos
Servicio de Cooperación Técnica
Fundación Chile
Ministerio de Economía

Temas tratados
1. Se presentó el avance del plan regional y se acordó revisar los indicadores en la próxima sesión.
`;

describe('a wrapped body in a list of bodies', () => {
  it('is joined to the line above', () => {
    const found = segment(MINUTES, 'es').attendees.map((a) => [a.name, a.organization]);
    expect(found).toContainEqual([null, 'Subsecretaría de Innovación y Desarrollo Regional de Los Lagos, MINECON']);
    expect(found.some(([name]) => name !== null)).toBe(false);
  });
});
