// A final list of agreements ends at the closing sentence's hour ("Siendo la 1.30 p.m., ... se dio por : / terminada
// la asamblea") even when OCR broke its adjournment words, and a line OCR began with specks before a lower-case word
// goes on the item above.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const JUNTA = `ACTA DE ASAMBLEA GENERAL DE LA JUNTA DE REGANTES DEL CANAL SANTA INÉS

En el caserío de Santa Inés, siendo las 9.00 a.m. del día 12 de mayo de 2004, se reunieron los usuarios del canal.

AGENDA:
1.- Limpieza del canal.
2.- Cuotas.

Primer punto.- Limpieza del canal: el presidente informa que la toma está obstruida.

Segundo punto.- Cuotas: el tesorero informa de los pagos pendientes.

ACUERDOS:

a) Fijar la cuota de riego en S/. 2.00 por hectárea a partir del mes de junio de 2004,
-.. exonerando a los usuarios de la parte baja del canal.

b) Realizar la limpieza del canal el domingo 23 de mayo de 2004.

Siendo las 11.45 a.m. del mismo día, y no habiendo otro punto que tratar, se dio por :
terminada la asamblea, firmando los asistentes en señal de conformidad.

- Rosendo Alva Cruzado

- Presidente
`;

describe('a final list before a closing sentence OCR broke', () => {
  const found = segment(JUNTA, 'es').agreements.map((a) => [a.number, a.text]);
  it('joins a continuation line behind specks and stops at the closing hour', () => {
    expect(found).toEqual([
      ['a', 'Fijar la cuota de riego en S/. 2.00 por hectárea a partir del mes de junio de 2004, exonerando a los usuarios de la parte baja del canal.'],
      ['b', 'Realizar la limpieza del canal el domingo 23 de mayo de 2004.'],
    ]);
  });
});
