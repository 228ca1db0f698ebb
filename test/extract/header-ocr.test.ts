// Header fields a page layout broke over lines.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

describe('a labelled location', () => {
  const minutes = (below: string) => `ACTA DE REUNIÓN DE LA DIRECTIVA
FECHA: 08/03/2004 HORA: 19:00 hrs. LUGAR: Sede social, calle Los Aromos N° 55,

${below}

Se reúne la directiva del Club Deportivo Estrella con la asistencia que se indica.
`;

  it('ending in a comma goes on in the short line below', () => {
    expect(segment(minutes('Villa Alegre'), 'es').header.location).toBe('Sede social, calle Los Aromos N° 55, Villa Alegre');
  });

  it('takes no label nor sentence from below', () => {
    expect(segment(minutes('Asistencia: ver anexo'), 'es').header.location).toBe('Sede social, calle Los Aromos N° 55');
  });
});

describe('minutes with no title line', () => {
  const opening = 'Reunión del Directorio del Club Social Las Lomas del 3 de marzo de 2019, por videollamada.';
  const minutes = (top: string) => `${top}

Asistencia: Ana Soto, Luis Mora y Eva Ruiz.

Se aprueba el presupuesto anual del club por unanimidad de los presentes.
`;

  it('are titled by an opening sentence naming the meeting, up to its first comma', () => {
    expect(segment(minutes(opening), 'es').header.title).toBe('Reunión del Directorio del Club Social Las Lomas del 3 de marzo de 2019');
  });

  it('keep their title line when they have one, and take none from other sentences', () => {
    expect(segment(minutes(`ACTA DE REUNIÓN DE DIRECTORIO\n\n${opening}`), 'es').header.title).toBe('ACTA DE REUNIÓN DE DIRECTORIO');
    expect(segment(minutes('El directorio se reunió el 3 de marzo de 2019, por videollamada.'), 'es').header.title).toBeNull();
  });
});

describe('the organization of a general meeting', () => {
  it('is the body the meeting is held by, not the meeting', () => {
    const acta = `ACTA DE LA JUNTA GENERAL ORDINARIA DE PROPIETARIOS

En Huesca, a 3 de marzo de 1998, siendo las 19:00 horas, se reúnen los propietarios para celebrar la Junta General Ordinaria de la Comunidad de Propietarios Los Olmos, previamente convocada por el Presidente.

ORDEN DEL DÍA:
1.º Lectura del acta anterior.
`;
    expect(segment(acta, 'es').header.organization).toBe('Comunidad de Propietarios Los Olmos');
  });
});

describe('the organization in a letterhead', () => {
  it('wins over a body a later sentence names when the opening names none OCR kept whole', () => {
    const acta = `CLUB DEPORTIVO UNIÓN LOS ROBLES
Personalidad Jurídica N° 2.318

ACTA DE ASAMBLEA EXTRAORDINARIA

En Temuco, a 9 de agosto de 1996, siendo las 20:00 hrs., se realiza la asamblea de socios del club deportivo unión Los Robles.

Directiva presente: Sr. Hugo Lagos Vera, presidente; Sra. Marta Soto Fica, secretaria. Asiste como invitado el Sr. Pablo Ríos Gómez, de la Municipalidad de Temuco.

La secretaria leyó el acta anterior, que fue aprobada sin observaciones.
`;
    expect(segment(acta, 'es').header.organization).toBe('CLUB DEPORTIVO UNIÓN LOS ROBLES');
  });
});

describe('a location read from the opening sentence', () => {
  it('ends where the sentence names who meets', () => {
    const text = `ACTA DE SESIÓN DEL COMITÉ DE AGUA POTABLE

En la ciudad de Linares, siendo las once horas del día 4 de mayo de 2021, se reúnen en la sala de sesiones del Edificio Consistorial, calle Mayor 12, Linares, el Comité de Agua Potable Rural, integrado por sus cinco socios.
`;
    expect(segment(text, 'es').header.location).toBe('sala de sesiones del Edificio Consistorial, calle Mayor 12, Linares');
  });

  it('keeps a town whose name starts with an article', () => {
    const text = `ACTA DE REUNIÓN DE LA JUNTA DE VECINOS

En Santiago, a 4 de mayo de 2021, siendo las once horas, en la sede social, pasaje Los Olmos 45, La Florida, se reúnen los vecinos.
`;
    expect(segment(text, 'es').header.location).toBe('sede social, pasaje Los Olmos 45, La Florida');
  });
});

describe('a time range on the header\'s time line', () => {
  it('gives the start and the end ("De las 09:17 a las 13:50 horas")', () => {
    const text = `ACTA DE SESIÓN PLENARIA\n\nFECHA: Cali, 4 de junio de 2024\nHORA: De las 09:17 a las 13:50 horas\nLUGAR: Recinto de sesiones\n`;
    const { startTime, endTime } = segment(text, 'es').header;
    expect([startTime, endTime]).toEqual(['09:17', '13:50']);
  });
});
