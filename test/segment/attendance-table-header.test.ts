// An attendance table right under the opening ("Name<tab>Title<tab>Attendance") is the attendee list, every row of
// it; the caps heading after it opens the body and is not the title. "Proceedings – Special Session" is a title.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `GRANITE COUNTY, IDAHO
BOARD OF COUNTY COMMISSIONERS
Proceedings – Special Session
Monday, March 2, 1998

The Board met in special session at 1:30 p.m. in the Commission Room of the Granite County Courthouse.

Name\tTitle\tAttendance
Walter P. Osgood\tChairman\tPresent
Irene Baptiste\tCommissioner\tPresent
Tomas Engstrom\tClerk of the Board\tPresent
Dana Whitlock\tCounty Engineer\tPresent

BRIDGE REPAIR BIDS

Commissioner Baptiste moved to accept the low bid of Salmon River Builders. Chairman Osgood seconded. Motion carried 2-0.

CORRESPONDENCE

The Clerk read a letter from the state highway district about the spring load limits.

The meeting adjourned at 2:40 p.m.
`;

describe('an attendance table under the opening', () => {
  const r = segment(MINUTES, 'en');
  it('is all attendees', () => {
    for (const row of ['Name\t', 'Walter', 'Irene', 'Tomas', 'Dana']) expect(r.zones!.find((z) => z.text.startsWith(row))!.zone).toBe('attendees');
  });
  it('leaves the caps heading after it to the body, and the title to the Proceedings line', () => {
    expect(r.header.title).toBe('Proceedings – Special Session');
    expect(r.discussion.map((d) => d.title)).toEqual(['BRIDGE REPAIR BIDS', 'CORRESPONDENCE']);
  });
});
