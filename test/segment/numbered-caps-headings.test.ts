import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { splitNumbering } from '../../src/extract/text.js';

// Invented minutes of a rural ward committee, headings printed "1 TITLE" (a number, a space, capitals).
const WARD = [
  'Tarawhiti Ward Committee',
  'MINUTES',
  '',
  'Minutes of a meeting of the Tarawhiti Ward Committee held at the Okere Hall on Monday 2 June 2025 at 6pm.',
  '',
  'PRESENT',
  'Chairperson Aroha Penfold, Members Lewis Grady and Tui Maaka.',
  '',
  '1 OPENING PRAYER',
  'Member Maaka opened the meeting.',
  '',
  '2 HALL MAINTENANCE',
  'The Committee considered the quotes for the roof.',
  'MOVED: Member Grady',
  'That the Committee:',
  'a) receives the quotes;',
  'b) accepts the quote from Okere Roofing.',
  'CARRIED',
  '',
  '3 GENERAL BUSINESS',
  'Member Grady raised the state of the car park and asked for it to be graded before winter.',
].join('\n');

describe('headings numbered "1 TITLE"', () => {
  it('splits a number and a space before a title in capitals', () => {
    expect(splitNumbering('4 CONFIRMATION OF MINUTES')).toEqual({ number: '4', rest: 'CONFIRMATION OF MINUTES' });
  });

  it('leaves a sentence in capitals wrapped after a number, and a title with a date', () => {
    expect(splitNumbering('5 BE STRICKEN AS WELL.')).toBeNull();
    expect(splitNumbering('12 JUNE 2025')).toBeNull();
  });

  it('cuts the discussion at each, the first one ending the attendee list, and a resolution\'s clauses head no part', () => {
    const d = segment(WARD, 'en').discussion;
    expect(d.map((p) => p.agendaNumber)).toEqual(['1', '2', '3']);
    expect(d[0]!.text).toBe('Member Maaka opened the meeting.');
    expect(d[1]!.text).toContain('a) receives the quotes;');
  });
});

describe('sub-items numbered "6a."', () => {
  it('splits a number and a lower-case letter before a capitalised title', () => {
    expect(splitNumbering('6a. Water tender replacement')).toEqual({ number: '6a', rest: 'Water tender replacement' });
  });

  it('cuts the discussion at each sub-item, as the agenda lists it', () => {
    const text = [
      'Minutes of the Harlan Creek Irrigation District Board',
      '',
      'Agenda',
      '1. Call to order',
      '2. Old business',
      '2a. Headgate repair',
      '2b. Ditch rider contract',
      '3. Adjourn',
      '',
      '1. Call to order',
      'Chair Delgado called the meeting to order at 6:30 p.m.',
      '',
      '2a. Headgate repair',
      'The contractor has replaced the north headgate; the south one will be done in April.',
      '',
      '2b. Ditch rider contract',
      'The Board renewed the contract with Sam Okafor for one more season.',
      '',
      '3. Adjourn',
      'The meeting was adjourned at 7:40 p.m.',
    ].join('\n');
    const d = segment(text, 'en').discussion;
    expect(d.map((p) => p.agendaNumber)).toEqual(['1', '2a', '2b', '3']);
  });
});

describe('minute references with the committee\'s letters', () => {
  it('splits "FC/24/17 TITLE" into the reference as printed and the title', () => {
    expect(splitNumbering('FC/24/17 BUDGET MONITORING')).toEqual({ number: 'FC/24/17', rest: 'BUDGET MONITORING' });
    expect(splitNumbering('FC/24/17. Budget monitoring')).toEqual({ number: 'FC/24/17', rest: 'Budget monitoring' });
  });
});
