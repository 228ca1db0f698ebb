// A case, item or hearing "adjourned to" a later date is continued, not the meeting closing: the sections after it
// stay discussion; the meeting's own adjournment still opens the closing.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `TOWN OF BRIAR GLEN PLANNING BOARD
Minutes of the Regular Meeting
Tuesday, May 14, 2019

1. Call to order
Chair Imelda Ortiz called the meeting to order at 7:00 PM.

2. Application 19-07 – 40 Quarry Road
The applicant asked for more time to revise the site plan. The application was adjourned to June 11, 2019 at the applicant's request.

3. Other business
Mr. Haines reported on the county training session for board members.

The meeting adjourned at 8:05 PM.
`;

describe('a matter adjourned to a later date', () => {
  it('does not close the meeting', () => {
    const r = segment(MINUTES, 'en');
    expect(r.zones!.find((z) => z.text.startsWith('The applicant asked'))!.zone).toBe('discussion');
    expect(r.discussion.map((d) => d.title)).toEqual(['Call to order', 'Application 19-07 – 40 Quarry Road', 'Other business']);
    expect(r.zones!.find((z) => z.text.startsWith('The meeting adjourned'))!.zone).toBe('closing');
    expect(r.closing.adjournedAt).toBe('20:05');
  });
});
