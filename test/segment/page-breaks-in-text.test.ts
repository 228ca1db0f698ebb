// Invented minutes whose pages were run together without form feeds: the counters, the running lines next to them and
// the page breaks inside a paragraph or a list must leave the text and every section.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

describe('pages run together without form feeds', () => {
  it('lose the running header printed under each page counter', () => {
    const text = [
      'ACTA SESION ORDINARIA N° 7',
      'JUNTA DE VECINOS VILLA LOS CEIBOS',
      '',
      'En Rancagua, a 5 de mayo de 2024, siendo las 19:00 horas, se reune la directiva.',
      '',
      'El presidente informa que las obras de la sede vecinal presentan un avance del',
      'Página 1 de 3',
      'Acta Sesion Ordinaria N° 7 – Junta de Vecinos',
      'cuarenta por ciento y que la entrega se espera para agosto.',
      '',
      'Acuerdos',
      '1. Se aprueba el acta de la sesion anterior.',
      'Página 2 de 3',
      'Acta Sesion Ordinaria N° 7 – Junta de Vecinos',
      '2. Se aprueba pintar la multicancha del pasaje Las Dalias.',
      '',
      'Siendo las 20:30 horas se levanta la sesion.',
      'Página 3 de 3',
    ].join('\n');
    const s = segment(text, 'es');
    expect(s.text).not.toContain('Acta Sesion Ordinaria N° 7 –');
    expect(s.text).not.toContain('Página');
    expect(s.agreements.map((a) => a.text)).toEqual(['Se aprueba el acta de la sesion anterior.', 'Se aprueba pintar la multicancha del pasaje Las Dalias.']);
  });

  it('lose a footer line that ends in its page counter', () => {
    const text = [
      'TOWN OF BIRCH FALLS',
      'CONSERVATION COMMISSION MINUTES',
      'June 4, 2024',
      '',
      'Public Comment',
      'A resident asked the Commission to review the culvert on Fern Road before the',
      'Conservation Commission Minutes - June 4, 2024 - Page 1 of 2',
      'autumn rains.',
      '',
      'Adjournment',
      'The meeting adjourned at 8:10 p.m.',
      'Conservation Commission Minutes - June 4, 2024 - Page 2 of 2',
    ].join('\n');
    const s = segment(text, 'en');
    expect(s.text).not.toContain('Page 1 of 2');
    expect(s.text).not.toContain('Page 2 of 2');
  });

  it('lose dashed page numbers when the text has two or more', () => {
    const text = [
      'ACTA SESION ORDINARIA N° 12',
      'CLUB DEPORTIVO UNION LOS ANDES',
      '',
      'En Los Andes, a 2 de abril de 2024, siendo las 19:30 horas, se reune el directorio.',
      '',
      'El tesorero expone el balance del primer semestre y la situacion de las cuotas de',
      '- 1 -',
      'los socios, que se encuentran al dia en su mayoria.',
      '',
      'Siendo las 21:00 horas se levanta la sesion.',
      '',
      'Pedro Vergara',
      'Presidente',
      '- 2 -',
    ].join('\n');
    const s = segment(text, 'es');
    expect(s.text).not.toContain('- 1 -');
    expect(s.text).not.toContain('- 2 -');
    expect(s.text).toContain('cuotas de\nlos socios');
  });

  it('keep an agenda item said again as its heading next to two counters', () => {
    const text = [
      'ACTA SESION ORDINARIA N° 3',
      '',
      'Tabla:',
      '1. Lectura del acta anterior.',
      '2. Cuenta de la tesoreria anual.',
      '- 1 -',
      '',
      '1. Lectura del acta anterior.',
      'Se aprueba sin observaciones.',
      '- 2 -',
      '2. Cuenta de la tesoreria anual.',
      'La tesorera presenta el balance.',
      '- 3 -',
    ].join('\n');
    const s = segment(text, 'es');
    expect(s.agenda.map((a) => a.title)).toEqual(['Lectura del acta anterior.', 'Cuenta de la tesoreria anual.']);
    expect(s.text).toContain('2. Cuenta de la tesoreria anual.\nLa tesorera');
  });

  it('lose the short second line of a footer under each counter (the date of the meeting)', () => {
    const footer = (n: number) => [`Harbor Commission Minutes        Page ${n} of 3`, 'May 6, 2025'];
    const text = [
      'CITY OF GULL POINT',
      'HARBOR COMMISSION',
      'Minutes of the Regular Meeting - May 6, 2025',
      '',
      'PUBLIC COMMENT',
      'None.',
      ...footer(1),
      'OLD BUSINESS',
      'The Commission heard an update on the dredging of the north basin.',
      ...footer(2),
      'ADJOURNMENT',
      'The meeting was adjourned at 7:40 p.m.',
      ...footer(3),
    ].join('\n');
    const s = segment(text, 'en');
    expect(s.text).not.toContain('Page');
    expect(s.text.match(/May 6, 2025/g)).toHaveLength(1);
    expect(s.text).toContain('None.\nOLD BUSINESS');
  });
});
