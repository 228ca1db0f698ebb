// OCR reads a list's semicolon after a parenthesis as a colon ("Ana Paz (treasurer): Luis Mora (secretary); ..."):
// still two entries.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `WARD 9 COMMITTEE
Minutes of the ordinary ward committee meeting

Members present: Lerato Dube (Youth sector representative): Sizwe Mhlongo (Health sector representative); Ayesha Patel (Business sector representative).

1. OPENING
The chairperson opened the meeting.
`;

describe('a semicolon read as a colon after a parenthesis', () => {
  it('still ends an entry', () => {
    const found = segment(MINUTES, 'en').attendees.filter((a) => a.name).map((a) => [a.name, a.role]);
    expect(found).toEqual([
      ['Lerato Dube', 'Youth sector representative'],
      ['Sizwe Mhlongo', 'Health sector representative'],
      ['Ayesha Patel', 'Business sector representative'],
    ]);
  });
});
