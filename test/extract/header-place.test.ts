// Where the meeting was held: in the opening sentence without an article, on the line under the date with a room
// number, after the date and time on their own line; "held in Public" says how, not where.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const body = `
Present: Ada Quell, Bram Otter, Cleo Marsh.

1. Budget
The committee reviewed the spring budget and agreed to keep the reserve at its present level.
`;

describe('the place of the meeting', () => {
  it('is read after "in" and a capital in the opening sentence', () => {
    const h = segment(`WILLOW BEND PARKS COMMITTEE\nMINUTES OF THE REGULAR MEETING\nMarch 3, 2021\n\nThe regular meeting of the Willow Bend Parks Committee was called to order by Chair Ada Quell at 6:30 p.m. in Room 12 of the Civic Building, 9 Mill Lane.\n${body}`, 'en').header;
    expect(h.location).toBe('Room 12 of the Civic Building, 9 Mill Lane');
  });

  it('is not "in person" nor "in Public"', () => {
    const h = segment(`Willow Bend Parks Trust\nMinutes of the Board Meeting held in Public\nThursday 4 March 2021, 10.00am\n\nThe meeting was held in person and opened at 10.00am.\n${body}`, 'en').header;
    expect(h.location).toBeNull();
  });

  it('is the line under the date, a room number after its noun', () => {
    const h = segment(`Willow Bend Parks Trust\nMinutes of the Board Meeting held in Public\nThursday 4 March 2021, 10.00am\nTraining Room 3, Garden Centre, Willow Bend Hospital\n${body}`, 'en').header;
    expect(h.location).toBe('Training Room 3, Garden Centre, Willow Bend Hospital');
  });

  it('is what the date line holds after its date and time', () => {
    const h = segment(`Willow Bend Parks Trust\nBoard of Directors – Open Session Minutes\nMonday, March 8, 2021 · 7:00 PM · Willow Bend Activity Center, Room B\n${body}`, 'en').header;
    expect(h.location).toBe('Willow Bend Activity Center, Room B');
  });

  it('ends a title running on into its date after a dash, and reads the place after the time', () => {
    const h = segment(`Willow Bend Parks Trust\nMeeting minutes – March 8, 2021, 4:00–5:10 pm, Quarry Hall 12 and Zoom\n${body}`, 'en').header;
    expect([h.title, h.location, h.startTime, h.endTime]).toEqual(['Meeting minutes', 'Quarry Hall 12 and Zoom', '16:00', '17:10']);
  });
});
