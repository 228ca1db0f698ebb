// Motions read by OCR: a bent first word, and a blank line OCR put inside the motion's sentence.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { extractAgreements } from '../../src/extract/agreements.js';
import { SegmentContext } from '../../src/segment/context.js';
import { keywords } from '../../src/segment/keywords.js';

const MINUTES = `MINUTES OF THE BOARD OF THE HILLCREST GARDEN CLUB
June 4, 2021

Present: Ada Winslow, Bea Holloway, Carl Dressler.

1. Plant sale. The plant sale raised $812 for the greenhouse fund.

Mofion by Ada, seconded by Carl, to spend $400 of the greenhouse fund on new benches. Passed 3-0.

2. Newsletter. Upon motion duly made and seconded, the summer newsletter

was approved as drafted.

The meeting was adjourned at 8:15 p.m.
`;

describe('motions read by OCR', () => {
  const texts = segment(MINUTES, 'en').agreements.map((a) => a.text);

  it('are found by their mover and seconder whatever OCR made of "Motion"', () => {
    expect(texts.some((t) => t.startsWith('Mofion by Ada, seconded by Carl, to spend $400'))).toBe(true);
  });

  it('go on past a blank line inside their sentence', () => {
    expect(texts.some((t) => t.includes('the summer newsletter was approved as drafted'))).toBe(true);
    // Paragraphs a double-spaced text layer kept apart.
    const paragraphs = ['UPON MOTION duly made and seconded, the Board approved the', 'lease of the parish hall for one year.', 'Mr. Dressler asked that his vote be recorded.'];
    const part = { agendaNumber: '3', title: 'Lease', text: paragraphs.join('\n\n'), paragraphs };
    const found = extractAgreements([], [part], keywords('en'), new SegmentContext('en', '', [])).map((a) => a.text);
    expect(found).toEqual(['UPON MOTION duly made and seconded, the Board approved the lease of the parish hall for one year.']);
  });
});

describe('a resolution OCR ended with a speck', () => {
  it('is still a decision when a colon follows its full stop', () => {
    const paragraphs = ['Upon motion duly made and seconded, it was', 'RESOLVED, that the Treasurer be and hereby is authorized to rent a storage unit at a rent not to exceed $90 per month. :'];
    const part = { agendaNumber: '2', title: 'Storage', text: paragraphs.join('\n\n'), paragraphs };
    const found = extractAgreements([], [part], keywords('en'), new SegmentContext('en', '', [])).map((a) => a.text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^RESOLVED, that the Treasurer be and hereby is authorized to rent a storage unit/);
  });

  it('announces what follows when the colon ends its words', () => {
    const paragraphs = ['RESOLVED, that the following officers be elected:', '1. Ada Winslow, President.'];
    const part = { agendaNumber: '2', title: 'Elections', text: paragraphs.join('\n\n'), paragraphs };
    const found = extractAgreements([], [part], keywords('en'), new SegmentContext('en', '', [])).map((a) => a.text);
    expect(found.some((t) => t.endsWith('be elected:'))).toBe(false);
  });
});

/** The agreements segment() reads in invented minutes whose first item's paragraph is `body`. */
const minutes = (body: string, lang: 'en' | 'es') => segment(`${lang === 'en' ? 'MINUTES OF THE REGULAR MEETING OF THE GARDEN CLUB\nMarch 3, 2020' : 'ACTA DE LA SESIÓN ORDINARIA DEL CONCEJO\n3 de marzo de 2020'}

1. ${lang === 'en' ? 'Minutes' : 'Acta anterior'}
${body}

2. ${lang === 'en' ? 'Budget' : 'Presupuesto'}
${lang === 'en' ? 'The treasurer presented the budget for the spring season and answered questions.' : 'El tesorero presentó el presupuesto de la temporada y respondió las preguntas.'}
`, lang).agreements.map((a) => a.text);

describe('a motion said with no label', () => {
  it('is an agreement from the sentence naming its mover to the one giving its outcome', () => {
    expect(minutes('The secretary read the minutes. After a short discussion, Ana Ruiz moved to approve the minutes as presented. Seconded by Tom Paz. The motion carried 5-0. Members thanked the secretary.', 'en'))
      .toEqual(['After a short discussion, Ana Ruiz moved to approve the minutes as presented. Seconded by Tom Paz. The motion carried 5-0.']);
    expect(minutes('Mr. Lee moved to approve the minutes, Dr. Paz seconds. Unanimous consent, the motion carries. - <https://example.org/minutes>', 'en'))
      .toEqual(['Mr. Lee moved to approve the minutes, Dr. Paz seconds. Unanimous consent, the motion carries.']);
    expect(minutes('El concejal Pérez presentó una moción para aprobar el acta, secundada por la concejala Ruiz. La moción fue aprobada por unanimidad.', 'es'))
      .toEqual(['El concejal Pérez presentó una moción para aprobar el acta, secundada por la concejala Ruiz. La moción fue aprobada por unanimidad.']);
  });

  it('reads the usual wordings of mover, seconder and outcome', () => {
    for (const said of [
      'A motion was made by Ana Ruiz and seconded by Tom Paz to approve the minutes as presented. The motion carried unanimously.',
      'Motion made by Ana Ruiz, seconded by Tom Paz, to approve the minutes as presented. All in favor. Motion carried.',
      'On a motion by Ana Ruiz, seconded by Tom Paz, the club approved the minutes as presented, unanimously.',
    ]) expect(minutes(said, 'en')).toEqual([said]);
  });

  it('needs a seconding and an outcome after the mover', () => {
    expect(minutes('Ana Ruiz moved to table the item. Nobody seconded and the chair moved on to the next item.', 'en')).toEqual([]);
    expect(minutes('The motion carried last month. Ana Ruiz moved the meeting to the library, seconded by the board.', 'en')).toEqual([]);
  });
});

describe('decisions recorded the Australian and Peruvian way', () => {
  it('"Moved X, seconded Y, that ... Carried." is a motion', () => {
    const said = 'Moved Bea Anning, seconded Lou Fitz, that the minutes of the last meeting be accepted as a true record. Carried.';
    expect(minutes(said, 'en')).toEqual([said]);
  });

  it('"se ACORDÓ:" inside a paragraph gives what its colon announces', () => {
    expect(minutes('Tras revisar las cotizaciones recibidas para el local, se ACORDÓ: contratar la fumigación con la empresa más económica. La tesorera tomó nota.', 'es'))
      .toEqual(['contratar la fumigación con la empresa más económica.']);
  });
});
