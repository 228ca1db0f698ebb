// Spanish endings the closing reads: "se pone término a la sesión", "se dio por terminada la asamblea", times in
// words of the morning or afternoon; and the letterhead line nearest the title naming the body.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { findTimes } from '../../src/extract/times.js';

const acta = (open: string, tail: string) => `ACTA DE ASAMBLEA ORDINARIA

${open}

1. Cuenta de tesorería
La tesorera informó el saldo de la cuenta corriente de la junta.

${tail}
`;

describe('spanish endings', () => {
  it('reads "se pone término" and "se dio por terminada" as adjournments', () => {
    const o = 'En la sede vecinal, siendo las 19:00 horas, se reúne la asamblea de la Junta de Vecinos Los Maitenes.';
    expect(segment(acta(o, 'Siendo las 20:35 horas se pone término a la sesión.'), 'es').closing.adjournedAt).toBe('20:35');
    expect(segment(acta(o, 'Siendo las 8:35 p. m. se dio por terminada la asamblea.'), 'es').closing.adjournedAt).toBe('20:35');
  });

  it('reads times in words of the morning, afternoon and night', () => {
    expect(findTimes('siendo las once de la mañana del día sábado').map((t) => t.hhmm)).toEqual(['11:00']);
    expect(findTimes('siendo las tres y veinte de la tarde del mismo día').map((t) => t.hhmm)).toEqual(['15:20']);
    expect(findTimes('a las siete y media de la noche').map((t) => t.hhmm)).toEqual(['19:30']);
    const s = segment(acta('En el local comunal, siendo las diez de la mañana, se reúnen los comuneros en asamblea.', 'No habiendo otro punto que tratar, siendo las dos y cuarto de la tarde, el Presidente levantó la asamblea.'), 'es');
    expect(s.header.startTime).toBe('10:00');
    expect(s.closing.adjournedAt).toBe('14:15');
  });

  it('takes the body nearest the title, passing over the office keeping the minutes', () => {
    const s = segment(`UNIVERSIDAD DEL VALLE ALTO
Consejo de Escuela
SECRETARÍA DEL CONSEJO
ACTA DE LA SESIÓN ORDINARIA N° 3/2026

Siendo las 10:00 horas se reúne el consejo en la sala de actos.

1. Informes
El director informó sobre la matrícula.
`, 'es');
    expect(s.header.organization).toBe('Consejo de Escuela');
  });
});
