// A roll-call item's sentences naming officers by role, without titles: "Present were President X, ...", "Trustee Y
// was excused.", "Business Agent Z ... also attended." ("Sergeant-at-Arms" is one role.)
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `BREWERY AND BOTTLING WORKERS, LOCAL 604
Executive Board Meeting Minutes
Tuesday, March 7, 2023

ORDER OF BUSINESS
1. Roll Call of Officers
2. Reading of Minutes

1. Roll Call of Officers
Present were President Marta Kowalczyk, Vice President Dale Oakes, Recording Secretary Priya Natarajan, and Sergeant-at-Arms Luis Ortega. Trustee Greta Lindqvist was excused. Business Agent Omar Haddad also attended.

2. Reading of Minutes
M/S/C to approve the minutes as read.
`;

describe('a roll call without titles', () => {
  it('reads each sentence with its status', () => {
    const found = segment(MINUTES, 'en').attendees.map((a) => [a.name, a.role, a.status]);
    expect(found).toEqual([
      ['Marta Kowalczyk', 'President', 'present'],
      ['Dale Oakes', 'Vice President', 'present'],
      ['Priya Natarajan', 'Recording Secretary', 'present'],
      ['Luis Ortega', 'Sergeant-at-Arms', 'present'],
      ['Greta Lindqvist', 'Trustee', 'excused'],
      ['Omar Haddad', 'Business Agent', 'present'],
    ]);
  });
});
