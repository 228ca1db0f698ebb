// Line shapes the labeller reads: a letterhead sentence above the title, lettered sections, observers, a call's end.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const zoneOf = (s: ReturnType<typeof segment>, start: string) => s.zones.find((z) => z.text.startsWith(start))?.zone;

describe('the labeller', () => {
  it('keeps a letterhead\'s sentence above the title in the header', () => {
    const s = segment('ASOCIACIÓN DE VECINOS «LOS OLIVOS»\nInscrita en el Registro Municipal de Asociaciones con el número 1.874 de la\nsección primera.\nACTA DE LA REUNIÓN DE LA JUNTA DIRECTIVA\n\nEn Jaén, a 12 de febrero de 2014, siendo las diecinueve horas, se reúne la Junta Directiva.\n', 'es');
    expect(zoneOf(s, 'Inscrita')).toBe('header');
    expect(s.header.title).toBe('ACTA DE LA REUNIÓN DE LA JUNTA DIRECTIVA');
    expect(s.header.date).toBe('2014-02-12');
  });
  it('reads "Concurre además ..." as attendance', () => {
    const s = segment('ACTA DE SESIÓN\n\nAsisten: Ana Ruiz, presidenta; Luis Paz, secretario.\nConcurre además el profesor Andrés Cabrera, coordinador de básquetbol formativo.\n\nSe abre la sesión.\n', 'es');
    expect(zoneOf(s, 'Concurre')).toBe('attendees');
  });
  it('reads "Observers:" as a guest list', () => {
    const s = segment('Working Group Teleconference\n\nPresent: Ann Lee, Bob Stone\nObservers: Carla Diaz (Acme Transit)\n\nThe chair opened the call.\n', 'en');
    expect(s.attendees.find((a) => a.name === 'Carla Diaz')?.status).toBe('guest');
  });
  it('ends the attendee list at a lettered section heading over a paragraph', () => {
    const s = segment('Curriculum Committee\n\nPresent: Prof. Ann Lee (chair), Prof. Bob Stone\n\nA. Approval of minutes\nThe minutes of March 6 were approved with one correction to the course list.\n', 'en');
    expect(s.attendees.map((a) => a.name)).toEqual(['Ann Lee', 'Bob Stone']);
    expect(zoneOf(s, 'A. Approval')).toBe('discussion');
  });
  it('closes at "The call ended at ..." after the action items', () => {
    const s = segment('Working Group Teleconference\n\nPresent: Ann Lee, Bob Stone\n\nAction items\n\nACTION: Ann to merge the pull request by 2025-02-26.\n\nThe call ended at 15:27 UTC.\n\nMinutes: Bob Stone.\n', 'en');
    expect(zoneOf(s, 'The call ended')).toBe('closing');
    expect(zoneOf(s, 'Minutes: Bob')).toBe('closing');
    expect(s.agreements).toHaveLength(1);
  });
});

describe('list headings the labeller reads in place', () => {
  it('"8. ACTION LIST" over a table heads the agreements, and the next item takes the discussion up again', () => {
    const s = segment('GOVERNING BODY MEETING\n\n7. FINANCE\nThe treasurer presented the statements for the year to date.\n\n8. ACTION LIST\nNo.\tAction\tResponsible\tDate\n1\tSign the bank reconciliations\tMr Pretorius\t30 September 2023\n2\tCoordinate the fair stalls\tMrs Botha\t14 October 2023\n\n9. CLOSURE\nThe chair thanked the members for their attendance and their work this term.\n', 'en');
    expect(s.agreements.map((a) => [a.text, a.responsible])).toEqual([['Sign the bank reconciliations', 'Mr Pretorius'], ['Coordinate the fair stalls', 'Mrs Botha']]);
    expect(zoneOf(s, '9. CLOSURE')).toBe('discussion');
  });
  it('"6.0 Action Items" over its sub-items stays a section of the agenda', () => {
    const s = segment('BOARD OF EDUCATION\n\nAGENDA\n5.0 Reports\n6.0 Action Items\n6.1 Approval of Bus Purchase\n7.0 Adjournment\n', 'en');
    expect(s.agenda.map((a) => a.number)).toEqual(['5.0', '6.0', '6.1', '7.0']);
  });
  it('an entry right under "Excusas:" that is a sentence is still the list\'s', () => {
    const s = segment('ACTA DE SESIÓN\n\nAsistentes: Ana Ruiz, decana.\nExcusas:\nOrlando Paz Erazo – Decano de la Facultad de Ciencias Contables, por compromisos académicos fuera de la ciudad.\n\nSe abre la sesión.\n', 'es');
    expect(s.attendees.find((a) => a.name === 'Orlando Paz Erazo')?.status).toBe('excused');
  });
});

