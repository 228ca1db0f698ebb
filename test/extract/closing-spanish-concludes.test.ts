// Spanish closings: the meeting that "concluye" or "culmina" (or whose chair "cierra la sesión") ends at the time the
// sentence gives; a "Copia:" or "C.c.:" line names where the minutes went.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const body = 'ACTA N° 9\nCOMITÉ DE VECINOS DEL BARRIO LAS ACACIAS\n\nEn la sede vecinal, el 5 de marzo de 2022, a las 18:00 horas, se reúnen los miembros del comité.\n\nPresentes: Rosa Medina Paz, presidenta; Luis Andrade Vela, secretario.\n\n1. Alumbrado público\nSe informa del estado de las luminarias de la calle principal.\n\n2. Varios\nNo hay otros asuntos.\n\n';

describe('a Spanish adjournment sentence', () => {
  it('reads the time where the meeting concludes or closes', () => {
    expect(segment(`${body}La reunión concluye a horas 19:40.\n`, 'es').closing.adjournedAt).toBe('19:40');
    expect(segment(`${body}Siendo las 19:55, la presidenta cierra la sesión.\n`, 'es').closing.adjournedAt).toBe('19:55');
    expect(segment(`${body}La asamblea culmina a las 20:05 horas.\n`, 'es').closing.adjournedAt).toBe('20:05');
  });
});

describe('a copy line', () => {
  it('is the distribution', () => {
    const tail = 'Siendo las 19:30 horas se levanta la sesión.\nActa redactada por: Luis Andrade Vela.\n';
    expect(segment(`${body}${tail}Copia: Junta Municipal; archivo del comité\n`, 'es').closing.distribution).toBe('Junta Municipal; archivo del comité');
    expect(segment(`${body}${tail}C.c.: Alcaldía de Distrito.\n`, 'es').closing.distribution).toBe('Alcaldía de Distrito');
  });
});
