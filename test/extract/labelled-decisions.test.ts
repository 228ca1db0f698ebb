// Decisions under a label of their own: numbered motions over their "CARRIED" stamp, "Resolution:"/"RESOLVED:"
// labels, numbered resolutions, and the approval of the minutes said in a sentence.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { extractAgreements } from '../../src/extract/agreements.js';
import { SegmentContext } from '../../src/segment/context.js';
import { keywords } from '../../src/segment/keywords.js';
import type { Lang } from '../../src/types.js';

/** The agreements of one discussion part made of `paragraphs`. */
function decisions(paragraphs: string[], lang: Lang = 'en') {
  const part = { agendaNumber: '1', title: 'Business', text: paragraphs.join('\n\n'), paragraphs };
  return extractAgreements([], [part], keywords(lang), new SegmentContext(lang, '', []));
}

const MOTIONS = `MINUTES OF THE BOARD OF THE PINE HOLLOW ROWING CLUB
Regular meeting, May 9, 2023

Present: Ivo Marsh (Chair), Lena Okafor, Tomas Berg, Wanda Fisk.

1. Approval of the Agenda
Motion 2023-17
Moved by Lena Okafor, seconded by Tomas Berg, that the agenda be approved as printed.
CARRIED

2. Boathouse Doors
Tomas Berg reported that the east doors no longer close in wind. Two quotes were received.
Motion 2023-18
Moved by Wanda Fisk, seconded by Lena Okafor, that the Board accept the quote of Ridge Carpentry for $3,240.
CARRIED
Tomas Berg abstained.

3. Adjournment
Motion 2023-19
Moved by Ivo Marsh that the meeting be adjourned at 9:02 p.m.
CARRIED
`;

describe('numbered motions over a stamp line', () => {
  const found = segment(MOTIONS, 'en').agreements;

  it('take the number printed over them and leave the stamp out of the text', () => {
    expect(found.map((a) => [a.number, a.text])).toEqual([
      ['2023-17', 'Moved by Lena Okafor, seconded by Tomas Berg, that the agenda be approved as printed.'],
      ['2023-18', 'Moved by Wanda Fisk, seconded by Lena Okafor, that the Board accept the quote of Ridge Carpentry for $3,240.'],
      ['2023-19', 'Moved by Ivo Marsh that the meeting be adjourned at 9:02 p.m.'],
    ]);
  });

  it('keep an outcome written in their own sentence', () => {
    const texts = decisions(['MOTION 12-04: Moved by Ada Lund that the meeting be adjourned. CARRIED. The meeting ended at 9:10 pm.']);
    expect(texts.map((a) => [a.number, a.text])).toEqual([['12-04', 'Moved by Ada Lund that the meeting be adjourned. CARRIED.']]);
  });

  it('take a number OCR set apart by a blank line, over a stamp OCR put a speck on', () => {
    const found = decisions(['Motion 2023-20', 'Moved by Ada Lund, seconded by Ben Roe, that the fees be frozen for 2024.', '» CARRIED']);
    expect(found.map((a) => [a.number, a.text])).toEqual([['2023-20', 'Moved by Ada Lund, seconded by Ben Roe, that the fees be frozen for 2024.']]);
  });

  it('need no seconder in the form "Moved by A that ..."', () => {
    const found = decisions(['Moved by Ada Lund that the meeting be adjourned at 9:40 p.m. CARRIED']);
    expect(found.map((a) => a.text)).toEqual(['Moved by Ada Lund that the meeting be adjourned at 9:40 p.m.']);
  });

  it('count once when an "it was" paragraph introduces them', () => {
    const found = decisions(['The roof leaks again. After discussion, it was', 'Moved by Ada Lund, seconded by Ben Roe, that the Board repair the roof. CARRIED.']);
    expect(found).toHaveLength(1);
  });
});

describe('resolution labels', () => {
  it('drop "Resolution:", "RESOLUTION:" and "RESOLVED:" but keep "RESOLVED THAT"', () => {
    const found = decisions([
      'Resolution: The Board approved the new cleaning contract for one year.',
      'RESOLUTION: The group adopts the second draft of the schema.',
      'RESOLVED: The Council noted the report and approved its publication.',
      'RESOLVED THAT the Treasurer be authorised to open a savings account.',
    ]);
    expect(found.map((a) => a.text)).toEqual([
      'The Board approved the new cleaning contract for one year.',
      'The group adopts the second draft of the schema.',
      'The Council noted the report and approved its publication.',
      'RESOLVED THAT the Treasurer be authorised to open a savings account.',
    ]);
  });

  it('give their number to the decision', () => {
    const [en] = decisions(['Resolution HC/12/03: RESOLVED THAT the annual report be adopted.']);
    expect([en!.number, en!.text]).toEqual(['HC/12/03', 'RESOLVED THAT the annual report be adopted.']);
    const [es] = decisions(['RESOLUCIÓN N° 17/2019: Aprobar la compra de un transformador para el barrio Sur.'], 'es');
    expect([es!.number, es!.text]).toEqual(['17/2019', 'Aprobar la compra de un transformador para el barrio Sur.']);
  });

  it('title no discussion part when several paragraphs open with one', () => {
    const text = `ACTA N° 310
COOPERATIVA DE AGUA DE LOS ROBLES

Punto 1°) Informe del gerente: El gerente informa sobre las obras del mes.

RESOLUCIÓN N° 8/2020: Aprobar el informe del gerente.

Punto 2°) Tarifas: Se analiza el nuevo cuadro tarifario.

RESOLUCIÓN N° 9/2020: Aplicar el nuevo cuadro tarifario desde el mes de julio.
`;
    expect(segment(text, 'es').agreements.map((a) => a.number)).toEqual(['8/2020', '9/2020']);
  });
});

describe('the approval of the minutes in a sentence', () => {
  it('is a decision, from the start of its sentence', () => {
    const found = decisions(['No changes to the agenda were asked for. The minutes of 3 March were approved without amendment.']);
    expect(found.map((a) => a.text)).toEqual(['The minutes of 3 March were approved without amendment.']);
  });

  it('is not read from minutes merely taken as read', () => {
    expect(decisions(['The minutes of the last meeting were taken as read.'])).toEqual([]);
  });
});
