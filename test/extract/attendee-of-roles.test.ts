// A role holding "of" before a name ("Superintendent of Public Works Gene Baptiste") is one person's role; a rank
// ("Sgt.") is a title; a body after the name ends at a clause in lower case ("..., attended for item 5").
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `TOWN OF MAPLE RIDGE FALLS
BOARD OF TRUSTEES
MINUTES OF REGULAR MEETING
Tuesday, March 14, 1995

PRESENT: Mayor Helen J. Borowski; Trustees Arnold Pike and Susan Whitcombe.
ALSO PRESENT: Town Clerk Martha Lindqvist; Director of Parks Dennis Okafor; Superintendent of Public Works Ray Kowalski.
Officials: Sgt. Thabo Nkosi, Riverside Police Station, attended for item 3.

1. Minutes of the previous meeting
On motion of Trustee Pike, the minutes were approved.
`;

describe('roles holding "of" and ranked officials', () => {
  it('reads the name after the whole role and the body before the clause', () => {
    const found = segment(MINUTES, 'en').attendees.map((a) => [a.name, a.role, a.organization]);
    expect(found).toContainEqual(['Dennis Okafor', 'Director of Parks', null]);
    expect(found).toContainEqual(['Ray Kowalski', 'Superintendent of Public Works', null]);
    expect(found.find((a) => a[0] === 'Thabo Nkosi')?.[2]).toBe('Riverside Police Station');
    expect(found).toHaveLength(7);
  });
});
