// Closing lines of less formal minutes: "Minutes:" and "Distributed to:" labels, a next teleconference, a call that
// ended, and the end it gives the header.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const minutes = (time: string, tail: string) => `Pumpkin Seed Exchange Working Group – Call
Date: 2024-10-08
Time: ${time}

Present
Ada Quell, Greenhill Farms
Bram Otter, Seedwise

1. Catalogue
The group reviewed the draft catalogue and agreed on the layout for the autumn issue.

Action items

ACTION: Bram to send the catalogue to the printer by 2024-10-15.

${tail}
`;

describe('closing lines', () => {
  it('reads who took the minutes, where they went, the next call and when this one ended', () => {
    const s = segment(minutes('09:00–10:00 UTC', 'The call ended at 09:52 UTC. Next teleconference: 2024-11-12, 09:00 UTC.\n\nMinutes: Ada Quell. Distributed to: the seed list and the wiki.'), 'en');
    expect(s.closing).toEqual({ preparedBy: 'Ada Quell', preparedOn: null, nextMeeting: '2024-11-12', distribution: 'the seed list and the wiki', adjournedAt: '09:52' });
    // The time the call ended beats the time it was called for.
    expect(s.header.endTime).toBe('09:52');
  });

  it('reads "Minutes:" with a role after the name, and not before a sentence about the last minutes', () => {
    expect(segment(minutes('09:00 UTC', 'Minutes: Ada Quell, Company Secretary'), 'en').closing.preparedBy).toBe('Ada Quell');
    expect(segment(minutes('09:00 UTC', 'Minutes: the minutes of the September call were approved.'), 'en').closing.preparedBy).toBeNull();
  });

  it('gives the afternoon to an adjournment OCR read without its meridiem', () => {
    const s = segment(minutes('6:00 pm – 8:15 pm', 'The meeting adjourned at 8:15 prn.'), 'en');
    expect(s.closing.adjournedAt).toBe('20:15');
    expect(s.header.endTime).toBe('20:15');
  });

  it('reads a secretary\'s dated signature block, not a signature alone', () => {
    const s = segment(minutes('09:00 UTC', '(Ada Quell)\nHonorary Secretary\nDate: 14th October 2024'), 'en');
    expect([s.closing.preparedBy, s.closing.preparedOn]).toEqual(['Ada Quell', '2024-10-14']);
    expect(segment(minutes('09:00 UTC', 'Ada Quell\nHonorary Secretary'), 'en').closing.preparedBy).toBeNull();
  });

  it('keeps the date another clause gives from the preparer\'s', () => {
    const s = segment(minutes('09:00 UTC', 'Minutes recorded by Ada Quell; approved by the group on November 12, 2024.'), 'en');
    expect([s.closing.preparedBy, s.closing.preparedOn]).toEqual(['Ada Quell', null]);
  });

  it('keeps a next meeting given in words, month and year', () => {
    const s = segment(minutes('09:00 UTC', 'The call ended at 09:40 UTC. The next meeting of the group will be held in the first week of December 2024; members will be told the date.'), 'en');
    expect(s.closing.nextMeeting).toBe('first week of December 2024');
  });
});
