// "Ian Marsh (IM) – Treasurer": the initials in parentheses are the person's, no body. "..., Dr Lena Cole (Registrar)
// and 12 members of the Society": a closing count of people names no one, and the name before it keeps its end.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ROWING = `Larchfield Sailing Club – Committee
Minutes of meeting no. 7

Date: Tuesday 4 March 2025, 19:00–20:30
Place: Clubhouse, Larchfield Quay

Present
Ian Marsh (IM) – Treasurer
Beatrice Anne Holt (BAH) – Secretary
Kofi Mensah (KM) – Club Captain

A. Previous minutes and action log
Minutes of 4 February approved without changes. Of the six open actions, four are closed and two carried forward.

B. Finance
IM presented the February accounts. Membership income is slightly ahead of budget after the spring intake.
`;

const SOCIETY = `THE WELLBROOK LITERARY SOCIETY
MINUTES OF THE ANNUAL GENERAL MEETING

held at the Reading Room, Wellbrook, on Saturday 12 October 2024 at 2.00 pm

In attendance: Mr Owen Hale (Librarian), Dr Lena Cole (Registrar) and 12 members of the Society.
Apologies: Mrs Ruth Amos (Treasurer), Ms Jo Penn (Secretary) and four other trustees.

1. WELCOME AND QUORUM
The Chair welcomed members and declared the meeting quorate, 31 members being present in person or by proxy.

2. MINUTES OF THE LAST AGM
The minutes had been circulated with the notice of meeting and were approved as a true record.
`;

describe('initials after a name', () => {
  it('are no organization', () => {
    const found = segment(ROWING, 'en').attendees.map((a) => [a.name, a.organization, a.role]);
    expect(found).toEqual([
      ['Ian Marsh', null, 'Treasurer'],
      ['Beatrice Anne Holt', null, 'Secretary'],
      ['Kofi Mensah', null, 'Club Captain'],
    ]);
  });
});

describe('a count closing a list', () => {
  it('is no entry and leaves the last name whole', () => {
    const found = segment(SOCIETY, 'en').attendees.map((a) => [a.name, a.role]);
    expect(found).toEqual([
      ['Owen Hale', 'Librarian'],
      ['Lena Cole', 'Registrar'],
      ['Ruth Amos', 'Treasurer'],
      ['Jo Penn', 'Secretary'],
    ]);
  });
});
