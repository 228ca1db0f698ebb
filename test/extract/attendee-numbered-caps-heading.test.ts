// A numbered heading in capitals between blank lines right under a roll call ("3. PLEDGE OF ALLEGIANCE") is no
// attendee: it names no person and no body.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const COUNCIL = `CITY OF PINE HOLLOW
CITY COUNCIL REGULAR MEETING MINUTES
Tuesday, March 11, 2025

1. CALL TO ORDER
Mayor Ruth Abernathy called the meeting to order at 7:00 p.m.

2. ROLL CALL
Council Members Present: Mayor Ruth Abernathy, Councilmember Oscar Lind, Councilmember Pia Moreau
Also Present: City Clerk Dora Finch

3. PLEDGE OF ALLEGIANCE

4. APPROVAL OF MINUTES
Motion by Lind, seconded by Moreau, to approve the minutes. Motion carried 3-0.
`;

describe('a numbered heading under a roll call', () => {
  const found = segment(COUNCIL, 'en').attendees;

  it('is no attendee', () => {
    expect(found.some((a) => (a.organization ?? a.name ?? '').includes('ALLEGIANCE'))).toBe(false);
  });

  it('leaves the roll call whole', () => {
    expect(found.map((a) => a.name)).toEqual(['Ruth Abernathy', 'Oscar Lind', 'Pia Moreau', 'Dora Finch']);
  });
});
