import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/segment/lines.js';
import { gluedTail, joinWrapped } from '../../src/segment/wrap.js';
import { segment } from '../../src/segment/index.js';

const texts = (doc: string) => joinWrapped(splitLines(doc), new Set()).logical.filter((l) => !l.blank).map((l) => l.text);

describe('joinWrapped', () => {
  it('joins a paragraph the page edge wrapped, keeping lists and headings apart', () => {
    const doc = [
      'The regular meeting of the Town Board was called to order by the Chair at seven in the',
      'evening in the council room of the town hall, with all members present.',
      'AGENDA',
      '1. Minutes',
      '2. Budget',
    ].join('\n');
    expect(texts(doc)).toEqual([
      'The regular meeting of the Town Board was called to order by the Chair at seven in the evening in the council room of the town hall, with all members present.',
      'AGENDA',
      '1. Minutes',
      '2. Budget',
    ]);
  });

  it('keeps a labelled line under a labelled line apart, however wide the line above', () => {
    const present = 'PRESENT: Maria Lopez (President), James Carter (Treasurer), Priya Shah (Secretary), Ben Wu';
    expect(texts(`${present}\nABSENT: Olivia Grant\nThe board met in the back room.`)).toEqual([present, 'ABSENT: Olivia Grant', 'The board met in the back room.']);
    // A sentence the page edge wrapped before a word and its colon goes on.
    const line = 'Una vecina que vive en el pasaje de los aromos desde hace muchos años, doña Rosa de Los';
    expect(texts(`${line}\nOlmos preguntó: ¿qué pasa con los que no pueden pagar?`)).toHaveLength(1);
  });

  it('joins a name split after a connector or a title abbreviation', () => {
    expect(texts('Ministerio Secretaría General de\nGobierno')).toEqual(['Ministerio Secretaría General de Gobierno']);
    const line = 'Directors present: Ann Lee, Chair; Tom Reed, Vice Chair; Amy Lowe, Treasurer; Rev.';
    expect(texts(`${line}\nJohn Park; Mary Cole.`)).toEqual([`${line} John Park; Mary Cole.`]);
  });

  it('joins a high decimal that goes on an unfinished full line, but keeps section numbers apart', () => {
    const full = 'Reunidos en la sala del consejo de la emisora comunitaria del valle, los miembros de Radio Los Andes';
    expect(texts(`${full}\n88.1 FM, el cual lo integran la presidenta y el tesorero.`)).toEqual([`${full} 88.1 FM, el cual lo integran la presidenta y el tesorero.`]);
    const item = 'Los socios revisan las cuentas del trimestre anterior y el presupuesto de la fiesta del barrio y la feria';
    expect(texts(`${item}\n4.1 Informe de la tesorera.`)).toEqual([item, '4.1 Informe de la tesorera.']);
    expect(texts(`${item}.\n88.1 FM anuncia la feria.`)).toEqual([`${item}.`, '88.1 FM anuncia la feria.']);
  });

  it('never joins table rows ending in a date or split by cell bars', () => {
    expect(texts('1 Pintar la sede Juan Soto 15-06-2021\nfachada norte.')).toEqual(['1 Pintar la sede Juan Soto 15-06-2021', 'fachada norte.']);
  });

  it('joins a roman item number OCR put alone on the next line, but not one under a heading', () => {
    expect(texts('Sra. Ana Ruiz, Directora de Docencia, para el punto\nIV.')).toEqual(['Sra. Ana Ruiz, Directora de Docencia, para el punto IV.']);
    expect(texts('ORDEN DEL DÍA\nI.\nLectura del acta.')).toEqual(['ORDEN DEL DÍA', 'I.', 'Lectura del acta.']);
  });

  it('joins a parenthesis opened at the line end and closed on the next line, across one blank line', () => {
    expect(texts('Staff: Luis Vera (Business\n\nManager); Dr. Ana Ruiz (Director)')).toEqual(['Staff: Luis Vera (Business Manager); Dr. Ana Ruiz (Director)']);
    expect(texts('Staff: Luis Vera (Business Manager)\nDr. Ana Ruiz (Director)')).toEqual(['Staff: Luis Vera (Business Manager)', 'Dr. Ana Ruiz (Director)']);
  });

  it('joins a paragraph set in a narrow column at its own width, but not an item or a list of names', () => {
    const page = [
      'ACTA DE LA SESIÓN ORDINARIA DEL PLENO',
      '',
      'En la villa de Valderobles, siendo las veinte horas',
      'y treinta minutos del día tres de mayo de dos mil',
      'once, se reúnen en la sala de sesiones del Centro',
      'Cultural, en primera convocatoria, los señores',
      'concejales relacionados al margen.',
    ].join('\n');
    expect(texts(page)[1]).toBe('En la villa de Valderobles, siendo las veinte horas y treinta minutos del día tres de mayo de dos mil once, se reúnen en la sala de sesiones del Centro Cultural, en primera convocatoria, los señores concejales relacionados al margen.');
    expect(texts(page)).toHaveLength(2);
    const names = ['La sesión se celebra con la asistencia de los concejales que se indican a continuación, según consta en el libro.', '',
      'D. Antonio Serrano Gil, concejal del grupo municipal', 'Dª. Lucía Martín Castaño, concejala del grupo municipal', 'D. Luis Mora Díaz, concejal del grupo municipal'].join('\n');
    expect(texts(names)).toHaveLength(4);
  });
});

describe('a typed filler whose end OCR read as letters', () => {
  const text = [
    'ACTA DE SESIÓN DEL CONSEJO VECINAL DEL BARRIO NORTE DE LA CIUDAD DE SANTA ROSA DEL VALLE',
    'SECCIÓN TERCERA DEL DISTRITO DE LAS LOMAS - ------------—--—-—-—-—-—-----===eneeonencaenenenanocAs',
    'En la ciudad de Santa Rosa del Valle, siendo las diez horas del día cinco de mayo de dos mil veinte,',
    'se reúnen en la sede vecinal los integrantes del consejo para tratar el orden del día siguiente y otros.',
  ].join('\n');

  it('ends its line: the sentence below starts another paragraph, and the title drops the filler', () => {
    expect(texts(text)[1]).toBe('En la ciudad de Santa Rosa del Valle, siendo las diez horas del día cinco de mayo de dos mil veinte, se reúnen en la sede vecinal los integrantes del consejo para tratar el orden del día siguiente y otros.');
    const s = segment(text, 'es');
    expect(s.header.title).toBe('ACTA DE SESIÓN DEL CONSEJO VECINAL DEL BARRIO NORTE DE LA CIUDAD DE SANTA ROSA DEL VALLE SECCIÓN TERCERA DEL DISTRITO DE LAS LOMAS');
  });
});

describe('gluedTail', () => {
  it('measures the letters OCR glued to a filler\'s end, and the marks after them', () => {
    expect(gluedTail('ACTA ----===eneeonencAs')).toBe('eneeonencAs'.length);
    expect(gluedTail('sesión. ---====oonmnronmooo--')).toBe('oonmnronmooo--'.length);
  });

  it('is 0 for figures after a dash and for words after a space', () => {
    expect(gluedTail('$1,401,000.00 ------ 9938-903695-9474')).toBe(0);
    expect(gluedTail('Asuntos generales ---- Aprobado')).toBe(0);
  });
});
