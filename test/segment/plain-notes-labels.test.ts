// Plain-English notes name their parts in words: "Officers at the meeting: ..." lists who came, "What we talked
// about" lists the topics (then gone through one by one), "To do" heads the tasks.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const NOTES = `Maple Row Residents Group
Monthly Meeting Notes – Saturday, April 6, 2024
Held in the back room of the Ridge Street library, 10:00–11:30 am

Members at the meeting: Priya Nand (chair), Colm Avery (treasurer) and Jo Whitcomb (notes)

What we talked about
Street lighting
Spring clean-up day
Bike racks

Street lighting
Three lamps on Ridge Street have been out since February. Priya will call the city again and ask for a date.

Spring clean-up day
The clean-up is on April 27 from 9 to noon. Colm has bags and gloves from last year.

Bike racks
The library agreed to host two racks. Jo will ask the city for the permit form.

To do
– Priya — call the city about the lamps — by April 12
– Colm — buy more bags — by April 20

Meeting ended at 11:30.
`;

describe('plain-English labels in notes', () => {
  const r = segment(NOTES, 'en');
  const zone = (start: string) => r.zones!.find((z) => z.text.startsWith(start))!.zone;
  it('reads "Members at the meeting:" as the attendee list, and no place from it', () => {
    expect(zone('Members at the meeting')).toBe('attendees');
    expect(r.header.location ?? '').not.toContain('Priya');
  });
  it('reads "What we talked about" as the agenda', () => {
    expect(r.agenda.map((a) => a.title)).toEqual(['Street lighting', 'Spring clean-up day', 'Bike racks']);
    expect(r.discussion.map((d) => d.title)).toEqual(['Street lighting', 'Spring clean-up day', 'Bike racks']);
  });
  it('reads "To do" as the agreements heading', () => {
    expect(zone('To do')).toBe('agreements');
    expect(r.discussion[2]!.text).not.toContain('To do');
  });
});
