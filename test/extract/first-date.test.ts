import { describe, expect, it } from 'vitest';
import { findDates, firstDate } from '../../src/extract/dates.js';

// firstDate() reads a line in pieces cut at units no date pattern takes: it must always agree with findDates()[0].
describe('firstDate', () => {
  const lines = [
    '',
    'Sin fecha: orden del día; varios (sin acuerdos).',
    'En Villa Serena, a 12 de agosto de 2015, siendo las 18:30 horas, en la sede del club, se reúne el directorio.',
    'Reunión ordinaria del comité (sesión N° 4): primera parte; la segunda parte, el 3 de junio de 2019; cierre el 4 de junio.',
    'Acta; segunda citación; tercera; cuarta; quinta; sexta; séptima; octava; fecha: 2021-03-09; lugar: salón.',
    'The board met on March 3rd, 1998 at 7:00 p.m. in the community room; the next meeting: April 7, 1998.',
    'Minutes of the meeting held on Tuesday; notes taken by the secretary; approved 10/23/2007 (see annex); filed 10/24/2007.',
    'a los veintisiete días del mes de enero de dos mil dieciséis, siendo las diez horas: se abre la sesión; asisten once socios',
    'Sesión de trabajo sobre el presupuesto anual de la junta de vecinos del sector norte y sur: 05.03.1999; 06.03.1999',
    'Texto largo sin ninguna fecha que sigue y sigue por la página con comas, puntos. y guiones - barras / números 12 y 7; fin: 31-02-2020 (no existe)',
    'Fecha de la sesión extraordinaria convocada por la directiva para tratar asuntos varios del mes de mayo: 14 de mayo; 15 de mayo de 2020',
    'Entre el 30 de mayo de 2018 y el 2 de junio de 2018; luego el 1 de julio',
  ];
  for (const s of lines) {
    for (const o of [{}, { lang: 'en' as const }, { defaultYear: 2003 }]) {
      it(`${JSON.stringify(o)} ${s.slice(0, 40)}`, () => expect(firstDate(s, o)).toEqual(findDates(s, o)[0]));
    }
  }
});
