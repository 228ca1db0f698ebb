// English bodies after a name: a parenthesis of capitalised words ending in a body's word ("(Wealdshire District
// Council)") and "City of X" after a role.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `Little Brampton Parish Council
Minutes of the meeting held on 9 October 2023

Present: Cllr Ruth Eames (Chair), Cllr Owen Pryce
In attendance: District Cllr P. Garland (Mendip Vale District Council)
Guests: Colin Marsh, Public Works Director, City of Harrowgate.

1. Apologies
None.
`;

describe('English bodies after a name', () => {
  it('are the organisations', () => {
    const found = segment(MINUTES, 'en').attendees.map((a) => [a.name, a.organization, a.role]);
    expect(found).toContainEqual(['P. Garland', 'Mendip Vale District Council', 'District Councillor']);
    expect(found).toContainEqual(['Colin Marsh', 'City of Harrowgate', 'Public Works Director']);
  });
});
