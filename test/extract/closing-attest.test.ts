// Closing lines of county and mill minutes: an attesting clerk, a copies list after who took the minutes, and an
// adjournment voted as a resolution.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const minutes = (tail: string) => `BOARD OF TRUSTEES
MARLOWE TOWNSHIP, OHIO
MINUTES OF REGULAR SESSION
Monday, March 9, 2026

The Marlowe Township Board of Trustees met in regular session at 7:00 p.m. in the Township Hall.

Members present: Trustees Abel Quimby, Nora Fenwick and Otis Brandt.

ROADS

Trustee Brandt reported that the grader needs new blades before the spring season.

ADJOURNMENT

${tail}
`;

describe('closing: attest, copies, adjournment resolutions', () => {
  it('reads the attesting clerk as who prepared the minutes', () => {
    const s = segment(minutes('There being no further business, the meeting adjourned at 8:14 p.m.\n\nAbel Quimby, Chair\nATTEST: Wilma Dorsey, Township Fiscal Officer'), 'en');
    expect(s.closing.preparedBy).toBe('Wilma Dorsey');
    expect(s.closing.adjournedAt).toBe('20:14');
  });

  it('ends who took the minutes at a "Copies:" list, which is the distribution', () => {
    const s = segment(minutes('The meeting adjourned at 8:14 p.m.\n\nMinutes taken by Wilma Dorsey. Copies: trustees, township website, road crew.'), 'en');
    expect(s.closing.preparedBy).toBe('Wilma Dorsey');
    expect(s.closing.distribution).toBe('trustees, township website, road crew');
  });

  it('reads the time of an adjournment voted as a resolution', () => {
    const s = segment(minutes('Res. 14-26 Fenwick: That this meeting adjourn at 8:31 p.m. CARRIED.'), 'en');
    expect(s.closing.adjournedAt).toBe('20:31');
    expect(s.header.endTime).toBe('20:31');
  });
});
