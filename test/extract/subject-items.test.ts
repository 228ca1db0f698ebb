// "Subject No. n:" items as Indian housing societies print them: numbered items, not the header's subtitle.
import { describe, expect, it } from 'vitest';
import { splitNumbering } from '../../src/extract/text.js';
import { segment } from '../../src/segment/index.js';

describe('"Subject No. n:" items', () => {
  it('splits the number off', () => {
    expect(splitNumbering('Subject No. 3: Repairs to the overhead tank.')).toEqual({ number: '3', rest: 'Repairs to the overhead tank.' });
    expect(splitNumbering('Subject to the approval of the members, the fee stays.')).toBeNull();
  });

  it('reads them as the discussion, and none as the subtitle', () => {
    const s = segment(`GULMOHAR HEIGHTS CO-OPERATIVE HOUSING SOCIETY LTD.
MINUTES OF THE MEETING OF THE MANAGING COMMITTEE
Date: Sunday, 8th March 2026
Time: 11:00 a.m.

Present: Shri Arun Mehta (Chairman), Smt. Leela Rao (Secretary), Shri Joseph D'Souza (Treasurer)

The Chairman welcomed the members and the meeting commenced at 11:00 a.m.

Subject No. 1: To confirm the minutes of the previous meeting.
The Secretary read the minutes of the previous meeting, which were confirmed.

Subject No. 2: Repairs to the overhead tank.
The Treasurer placed two quotations before the committee.
`, 'en');
    expect(s.header.subtitle).toBeNull();
    expect(s.discussion.map((d) => d.agendaNumber)).toEqual(['1', '2']);
  });
});
