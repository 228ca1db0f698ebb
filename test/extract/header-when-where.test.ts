// Header lines that run title, time and place together: a title with its date after a comma, a "Meeting held
// <time>, <place>" line.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

describe('header: title and place run together with the time', () => {
  it('ends a title at a comma before its date', () => {
    const s = segment(`Lanternwick Project – Steering Group
Meeting notes, 2026-02-03

Present
Imke Rasmussen (chair)

Releases
The group agreed to cut the 2.4 release next week.
`, 'en');
    expect(s.header.title).toBe('Meeting notes');
    expect(s.header.date).toBe('2026-02-03');
  });

  it('reads the place after the time on a "Meeting held" line', () => {
    const s = segment(`Orvell Castings Ltd – Dunmore Works
Plant Safety Committee
Minutes of monthly meeting – May 12, 2026

Meeting held 2:00–3:15 p.m., Conference Room C, Main Office, 40 Foundry Lane, Dunmore.

Members present: Ilse Kemper, Works Manager; Rafe Odum, Safety Steward

Review of previous minutes
Accepted as written.
`, 'en');
    expect(s.header.location).toBe('Conference Room C, Main Office, 40 Foundry Lane, Dunmore');
    expect(s.header.startTime).toBe('14:00');
    expect(s.header.endTime).toBe('15:15');
  });
});
