// An attendance table's "Designation" column is the role; a sentence under the table opening with an article and
// a role ("The Treasurer read ...") names an office, not a row's person.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `LOTUS GARDEN APARTMENT OWNERS' ASSOCIATION
MINUTES OF THE MANAGING COMMITTEE MEETING
Date: 3rd March 2024

The following members were present:
Sr. No.\tName\tDesignation\tAttendance
1\tShri Prakash Menon\tChairman\tPresent
2\tSmt. Lata Raghavan\tTreasurer\tPresent
3\tShri Omkar Salvi\tMember\tLeave of absence

Subject No. 1: Confirmation of minutes.
The Treasurer read the minutes of the previous meeting.
`;

describe('an attendance table with a designation column', () => {
  it('reads the designation as the role and no office as a person', () => {
    const found = segment(MINUTES, 'en').attendees.map((a) => [a.name, a.role, a.status]);
    expect(found).toEqual([
      ['Prakash Menon', 'Chairman', 'present'],
      ['Lata Raghavan', 'Treasurer', 'present'],
      ['Omkar Salvi', 'Member', 'excused'],
    ]);
  });
});
