// One paragraph holding several labelled lists ("Trustees present: ... Trustee absent: ... Staff: ...; ...
// Visitor: ..."): each list is read with the status its own label names.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `PINE HOLLOW WATER DISTRICT
Minutes of the Regular Meeting of the Board of Trustees

Date: Monday, June 8, 2020
Time: 6:30 p.m.
Place: District office, 210 Mill Road, Pine Hollow

Trustees present: Dana Whitfield (Chair), Ron Castell (Treasurer), Mia Okoro (Trustee). Trustee absent: Paul Dreyer (Trustee). Staff: General Manager Lena Park; Office Manager Tom Beals. Visitor: Ruth Ivers, engineer, Delta Civil Group.

1. Call to order
Chair Whitfield called the meeting to order at 6:30 p.m.

2. Approval of minutes
The minutes of May 11 were approved as presented. 3-0.
`;

describe('several labelled lists in one paragraph', () => {
  it('reads each list with its own status', () => {
    const found = segment(MINUTES, 'en').attendees.map((a) => [a.name, a.role, a.status]);
    expect(found).toEqual([
      ['Dana Whitfield', 'Chair', 'present'],
      ['Ron Castell', 'Treasurer', 'present'],
      ['Mia Okoro', 'Trustee', 'present'],
      ['Paul Dreyer', 'Trustee', 'absent'],
      ['Lena Park', 'General Manager', 'present'],
      ['Tom Beals', 'Office Manager', 'present'],
      ['Ruth Ivers', 'engineer', 'guest'],
    ]);
  });
});
