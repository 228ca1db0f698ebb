// "... y no habiendo otro punto que tratar, ..." near a sentence's start closes the minutes even when OCR broke the
// adjournment words ("se dio por : terminada"): a final lettered list of agreements ends before it, and the time the
// sentence gives is the adjournment's.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const text = 'ACTA DE ASAMBLEA DE REGANTES\n\nEn el anexo Santa Rosa, siendo las 9.00 a.m. del día 6 de abril de 2003, se reunieron los usuarios del canal, bajo la presidencia del señor Marcos Yupanqui Flores.\n\nPrimer punto.- Turnos de riego: Se discute el rol de turnos.\n\nACUERDOS:\n\na) Fijar turnos de ocho horas por familia.\n\nb) Limpiar la toma el sábado 12 de abril de 2003.\n\nSiendo las 11.45 a.m. del mismo día, y no habiendo otro punto que tratar, se dio por : terminada la asamblea, firmando los asistentes.\n\nMarcos Yupanqui Flores\nPresidente\n';

describe('a closing sentence after a final list', () => {
  it('is not the last agreement, and gives the adjournment time', () => {
    const s = segment(text, 'es');
    expect(s.agreements.map((a) => a.text)).toEqual(['Fijar turnos de ocho horas por familia.', 'Limpiar la toma el sábado 12 de abril de 2003.']);
    expect(s.closing.adjournedAt).toBe('11:45');
  });
});
