// A numbered roll call among the numbered items ("II. ROLL CALL" after "I. CALL TO ORDER", or a first "1) Roll
// Call of Members") is an item of the discussion as well as the attendee list.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ROMAN = `VILLAGE OF PINE HOLLOW
BOARD OF TRUSTEES
REGULAR MEETING MINUTES
Tuesday, March 3, 2015

I. CALL TO ORDER

President Ada Moreno called the meeting to order at 6:30 p.m. in the Village Hall.

II. ROLL CALL

Trustee Victor Lang – present
Trustee Helen Osei – present
Trustee Brian Kowal – absent

III. APPROVAL OF MINUTES

The minutes of February 3, 2015 were approved as presented.
`;

const FIRST = `RIVERBEND MACHINISTS LODGE 88
Minutes of the Lodge Officers Meeting
Monday, June 9, 1986

The meeting was called to order by President Ruth Calder at 7:00 P.M. in the lodge hall.

1) Roll Call of Members
Secretary – Sis. Nora Pell – present
Treasurer – Bro. Owen Hale – present

2) Correspondence
A letter from the district council was read and filed.
`;

describe('a numbered roll call among the items', () => {
  it('makes its part after a first item', () => {
    const r = segment(ROMAN, 'en');
    expect(r.discussion.map((d) => d.title)).toEqual(['CALL TO ORDER', 'ROLL CALL', 'APPROVAL OF MINUTES']);
    expect(r.discussion[1]!.text).toContain('Helen Osei');
    expect(r.attendees.map((a) => a.name)).toContain('Brian Kowal');
  });
  it('makes its part when it is the first item ("Roll Call of Members")', () => {
    const r = segment(FIRST, 'en');
    expect(r.discussion.map((d) => d.title)).toEqual(['Roll Call of Members', 'Correspondence']);
    expect(r.zones!.find((z) => z.text.startsWith('Treasurer'))!.zone).toBe('attendees');
  });
});
