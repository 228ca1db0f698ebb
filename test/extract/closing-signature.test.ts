// Who prepared the minutes when no closing label says it: a "Minutes:" label among the header's, and minutes ending
// on a single secretary's signature line.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const board = (tail: string) => `PEBBLE RIDGE IRRIGATION DISTRICT
MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS
March 4, 2026

The regular meeting of the Board of Directors was held at the District Office. President Lund called the meeting to order at 6:00 p.m.

DIRECTORS PRESENT: Arvid Lund, President; Coral Banks, Vice President

1. PUBLIC COMMENT

No members of the public addressed the Board.

2. ADJOURNMENT

There being no further business, President Lund adjourned the meeting at 6:48 p.m.

${tail}
`;

describe('closing: who prepared the minutes without a closing label', () => {
  it('reads a lone signature line of a secretary', () => {
    expect(segment(board('Odalys Pike, Board Secretary'), 'en').closing.preparedBy).toBe('Odalys Pike');
  });

  it('reads no one from a signature under the chair\'s', () => {
    expect(segment(board('Arvid Lund, President\nOdalys Pike, Board Secretary'), 'en').closing.preparedBy).toBeNull();
  });

  it('reads "Minutes: Name" among the header labels', () => {
    const s = segment(`Lanternwick Project – Steering Group
Meeting notes

When: 2026-02-03, 15:00–16:00 UTC
Chair: Imke Rasmussen
Minutes: Tobiah Greaves

Present
Imke Rasmussen (chair)
Tobiah Greaves (secretary)

Releases
The group agreed to cut the 2.4 release next week.
`, 'en');
    expect(s.closing.preparedBy).toBe('Tobiah Greaves');
  });
});
