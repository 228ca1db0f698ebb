// Numbered lines that are items of one list or another: attendees, "Item No." headings, action points.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { isPageNumber } from '../../src/segment/furniture.js';

const MINUTES = `MINUTES OF THE 12TH MEETING OF THE MANAGING COMMITTEE

Date: 4th March 2024

The following members were present:
1. Dr. Kavita Rao – President
2. Mr. Sunil Menon – Treasurer
3. Ms. Farida Khan – Member
Leave of absence was granted to Mr. Joseph Dsouza, Member.

The President welcomed the members and the meeting took up the following agenda.

Item No. 1: Confirmation of the minutes of the 11th meeting
The minutes of the 11th meeting were taken as read and confirmed.

Item No. 2: Annual budget
The Treasurer presented the budget for the coming year, which was discussed at length.

Action points:
(a) Circulate the revised budget to all members – Treasurer – by 15th March 2024
(b) Renew the lease of the clinic premises – President – by 31st March 2024

(Kavita Rao)
President
Date: 6th March 2024
`;

describe('a document of numbered lists', () => {
  const s = segment(MINUTES, 'en');
  it('keeps the numbered attendee list whole though its last entry stands over a sentence', () => {
    expect(s.attendees.slice(0, 3).map((a) => a.name)).toEqual(['Kavita Rao', 'Sunil Menon', 'Farida Khan']);
  });
  it('reads "Item No. 1:" headings as the discussion\'s items, not an agenda after the sentence naming it', () => {
    expect(s.agenda).toEqual([]);
    expect(s.discussion.map((d) => [d.agendaNumber, d.title])).toEqual([['1', 'Confirmation of the minutes of the 11th meeting'], ['2', 'Annual budget']]);
  });
  it('reads the action points as agreements, and the signature in parentheses as the closing', () => {
    expect(s.agreements.map((a) => a.text.slice(0, 22))).toEqual(['Circulate the revised ', 'Renew the lease of the']);
    const zoneOf = (t: string) => s.zones.find((z) => z.text === t)?.zone;
    expect(zoneOf('(Kavita Rao)')).toBe('closing');
  });
});

describe('a page counter OCR bent', () => {
  it('"Page 2 af 2" is one', () => expect(isPageNumber('Page 2 af 2')).toBe(true));
});
