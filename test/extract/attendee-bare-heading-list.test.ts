// A list heading alone on its line ("PRESENT", "IN ATTENDANCE") with the list on the next: role words before the
// names ("Members Ana Ruiz, ...") are no table header row, and the line is read as a list. Under an apologies
// heading, "MOVED: Member X" is a motion's mover and "Resolution number ABC/2020/4" no body.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `Kowhai Valley District Council

Tarawera Heights Community Board
OPEN MINUTES

Minutes of a meeting of the Tarawera Heights Community Board held in the Tarawera Heights Hall, 12 Totara Road on Tuesday 3 May 2022 commencing at 6:00pm.

PRESENT
Chairperson Aroha Ngata, Deputy Chairperson Brent Colley, Members Fiona Dunmore, Sione Latu and Keri Walsh.

IN ATTENDANCE
Graham Petrie (Board Advisor), Mele Tupou (Parks Manager), Joanne Kerr (Committee Secretary).

1 APOLOGIES
Resolution number THCB/2022/11
MOVED: Member Walsh
SECONDED: Member Dunmore
That the apology received from Member Ian Rawiri be accepted.
CARRIED

2 CONFIRMATION OF MINUTES
Resolution number THCB/2022/12
MOVED: Deputy Chairperson Colley
SECONDED: Member Latu
That the minutes of the meeting held on 5 April 2022 be confirmed as a true and correct record.
CARRIED
`;

describe('a list under a bare heading', () => {
  it('reads each name with the role before it, and no motion line', () => {
    const found = segment(MINUTES, 'en').attendees.map((a) => [a.name, a.organization, a.role]);
    expect(found).toEqual([
      ['Aroha Ngata', null, 'Chairperson'],
      ['Brent Colley', null, 'Deputy Chairperson'],
      ['Fiona Dunmore', null, 'Member'],
      ['Sione Latu', null, 'Member'],
      ['Keri Walsh', null, 'Member'],
      ['Graham Petrie', null, 'Board Advisor'],
      ['Mele Tupou', null, 'Parks Manager'],
      ['Joanne Kerr', null, 'Committee Secretary'],
    ]);
  });
});
