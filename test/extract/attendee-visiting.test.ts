// "Visiting:" lists guests, whatever list came before it; a lower-case parenthesis holding no role word says why
// someone was away ("(sabbatical leave)"), no role.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const NOTES = `# Harbourline Maps core team sync

When: 2025-04-09 15:00 UTC

Present
Agnieszka Wolna – Fjordsoft (facilitator)
Tobias Renner – Fjordsoft
Absent: Mirela Costa (sabbatical leave)
Visiting: Kenji Arakawa – Hokkaido Coastal Survey, interested in the tide gauge importer

Agenda
- Release planning
`;

describe('a visiting line after an absent one', () => {
  it('reads the visitor as a guest and the leave as no role', () => {
    const found = segment(NOTES, 'en').attendees.map((a) => [a.name, a.role, a.organization, a.status]);
    expect(found).toContainEqual(['Mirela Costa', null, null, 'absent']);
    expect(found).toContainEqual(['Kenji Arakawa', null, 'Hokkaido Coastal Survey', 'guest']);
  });
});