describe('a running header', () => {
  it('is never an agenda item said again as its discussion heading', () => {
    const s = segment('BOARD OF DIRECTORS\nAGENDA\n2. Public Comment on Items\n3. Consent Calendar\n\n2. PUBLIC COMMENT ON ITEMS\nNo one spoke during public comment at this meeting.\n', 'en');
    expect(zoneOf(s, '2. PUBLIC COMMENT')).toBe('discussion');
  });
});

describe('a motion before the discussion\'s first heading', () => {
  it('is an agreement, though no discussion part takes that text', () => {
    const s = segment('BOARD OF SUPERVISORS\nMINUTES OF REGULAR SESSION\nTuesday, February 11, 2020\n\nMembers present: Chairperson Ann Lee, Supervisors Bob Stone and Carla Diaz.\n\nAGENDA\n\nMotion by Stone, second by Diaz, to approve the agenda as posted. Motion carried.\n\nSECONDARY ROADS\n\nThe engineer presented the bid tabulation for the replacement of the bridge on the county road.\n\nPUBLIC INPUT\n\nA resident asked when the gravel on the north road would be replaced this spring.\n\nEMERGENCY MANAGEMENT\n\nThe coordinator reported that the county hazard mitigation plan is due for its five-year update.\n\nMotion by Diaz, second by Lee, to award the bridge contract to the low bidder. Motion carried.\n', 'en');
    expect(s.agreements.map((a) => a.text.slice(0, 25))).toEqual(['Motion by Stone, second b', 'Motion by Diaz, second by']);
    expect(s.discussion.some((d) => d.text.includes('approve the agenda'))).toBe(false);
  });
});

describe('a running footer ending in a bare page number', () => {
  it('is furniture, on a page of its own too', () => {
    const s = segment('BOARD OF SUPERVISORS\n\nThe board met in regular session with all members present.\n\nThe board heard the engineer on the bridge bids and on the salt supply.\n\nBoard of Supervisors - February 11, 2020 - Page 1\n\fThe board adjourned at 11:40 a.m. after the last item.\n', 'en');
    expect(s.zones.find((z) => z.text.includes('- Page'))?.zone).toBe('furniture');
  });
});

describe('closing lines and agreement headings', () => {
  it('"se dio por terminada la asamblea" closes, and the signatures after it with it', () => {
    const s = segment('ACTA DE ASAMBLEA\n\nACUERDOS\n1. Organizar la jornada de aseo del sector.\n\nSiendo las 12:10 p. m. se dio por terminada la asamblea.\n\nWILSON PAZ QUINTERO\nPresidente\n', 'es');
    expect(zoneOf(s, 'Siendo las 12:10')).toBe('closing');
    expect(s.agreements).toHaveLength(1);
  });
  it('"Summary of Board Decisions" and "Open items" head agreements; a table row opening on "Present" is no attendance label', () => {
    const s = segment('FOOD BANK BOARD MEETING\n\nThe board met and heard the reports of the treasurer and the warehouse manager on the quarter.\n\nSummary of Board Decisions\n1. The board approved the refrigeration quote.\n\nOpen items\nAction\tOwner\tDeadline\nPresent two board candidates\tAnn Lee\tMay 22, 2025\n', 'en');
    expect(zoneOf(s, 'Summary of Board')).toBe('agreements');
    expect(zoneOf(s, 'Present two')).toBe('agreements');
    expect(s.attendees).toEqual([]);
  });
  it('a bullet OCR put before a sentence\'s lower-case line opens no agenda', () => {
    const s = segment('ACTA DE ASAMBLEA\nComunidad Campesina de Laraypampa\n\nEn el local comunal, siendo las once de la mañana del\n- dos de septiembre, reunidos los comuneros en asamblea, se abrió la sesión.\n', 'es');
    expect(s.agenda).toEqual([]);
  });
});
