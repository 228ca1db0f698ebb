import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { splitNumbering } from '../../src/extract/text.js';

// Invented minutes of a village water committee: a printed agenda, then each item headed "Agenda n: title".
const WATER = [
  'Minutes of the Village Water and Sanitation Committee',
  'Date: 04.09.2024 Time: 11.00 a.m. Place: Panchayat Hall',
  '',
  'Members present: Sri. K. Venkatesh (President), Smt. Leela R. (Secretary), Sri. Anand P.',
  '',
  'Agenda:',
  '1. Confirmation of previous proceedings',
  '2. Repair of the overhead tank',
  '3. Water charges',
  '',
  'Agenda 1: Confirmation of previous proceedings',
  'The Secretary read the proceedings of the last meeting. They were confirmed.',
  '',
  'Agenda 2: Repair of the overhead tank',
  'The tank leaks at the outlet valve. The President will get two estimates before the next meeting.',
  '',
  'Agenda 3: Water charges',
  'Members discussed arrears of Rs. 8,200 from eleven households. Notices will be served this month.',
].join('\n');

describe('items headed "Agenda n: title"', () => {
  it('splits the number from "Agenda 3: ..." and "Agenda Item 4 – ..."', () => {
    expect(splitNumbering('Agenda 3: Water charges')).toEqual({ number: '3', rest: 'Water charges' });
    expect(splitNumbering('Agenda Item 4 – Roads')).toEqual({ number: '4', rest: 'Roads' });
  });

  it('keeps the printed agenda and cuts the discussion at each item', () => {
    const s = segment(WATER, 'en');
    expect(s.agenda.map((a) => a.number)).toEqual(['1', '2', '3']);
    expect(s.discussion.map((p) => p.agendaNumber)).toEqual(['1', '2', '3']);
    expect(s.discussion[2]!.text).toMatch(/^Members discussed arrears/);
  });
});
