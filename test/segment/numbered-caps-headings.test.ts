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
