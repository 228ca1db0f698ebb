// A sentence in the attendance block announcing the agenda ("... the following agenda was adopted:") leads items,
// not people: the lettered lines under it are no attendees.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `SALMON RIVER GROWERS' CO-OPERATIVE LIMITED

Minutes of Directors' Meeting No. 57

Present were: Duncan MacLellan, President, in the chair; Hector Boudreau, Secretary-Treasurer; and Directors Lloyd Ferguson and Neil Campbell.

The President declared a quorum present and the following agenda was adopted:
(a) Minutes of Meeting No. 56
(b) Grain storage
(c) New business

(a) Minutes of Meeting No. 56
Moved by Director Ferguson that the minutes be adopted. Carried.
`;

describe('an agenda announced in the attendance block', () => {
  it('lists no items as attendees', () => {
    const found = segment(MINUTES, 'en').attendees.map((a) => a.name ?? a.organization);
    expect(found).toEqual(['Duncan MacLellan', 'Hector Boudreau', 'Lloyd Ferguson', 'Neil Campbell']);
  });
});
