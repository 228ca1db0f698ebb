// Agenda items from OCR: two-column agendas run together, specks of dirt read as marks or letters.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { preferCleanerReadings, regroupColumnTails, unbendSequence } from '../../src/extract/agenda.js';
import { loadLexicon } from '../../src/cleanup/lexicon.js';

const MINUTES = `MINUTES OF THE REGULAR MEETING OF THE LIBRARY BOARD
April 2, 2019

AGENDA
1.0 Call to Order 4.1 Approval of the Summer Reading
2.0 Approval of Minutes Program Budget
3.0 Director's Report 4.2 Hiring of a Part-Time Clerk
4.0 New Business 5.0 Adjournment

1.0 CALL TO ORDER
The meeting was called to order at 7:00 p.m. by President Dana Whitfield.

2.0 APPROVAL OF MINUTES
The minutes of the March meeting were approved as circulated.

3.0 DIRECTOR'S REPORT
The director reported that circulation rose by four percent over the winter.

4.1 APPROVAL OF THE SUMMER READING PROGRAM BUDGET
Motion by Ortiz, seconded by Lee, to approve the budget. Motion carried.

4.2 HIRING OF A PART-TIME CLERK
Motion by Lee, seconded by Ortiz, to hire a part-time clerk. Motion carried.

5.0 ADJOURNMENT
The meeting adjourned at 8:10 p.m.
`;

describe('two-column agenda tails', () => {
  it('go back to the item whose discussion heading holds them', () => {
    const titles = Object.fromEntries(segment(MINUTES, 'en').agenda.map((a) => [a.number, a.title]));
    expect(titles['2.0']).toBe('Approval of Minutes');
    expect(titles['4.1']).toBe('Approval of the Summer Reading Program Budget');
    expect(titles['4.2']).toBe('Hiring of a Part-Time Clerk');
  });

  it('read in order when the right column starts on the heading\'s line', () => {
    const text = MINUTES.replace('AGENDA\n', 'AGENDA 4.0 New Business\n').replace('4.0 New Business 5.0 Adjournment\n', '');
    const agenda = segment(text, 'en').agenda;
    expect(agenda.map((a) => a.number)).toEqual(['1.0', '2.0', '3.0', '4.0', '4.1', '4.2']);
    expect(agenda[3]!.title).toBe('New Business');
  });

  it('stay where the item\'s own heading vouches for them', () => {
    const agenda = [{ number: '2', title: 'Approval of Minutes Program Budget' }, { number: '4', title: 'Approval of the Summer Reading' }];
    const parts = [
      { agendaNumber: '2', title: 'APPROVAL OF MINUTES PROGRAM BUDGET', text: 'Approved.' },
      { agendaNumber: '4', title: 'Approval of the Summer Reading Program Budget', text: 'Approved.' },
    ];
    regroupColumnTails(agenda, parts);
    expect(agenda.map((a) => a.title)).toEqual(['Approval of Minutes Program Budget', 'Approval of the Summer Reading']);
  });

  it('stay when two items could have given them', () => {
    const agenda = [{ number: '1', title: 'Budget Program Budget' }, { number: '2', title: 'Minutes Program Budget' }, { number: '3', title: 'Summer Reading' }];
    regroupColumnTails(agenda, [{ agendaNumber: '3', title: 'Summer Reading Program Budget', text: 'Approved.' }]);
    expect(agenda[2]!.title).toBe('Summer Reading');
  });
});

describe('OCR specks in an agenda', () => {
  const MINUTES = `ACTA DE LA SESIÓN ORDINARIA N° 14 DEL CONCEJO MUNICIPAL
En Villa Alegre, a 3 de mayo de 2018, siendo las 10:00 horas, se reúne el Concejo Municipal.

TABLA:
1. Aprobación del acta anterior.
Cuenta del señor Alcalde.

ME Al

Varios. . o

1. Aprobación del acta anterior.
Se aprueba el acta sin observaciones por la unanimidad de los concejales presentes.
`;
  const titles = segment(MINUTES, 'es').agenda.map((a) => a.title);

  it('are no item and do not join the next one', () => {
    expect(titles).toContain('Varios.');
    expect(titles.some((t) => t.includes('ME Al'))).toBe(false);
  });

  it('after a title\'s final stop go', () => {
    expect(titles).not.toContain('Varios. . o');
    expect(titles).toContain('Cuenta del señor Alcalde.');
  });
});

