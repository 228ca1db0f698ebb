// The body a header names: a body's organ after a dash, the committee nearest the title under a company's name, a
// number closing the name in the opening sentence.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const body = `
Present
Imke Rasmussen (chair)
Tobiah Greaves (secretary)

Releases
The group agreed to cut the 2.4 release next week.
`;

describe('header: organization lines', () => {
  it('keeps the organ named after a dash', () => {
    expect(segment(`Lanternwick Software Foundation – Board of Directors\nMeeting notes\n${body}`, 'en').header.organization).toBe('Lanternwick Software Foundation – Board of Directors');
    expect(segment(`Lanternwick Steering Committee – Weekly Sync\nMeeting notes\n${body}`, 'en').header.organization).toBe('Lanternwick Steering Committee');
  });

  it('takes the committee nearest the title under the company', () => {
    expect(segment(`Orvell Castings, Inc. – Dunmore Works\nPlant Safety Committee\nMinutes of monthly meeting – May 12, 2026\n${body}`, 'en').header.organization).toBe('Plant Safety Committee');
  });

  it('keeps the number closing a body\'s name in the opening sentence', () => {
    const s = segment(`Minutes of the Regular Meeting of Council

Minutes of the regular meeting of the Council of the Rural Municipality of Birch Hollow No. 412, held in the Council Chambers on Monday, June 1, 2026.

Present: Reeve Ansel Moor; Councillors Petra Vail and Hugh Lamont.

1. CALL TO ORDER
Reeve Moor called the meeting to order at 9:00 a.m.
`, 'en');
    expect(s.header.organization).toBe('Council of the Rural Municipality of Birch Hollow No. 412');
  });
});
