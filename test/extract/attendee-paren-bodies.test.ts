// English parentheses after a name: a body before a role, a capitalised body that reads like a name, a lower-case
// hyphenated note, and a tail saying the person sent regrets.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const people = (text: string) => segment(text, 'en').attendees.map((a) => `${a.status} ${a.name} | ${a.organization} | ${a.role}`);

describe('parentheses after a name', () => {
  const MINUTES = `Larkspur Mapping Collective – Steering Group
Meeting notes, 2025-03-12

Members present
Ines Varga (chair, member-elected)
Teo Brandt (Quillfield Labs)
Not present: Rhea Solano (Brightmoor Data) – sent regrets
Visitor: Amos Kettle (Larkspur Borough Council, Open Data Officer)

Budget
The group went through the spending plan for the year and agreed to keep the hosting costs under review.
`;
  const found = people(MINUTES);

  it('reads a body before a role, and a capitalised body that reads like a name', () => {
    expect(found).toContain('guest Amos Kettle | Larkspur Borough Council | Open Data Officer');
    expect(found).toContain('present Teo Brandt | Quillfield Labs | null');
  });

  it('drops a lower-case hyphenated note and reads "sent regrets" as the status', () => {
    expect(found).toContain('present Ines Varga | null | chair');
    expect(found).toContain('excused Rhea Solano | Brightmoor Data | null');
  });
});
