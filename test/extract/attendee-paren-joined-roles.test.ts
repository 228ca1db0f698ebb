// A running "In attendance:" list whose parenthesised roles hold "and" ("Principal and Secretary to the Board"):
// the "and" joins the role, not two entries; the list's full stop after its last parenthesis is no role.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `St Fintan's National School
Board of Management
Minutes of Board Meeting

Date: Tuesday 7 March 2023

In attendance: Fr. Colm Brennan (Chairperson), Ms Aoife Tierney (Principal and Secretary to the Board), Mr Ciarán Daly (Parents' Nominee), Ms Orla Keane (Teachers' Nominee), Mr Liam Foley (Westbrook Credit Union).
Apologies: Ms Maeve Roche (Community Representative).

Item 1: Opening prayer
The Chairperson opened the meeting.
`;

describe('a running list with joined roles', () => {
  it('reads one entry per person', () => {
    const found = segment(MINUTES, 'en').attendees.map((a) => [a.name, a.role, a.organization, a.status]);
    expect(found).toEqual([
      ['Colm Brennan', 'Chairperson', null, 'present'],
      ['Aoife Tierney', 'Principal and Secretary to the Board', null, 'present'],
      ['Ciarán Daly', "Parents' Nominee", null, 'present'],
      ['Orla Keane', "Teachers' Nominee", null, 'present'],
      ['Liam Foley', null, 'Westbrook Credit Union', 'present'],
      ['Maeve Roche', 'Community Representative', null, 'excused'],
    ]);
  });
});
