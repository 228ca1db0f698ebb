// A "Compromisos" table whose cells stand one per line, header included (Compromiso / Responsable / Plazo), as OCR or a
// copy from a PDF leaves a table.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const minutes = (table: string): string => `JUNTA DE VECINOS N° 9 "LOS CANELOS"
ACTA DE ASAMBLEA ORDINARIA

En la sede social, con fecha 3 de mayo de 2022, a las 19:00 horas, se reune la asamblea.

Asistentes: Presidente Sr. Ivan Rojas, Secretaria Sra. Elena Vidal, Tesorero Sr. Tomas Leiva.

1. Cuenta de la directiva
El presidente informa sobre la postulacion al fondo de seguridad.

COMPROMISOS
${table}

Siendo las 20:30 horas se pone termino a la asamblea.
`;

describe('a table read cell by cell', () => {
  it('gives each row its task, responsible and due', () => {
    const table = `Compromiso
Responsable
Plazo
Solicitar al municipio la poda de los arboles
Secretaria
20 de mayo
Reparar la reja de la multicancha y pintar los
arcos
Tesorero
Por definir`;
    expect(segment(minutes(table), 'es').agreements).toEqual([
      { number: null, text: 'Solicitar al municipio la poda de los arboles', responsible: 'Secretaria', due: '2022-05-20' },
      { number: null, text: 'Reparar la reja de la multicancha y pintar los arcos', responsible: 'Tesorero', due: 'Por definir' },
    ]);
  });

  it('reads a number column first', () => {
    const table = `N°
Compromiso
Responsable
Plazo
1
Enviar oficio a Carabineros
Presidente
31 de mayo`;
    expect(segment(minutes(table), 'es').agreements).toEqual([
      { number: '1', text: 'Enviar oficio a Carabineros', responsible: 'Presidente', due: '2022-05-31' },
    ]);
  });
});