describe('item numbers OCR bent', () => {
  const list = (...numbers: Array<string | null>) => numbers.map((number, k) => ({ number, title: `Item ${k}` }));
  const numbers = (items: Array<{ number: string | null }>) => items.map((i) => i.number);

  it('take their places in a list numbered 1, 2, 3, ...', () => {
    const items = list('1', 'Z.', null, '4s', 'S', '6');
    unbendSequence(items);
    expect(numbers(items)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('stay as printed when the list is not such a list', () => {
    for (const printed of [['a', 'b', 'c', 'd'], ['1', '2', '7', '4'], ['S', '2', 'a3', '4'].slice(0, 3), ['l', 'Z', '3', '4a'], [null, '2', '3', '4']]) {
      const items = list(...printed);
      unbendSequence(items);
      expect(numbers(items)).toEqual(printed);
    }
  });
});

describe('a discussion heading whose number OCR bent', () => {
  const text = `MINUTES OF THE BOARD OF THE LAKESIDE CHOIR
March 9, 2022

AGENDA
1. Minutes of the February 9, 2022 meeting.
2. Concert season.
3. Robes.

4. Minutes. Upon motion duly made and seconded, the minutes of the February meeting were approved.

2. Concert Season. The spring concert will be held at the town hall on May 7.

3. Robes. Ten new robes were ordered for the tenor section.
`;
  const { discussion, agreements } = segment(text, 'en');

  it("heads the part of the item due next when its run-in title is that item's", () => {
    expect(discussion.map((d) => [d.agendaNumber, d.title])).toEqual([['1', 'Minutes.'], ['2', 'Concert Season.'], ['3', 'Robes.']]);
    expect(agreements.map((a) => a.text)).toEqual(['Upon motion duly made and seconded, the minutes of the February meeting were approved.']);
  });

  it("heads nothing when its title is no item's", () => {
    const other = segment(text.replace('4. Minutes. Upon', '4. Gardens. Upon'), 'en').discussion;
    expect(other.map((d) => d.agendaNumber)).toEqual(['2', '3']);
  });
});

describe('lettered sub-items', () => {
  const text = `ACTA DE SESIÓN DEL CONSEJO ESCOLAR

ORDEN DEL DÍA
1. Lista de asistencia.
2. Lectura del acta anterior.
3. Revisión de los siguientes reglamentos:
O. REGLAMENTO DE CONVIVENCIA ESCOLAR Y
DISCIPLINA.
b. REGLAMENTO DE EVALUACIÓN Y PROMOCIÓN DE
LOS ALUMNOS.
C. PROTOCOLO DE SEGURIDAD ESCOLAR.
4. Calendario de actividades.
S. ASUNTOS GENERALES.
`;

  it('keep their letters, which OCR bent, and the list its numbers', () => {
    expect(segment(text, 'es').agenda.map((a) => [a.number, a.title])).toEqual([
      ['1', 'Lista de asistencia.'],
      ['2', 'Lectura del acta anterior.'],
      ['3', 'Revisión de los siguientes reglamentos'],
      ['a', 'REGLAMENTO DE CONVIVENCIA ESCOLAR Y DISCIPLINA.'],
      ['b', 'REGLAMENTO DE EVALUACIÓN Y PROMOCIÓN DE LOS ALUMNOS.'],
      ['c', 'PROTOCOLO DE SEGURIDAD ESCOLAR.'],
      ['4', 'Calendario de actividades.'],
      ['5', 'ASUNTOS GENERALES.'],
    ]);
  });
});

describe('an agenda whose numbers OCR bent past fitting their places', () => {
  const list = (...numbers: Array<string | null>) => numbers.map((number, k) => ({ number, title: `Item ${k}` }));
  const numbers = (items: Array<{ number: string | null }>) => items.map((i) => i.number);

  it('is numbered 1 to its count when its first item reads "1" and its last the count', () => {
    const items = list('1', null, '2', 'A', '5');
    unbendSequence(items);
    expect(numbers(items)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('takes a number OCR left in a title without its stop out of the title', () => {
    const items = [{ number: '1', title: 'Opening' }, { number: null, title: '2 Budget review' }, { number: '2', title: 'Parking' }, { number: '4', title: 'Closing' }];
    unbendSequence(items);
    expect(items).toEqual([{ number: '1', title: 'Opening' }, { number: '2', title: 'Budget review' }, { number: '3', title: 'Parking' }, { number: '4', title: 'Closing' }]);
  });

  it('stays as printed when its figures fall back or it has sub-items', () => {
    for (const printed of [['1', '3', '2', '4'], ['1', '2.1', '2', '4'], ['1', 'A', 'B', '5']]) {
      const items = list(...printed);
      unbendSequence(items);
      expect(numbers(items)).toEqual(printed);
    }
  });
});

describe('agenda titles read twice', () => {
  const text = `MINUTES OF THE PARENTS ASSOCIATION OF HILLCREST SCHOOL
Date: 2023-10-04

Agenda

1 Opening of the meeting
2 Budget review
2. Parkimg rulcs for the east lot
A Library hours
5 Any other business

Notes

1. Opening of the meeting
The chair opened the meeting at 7 pm and welcomed two new members to the association.

2. Budget review
The treasurer said the autumn fair raised enough to cover the new benches for the yard.

3. Parking rules for the east lot
Parents asked for a drop-off lane; the school will mark one before the winter term starts.

4. LIBRARY HOURS
The library will stay open until five on Thursdays from next month, staffed by volunteers.

5. Any other business
Members proposed a second book sale in the spring, to be planned by the board in December.
`;
  const { agenda, discussion } = segment(text, 'en');

  it('number the agenda and link the discussion when OCR bent the agenda numbers', () => {
    expect(agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(discussion.map((d) => d.agendaNumber)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('take the heading\'s reading of a title OCR garbled in the agenda', () => {
    expect(agenda[2]!.title).toBe('Parking rules for the east lot');
  });

  it('keep the agenda\'s reading when the heading is in capitals or no better', () => {
    expect(agenda[3]!.title).toBe('Library hours');
    const other = segment(text.replace('3. Parking rules for the east lot', '3. Parking'), 'en').agenda;
    expect(other[2]!.title).toBe('Parkimg rulcs for the east lot');
  });
});

describe('an agenda of short unnumbered lines', () => {
  it('gives one item per line (bullets the scan lost)', () => {
    const s = segment('Board of Directors – Open Session Minutes\nMonday, May 6, 2024\n\nAgenda\nCall to order\nTreasurer\'s report\nPlayground repairs\nAdjournment\n\nThe president called the meeting to order at 7:02 PM and confirmed a quorum of the board.\n', 'en');
    expect(s.agenda.map((a) => a.title)).toEqual(['Call to order', 'Treasurer\'s report', 'Playground repairs', 'Adjournment']);
  });
  it('still joins an item wrapped at the page\'s edge', () => {
    const s = segment('Board of Directors – Open Session Minutes\nMonday, May 6, 2024\n\nAgenda\n• Review of the contract with the landscaping company and the\nirrigation schedule for the summer\n• Adjournment\n\nThe president called the meeting to order at 7:02 PM and confirmed a quorum of the board.\n', 'en');
    expect(s.agenda.map((a) => a.title)).toEqual(['Review of the contract with the landscaping company and the irrigation schedule for the summer', 'Adjournment']);
  });
});

describe('an agenda numbered "1°)"', () => {
  it('follows the sentence that announces it, wrapped over two lines', () => {
    const s = segment('ACTA N° 5\n\nSe encuentra ausente con aviso el vocal titular señor Aldo Cerutti.\n\nVerificado el quórum, el señor presidente declara abierta la sesión y pone a\nconsideración el siguiente Orden del Día:\n\n1°) Lectura del acta anterior.\n\n2°) Informe de Gerencia.\n\nPunto 1°) Lectura del acta anterior: se aprueba sin observaciones.\n', 'es');
    expect(s.agenda).toEqual([{ number: '1°', title: 'Lectura del acta anterior.' }, { number: '2°', title: 'Informe de Gerencia.' }]);
  });
});

describe('agenda numbers OCR lost or bent', () => {
  it('reads items left with the number\'s stop (". Title"), until the first comes round again', () => {
    const s = segment('ACTA DE SESIÓN\n\nTABLA :\n\n. Aprobación del acta de la sesión ordinaria anterior número 141.\n\n. Correspondencia.\n\n. Daño en la línea de conducción del sector La Quebrada Honda.\n\n. Aprobación del acta de la sesión ordinaria anterior número 141.\n\nEl alcalde somete a consideración el acta y se aprueba sin observaciones.\n\n2. Correspondencia.\n\nSe da lectura a la correspondencia recibida.\n', 'es');
    expect(s.agenda.map((a) => a.title)).toEqual(['Aprobación del acta de la sesión ordinaria anterior número 141.', 'Correspondencia.', 'Daño en la línea de conducción del sector La Quebrada Honda.']);
  });
  it('reads a number after a speck (". 2) Informe")', () => {
    const s = segment('ACTA DE REUNIÓN\n\nOrden del día\n1) Lectura del acta.\n. 2) Informe de la tesorería sobre las cuotas voluntarias de las familias.\n3) Varios.\n\nDesarrollo\n\n1) Lectura del acta\n\nSe lee el acta.\n', 'es');
    expect(s.agenda.map((a) => a.number)).toEqual(['1', '2', '3']);
  });
  it('goes on after a bent roman number ("IL.")', () => {
    const s = segment('ACTA DE REUNIÓN\n\nORDEN DEL DÍA\n\nI. Quórum.\n\nII. Acta anterior.\n\nIL. Informe de la Rectoría.\n\nIV. Calendario académico para el periodo que se inicia en marzo próximo.\n\nDESARROLLO\n\n1. Quórum\n\nSe verificó el quórum.\n', 'es');
    expect(s.agenda.map((a) => a.number)).toEqual(['I', 'II', 'IL', 'IV']);
  });
});

describe('sub-items lettered after their number, and an underscore speck', () => {
  it('reads "5A." and "5B." as items of their own, and "_ 3." as item 3', () => {
    const s = segment('BOARD OF DIRECTORS\n\nAGENDA\n\n2. Public Comment\n\n_ 3. Consent Calendar\n\n5. Action Items\n5A. Resolution No. 2023-14 - Adoption of Stage 2 Allocations\n5B. Award of Contract - Well 9 Rehabilitation\n6. Adjournment\n\n2. PUBLIC COMMENT\nNo one spoke during public comment at this meeting.\n', 'en');
    expect(s.agenda.map((a) => a.number)).toEqual(['2', '3', '5', '5A', '5B', '6']);
  });
});

describe('more agendas as OCR leaves them', () => {
  it('reads a bent roman "H.-" among "V.-" items, and items opening with a file number ("3. Expte. N° 0912/2016: ...")', () => {
    const a = segment('ACTA DE CABILDO\n\nORDEN DEL DÍA\n\n1.- Pase de lista.\n\n11.- Lectura del acta anterior.\n\nH.- Análisis del Programa Municipal de Obra Pública para el año entrante.\n\nV.- Asuntos generales.\n\n1.- PASE DE LISTA\n\nSe pasa lista y hay quórum legal.\n', 'es');
    expect(a.agenda.map((i) => i.title)).toEqual(['Pase de lista.', 'Lectura del acta anterior.', 'Análisis del Programa Municipal de Obra Pública para el año entrante.', 'Asuntos generales.']);
    const b = segment('ACTA DEL CONSEJO DIRECTIVO\n\nORDEN DEL DÍA\n\n1. Aprobación del acta anterior.\n\n2. Expte. N° 0912/2016: Llamado a concurso de Profesor Adjunto, asignatura Fruticultura.\n\nPunto 1. Aprobación del acta anterior\nSe aprueba el acta sin observaciones.\n', 'es');
    expect(b.agenda.map((i) => i.number)).toEqual(['1', '2']);
  });
  it('keeps a short sentence among items whose numbers OCR lost', () => {
    const s = segment('ACTA DE ASAMBLEA\n\nORDEN DEL DÍA\n\nLlamado a lista.\n\nLectura del acta anterior.\n\nInforme del tesorero sobre el estado de cuentas de 2019.\n\n. Proposiciones y varios.\n\nDESARROLLO\n\nLa secretaria llamó a lista y verificó el quórum reglamentario de la asamblea.\n', 'es');
    expect(s.agenda.map((i) => i.title)).toEqual(['Llamado a lista.', 'Lectura del acta anterior.', 'Informe del tesorero sobre el estado de cuentas de 2019.', 'Proposiciones y varios.']);
  });
});

describe('an agenda inside the opening paragraph', () => {
  it('is read after "la agenda siguiente:"', () => {
    const s = segment('ACTA DE ASAMBLEA EXTRAORDINARIA\n\nEn el local comunal, siendo las once de la mañana, reunidos los comuneros, el Presidente declaró instalada la asamblea y la Secretaria dio lectura a la agenda siguiente: 1) Lectura del acta anterior. 2) Faena comunal para el canal de riego. 3) Informes y pedidos.\n\nLa Secretaria leyó el acta anterior, que fue aprobada.\n', 'es');
    expect(s.agenda.map((a) => a.title)).toEqual(['Lectura del acta anterior.', 'Faena comunal para el canal de riego.', 'Informes y pedidos.']);
  });
});

describe('an agenda title its discussion heading writes shorter', () => {
  it('keeps the part the heading leaves out ("Expte. N° 0912/2016: ...")', () => {
    const agenda = [{ number: '3', title: 'Expte. N° 0912/2016: Llamado a concurso de Profesor Adjunto, asignatura Fruticultura.' }];
    preferCleanerReadings(agenda, [{ agendaNumber: '3', title: 'Llamado a concurso de Profesor Adjunto, asignatura Fruticultura', text: 'Se aprueba.' }], loadLexicon('es'));
    expect(agenda[0]!.title).toBe('Expte. N° 0912/2016: Llamado a concurso de Profesor Adjunto, asignatura Fruticultura.');
  });
});
