// A heading word with a short note in brackets is still a bare heading ("Action log (new actions)"), and a first
// lettered section ("A. Welcome") ends the attendee list even with a blank line under it.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { headingOf } from '../../src/segment/headings.js';
import { keywords } from '../../src/segment/keywords.js';

const MINUTES = `Harbourside Sailing Club – Committee
Minutes of meeting no. 2023/04
Date: Tuesday 11 April 2023, 19:00–20:30

Present
Mara Quill (MQ) – Commodore
Dev Anand (DA) – Treasurer
Apologies: Lena Ross (LR) – Secretary

A. Previous minutes

Minutes of 14 March approved. All four open actions are closed.

B. Moorings

DA reported that the new mooring buoys arrive in May and will be laid by the harbour crew.

C. Any other business

MQ asked for volunteers for the spring work party on 22 April.

Action log (new actions)
Action\tOwner\tBy
Pay the mooring invoice\tDA\t30 Apr 2023
Update the members' handbook\tMQ\t31 May 2023
`;

describe('headings with notes in brackets', () => {
  it('reads "Action log (new actions)" as the agreements heading', () => {
    expect(headingOf('Action log (new actions)', keywords('en'))).toEqual({ heading: 'agreements', after: '' });
    expect(headingOf('Attendance (in person)', keywords('en'))).toEqual({ heading: 'attendees', after: '' });
    const r = segment(MINUTES, 'en');
    expect(r.zones!.find((z) => z.text.startsWith('Pay the mooring'))!.zone).toBe('agreements');
    expect(r.discussion.at(-1)!.text).not.toContain('Action');
  });
  it('ends the attendee list at a first lettered section over a blank line and its paragraph', () => {
    const r = segment(MINUTES, 'en');
    expect(r.zones!.find((z) => z.text.startsWith('A. Previous'))!.zone).toBe('discussion');
    expect(r.discussion.map((d) => d.title)).toEqual(['Previous minutes', 'Moorings', 'Any other business']);
  });
});
