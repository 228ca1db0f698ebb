// Attendees set in two columns, each cell "Name – Role": every cell is an entry of its own. "Lead" ends a role.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const SYNC = `Harbourline Freight – Data Platform
Project Kestrel weekly sync
Tuesday 2025-04-08, 09:30–10:15, conf. room "Aral" + Zoom
Facilitator: Maren Holt    Notes: Tomasz Wierzba

Attendees
Maren Holt – Engineering Manager\tTomasz Wierzba – Data Engineer
Aisha Bello – Staff Engineer\tGreg Lund – QA Lead

Topics
1) Pipeline migration
2) Q3 scope

1) Pipeline migration
Aisha: 9 of 12 jobs are running on the new scheduler. The rest wait for the schema change.
DECISION: the cutover moves to Apr 22. Nobody objected.
`;

describe('entries in columns', () => {
  it('reads each cell as an entry', () => {
    const found = segment(SYNC, 'en').attendees.map((a) => [a.name, a.organization, a.role]);
    expect(found).toEqual([
      ['Maren Holt', null, 'Engineering Manager'],
      ['Tomasz Wierzba', null, 'Data Engineer'],
      ['Aisha Bello', null, 'Staff Engineer'],
      ['Greg Lund', null, 'QA Lead'],
    ]);
  });
});
