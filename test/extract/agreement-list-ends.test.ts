// Where an agreements list ends and what heads it under OCR: the adjournment sentence after it, a header whose owner
// and due names OCR ran together.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = (list: string) => `ACTA DE LA SESIÓN ORDINARIA N° 7 DEL CONSEJO VECINAL
Fecha: 4 de mayo de 2023
Lugar: Sede vecinal

Asistentes: Ana Soto, Luis Pino, Marta Rojas.

TABLA
1. Lectura del acta anterior.
2. Plaza del barrio.

DESARROLLO
1. Lectura del acta anterior. Se lee el acta y se aprueba sin observaciones.
2. Plaza del barrio. La presidenta informa del estado de los juegos infantiles.

ACUERDOS
${list}

Se pone término a la sesión a las 20:10 hrs.
`;

describe('the adjournment sentence after the agreements list', () => {
  it('is no agreement', () => {
    const r = segment(ACTA('1. Pedir a la municipalidad la reparación de los juegos.\n2. Convocar a una jornada de limpieza.'), 'es');
    expect(r.agreements.map((a) => a.text)).toEqual(['Pedir a la municipalidad la reparación de los juegos.', 'Convocar a una jornada de limpieza.']);
  });
});

describe('a table header whose owner and due names OCR ran together', () => {
  it('heads the usual number, agreement, owner and due columns', () => {
    const r = segment(ACTA('N° Acuerdo ResponsaPlazo\n1 Pedir a la municipalidad la reparación de los juegos Ana Soto 15-05-2023\n2 Convocar a una jornada de limpieza Luis Pino 20-05-2023'), 'es');
    expect(r.agreements).toEqual([
      { number: '1', text: 'Pedir a la municipalidad la reparación de los juegos', responsible: 'Ana Soto', due: '2023-05-15' },
      { number: '2', text: 'Convocar a una jornada de limpieza', responsible: 'Luis Pino', due: '2023-05-20' },
    ]);
  });
});

describe('"Actions agreed" and "Decisions taken" headings', () => {
  const minutes = (heading: string) => `Minutes of the Parish Hall Committee
Date: 3 June 2022

Present: Ann Lowe, Ben Hart, Cara Moss.

Item 1: Roof
The treasurer reported that the roof repair was finished in May.

${heading}
Book the roofer for the gutter - Ben Hart - 10 June 2022
`;

  it('end the discussion and head the agreements', () => {
    for (const heading of ['Actions agreed', 'Decisions taken']) {
      const r = segment(minutes(heading), 'en');
      expect(r.discussion.at(-1)!.text).toBe('The treasurer reported that the roof repair was finished in May.');
      expect(r.agreements.map((a) => a.text)).toEqual(['Book the roofer for the gutter']);
    }
  });
});

describe("the minutes' reference heading a page inside the agreements list", () => {
  it('is a running header, no agreement', () => {
    const r = segment(`ACTA DE SESIÓN ORDINARIA N° 005-2023-CVS/MDL
Fecha: 4 de mayo de 2023
Lugar: Sede vecinal

Asistentes: Ana Soto, Luis Pino, Marta Rojas.

TABLA
1. Plaza del barrio.

DESARROLLO
1. Plaza del barrio. La presidenta informa del estado de los juegos infantiles.

ACUERDOS

Acta N° 005-2023-CVS/MDL

1. Pedir a la municipalidad la reparación de los juegos.
2. Convocar a una jornada de limpieza.
`, 'es');
    expect(r.agreements.map((a) => a.text)).toEqual(['Pedir a la municipalidad la reparación de los juegos.', 'Convocar a una jornada de limpieza.']);
  });
});
