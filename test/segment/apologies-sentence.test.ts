// "Sederunt:" (Scots) labels who was present, and a sentence opening with the excused list's word ("Apologies were
// intimated from ...") right after it is attendance, not the start of the body.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTE = `GLENBURN COMMUNITY COUNCIL
Minute of Meeting held in the Glenburn Institute on Monday, 9th June, 1980, at 7.30 p.m.

Sederunt: Mr. R. Dunlop (Chairman), Mrs. M. Currie (Secretary), Mr. J. Baillie and Miss F. Orr.
Apologies were intimated from Mrs. K. Lennox and Mr. D. Paterson.

1. MINUTE.—The Minute of the previous meeting was approved.

2. STREET LIGHTING.—The Secretary reported that the District Council would repair the lamps in Mill Wynd.
`;

describe('a Scots sederunt and an apologies sentence', () => {
  const r = segment(MINUTE, 'en');
  it('are attendance', () => {
    expect(r.zones!.find((z) => z.text.startsWith('Sederunt'))!.zone).toBe('attendees');
    expect(r.zones!.find((z) => z.text.startsWith('Apologies were'))!.zone).toBe('attendees');
    const excused = r.attendees.filter((a) => a.status === 'excused').map((a) => a.name);
    expect(excused).toEqual(['K. Lennox', 'D. Paterson']);
  });
});
