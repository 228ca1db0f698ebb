// Agendas announced by a sentence before the list ("... and the following agenda was adopted:").
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { extractAgenda } from '../../src/extract/agenda.js';

const MINUTES = `Minutes of the Harbour Rowing Club Committee
12 May 1988

Present were: Jean Doucet, Paul Arsenault and Mary Gaudet.

The Chair declared a quorum present and the following agenda was adopted:
(a) Minutes of the April meeting
(b) Boat shed repairs
(c) Regatta entries

(a) Minutes of the April meeting
Moved by Paul Arsenault, seconded by Mary Gaudet, that the minutes be adopted as read. Carried.

(b) Boat shed repairs
The Chair reported that the roof of the boat shed leaks over the racks.

(c) Regatta entries
Three crews will enter the August regatta.
`;

describe('an agenda announced by "the following agenda was adopted:"', () => {
  it('is read, its lettered items numbered as printed', () => {
    expect(segment(MINUTES, 'en').agenda).toEqual([
      { number: 'a', title: 'Minutes of the April meeting' },
      { number: 'b', title: 'Boat shed repairs' },
      { number: 'c', title: 'Regatta entries' },
    ]);
  });
});

const AYUDA = `AYUDA MEMORIA
Reunión de la Comisión de Cultura
Fecha: 5 de marzo de 2024

Asistentes: Nube Ortiz, Pablo Guamán.

Temas tratados:
1. Fiesta de la cosecha.
2. Biblioteca móvil.

Desarrollo:
1. Fiesta de la cosecha
La comisión revisó el programa de la fiesta y el presupuesto disponible.

2. Biblioteca movil
El señor Guamán informó que el vehículo ya fue reparado.
`;

describe('a numbered list under a discussion heading, treated item by item below', () => {
  it('is the agenda', () => {
    const r = segment(AYUDA, 'es');
    expect(r.agenda).toEqual([{ number: '1', title: 'Fiesta de la cosecha.' }, { number: '2', title: 'Biblioteca móvil.' }]);
    expect(r.discussion.map((d) => d.agendaNumber)).toEqual(['1', '2']);
  });

  it('is not when its items do not come back (and no second discussion heading follows the list)', () => {
    const r = segment(AYUDA.replace('2. Biblioteca movil', 'Otros asuntos').replace('Desarrollo:\n', ''), 'es');
    expect(r.agenda).toEqual([]);
  });
});

describe('a line in capitals closing a numbered agenda', () => {
  it('heads what follows, no item', () => {
    const r = segment(`ACTA DE LA SESIÓN ORDINARIA DEL COMITÉ DE SALUD
3 de marzo de 2022

ORDEN DEL DÍA
I. Lista de asistencia.
II. Informe de la campaña de vacunación.
III. Asuntos generales.

DESARROLLO DE LA SESIÓN EN LO PARTICULAR
PUNTO I. LISTA DE ASISTENCIA.
La secretaria pasó lista y hubo quórum.
`, 'es');
    expect(r.agenda.map((a) => a.number)).toEqual(['I', 'II', 'III']);
  });
});

describe('an item heading running its text in after a colon, in lower case', () => {
  it('titles its part as printed and leaves the text without it', () => {
    const r = segment(`ACTA DE LA REUNIÓN DE LA COMISIÓN DIRECTIVA DEL CLUB SOCIAL
En la sede, a 3 de abril de 2023, se reúne la Comisión Directiva con el siguiente orden del día:
1. Lectura del acta anterior.
2. Estado de la sede.

1. Lectura del acta anterior: la secretaria lee el acta, que se aprueba sin cambios.

2. Estado de la sede: el tesorero informa que el techo tiene goteras.
`, 'es');
    expect(r.discussion.map((d) => [d.agendaNumber, d.title, d.text])).toEqual([
      ['1', 'Lectura del acta anterior', 'la secretaria lee el acta, que se aprueba sin cambios.'],
      ['2', 'Estado de la sede', 'el tesorero informa que el techo tiene goteras.'],
    ]);
  });
});

describe('a tabbed agenda table', () => {
  it('skips its header row and reads number and title from each row', () => {
    const r = segment(`Minutes of the Board of Trustees, Kowhai School
Date: 3 May 2021

Present: Mere Tane (Chair), Sam Holt, Ana Fifita.

Agenda
Item\tTopic\tLead
1\tWelcome\tChair
2\tProperty report\tSam Holt
3\tGeneral business\tAll

Item 1 - Welcome
The Chair welcomed the trustees.

Item 2 - Property report
Sam Holt reported that the roof was repaired.

Item 3 - General business
There was no general business.
`, 'en');
    expect(r.agenda).toEqual([
      { number: '1', title: 'Welcome' },
      { number: '2', title: 'Property report' },
      { number: '3', title: 'General business' },
    ]);
  });
});

describe('a list under a sentence naming the agenda and ending in a colon', () => {
  const acta = (gap: string) => `ACTA NÚMERO 9-2021. En la aldea San Pedro, siendo las quince horas del sábado cinco de junio del año dos mil veintiuno, reunidos en el salón comunal los integrantes del consejo, señores: Juan Pérez, Presidente; Ana Sic, Secretaria. Se procede de la manera siguiente:

PRIMERO: La Secretaria da lectura a la agenda, la cual es aprobada por unanimidad:
a) Comprobación del quórum.${gap}
b) Informe de la tesorería.${gap}
c) Asuntos varios.

SEGUNDO: La Secretaria comprueba que hay quórum.

TERCERO: El Tesorero informa que hay fondos para la compra de tubería.
`;

  it('is the agenda, also when OCR set its items apart by blank lines', () => {
    for (const gap of ['', '\n']) {
      expect(segment(acta(gap), 'es').agenda.map((a) => a.number)).toEqual(['a', 'b', 'c']);
    }
  });
});

describe("an agenda run on to the discussion's first heading", () => {
  it('stops before the title it repeats', () => {
    const lines = ['Agenda', '• Release plan', '• Bug triage', '', 'Release plan ;'];
    const zones = lines.map((text, index) => ({ index, text, blank: text === '', zone: text === '' ? 'blank' : 'agenda', heading: index === 0 ? 'agenda' : null, after: '', bulleted: text.startsWith('•') }));
    expect(extractAgenda(zones as never).map((a) => a.title)).toEqual(['Release plan', 'Bug triage']);
  });
});
