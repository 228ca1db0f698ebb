import { describe, expect, it } from 'vitest';
import { headingOf } from '../../src/segment/headings.js';
import { keywords } from '../../src/segment/keywords.js';
import { splitNumbering } from '../../src/extract/text.js';

describe('headingOf', () => {
  const en = keywords('en');
  const es = keywords('es');
  it('reads bare headings and inline list labels', () => {
    expect(headingOf('ASISTENTES', es)).toEqual({ heading: 'attendees', after: '' });
    expect(headingOf('Present: Mayor Ruth Allen, Ken Ito', en)).toEqual({ heading: 'attendees', after: 'Mayor Ruth Allen, Ken Ito' });
    expect(headingOf('Ausentes: Pamela Reyes', es)).toEqual({ heading: 'absent', after: 'Pamela Reyes' });
  });
  it('tries the headings in order: "Temas tratados" is the discussion, not the agenda', () => {
    expect(headingOf('Temas tratados', es)?.heading).toBe('discussion');
    expect(headingOf('Temas', es)?.heading).toBe('agenda');
  });
  it('goes on to a later heading when the first match is no heading', () => {
    // "Absent" starts the absent pattern, but a sentence after it is no label; no later heading takes it either.
    expect(headingOf('Absent members will be contacted by the clerk before the next regular meeting of the board', en)).toBeNull();
  });
  it('cleans markup, bullets and quotes before the heading word', () => {
    expect(headingOf('**Asistentes:** Ana Ruiz', es)).toEqual({ heading: 'attendees', after: 'Ana Ruiz' });
    expect(headingOf('- Agenda', en)).toEqual({ heading: 'agenda', after: '' });
    expect(headingOf('“Acuerdos:', es)).toEqual({ heading: 'agreements', after: '' });
  });
  it('takes a numbered line only as a bare attendance heading, with or without the caller\'s numbering', () => {
    for (const line of ['2.1 Members Present', '3. Minutes of the last meeting']) {
      expect(headingOf(line, en, splitNumbering(line))).toEqual(headingOf(line, en));
    }
    expect(headingOf('2.1 Members Present', en)).toEqual({ heading: 'attendees', after: '' });
    expect(headingOf('3. Agenda', en)).toBeNull();
  });
  it('turns away long prose', () => {
    expect(headingOf('Asistentes y vecinos comentan que la plaza necesita mejor iluminación y más bancas para los adultos mayores', es)).toBeNull();
  });
});

describe('a heading OCR left a speck after', () => {
  for (const line of ['Attendees -', 'ASISTENTES ,', 'Agenda —', 'Present |'])
    it(`"${line}" is still a bare heading`, () => expect(headingOf(line, keywords(/^[A-Z][a-z]/.test(line) ? 'en' : 'es'))?.after).toBe(''));
  it('a dash with names after it is no bare heading', () => expect(headingOf('Present - Ana Ruiz, Luis Paz', keywords('en'))?.after).not.toBe(''));
});
