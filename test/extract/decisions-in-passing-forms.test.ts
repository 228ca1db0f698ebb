// Decisions told in sentences as minutes in Britain, Ireland and elsewhere write them: after a run-in heading's dash,
// with the mover named first, and a resolution closed by its vote in parentheses.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ASSOCIATION = `Glenholm Tenants' Association
Minute of Meeting held in the Scout Hut on 3rd March, 1981.

Present: Mrs. A. Reid (in the Chair), Mr. B. Orr, Miss C. Dunn.

1. HALL HIRE.—It was agreed that the hall be booked for the jumble sale on 4th April.

2. LIGHTING.—The lamp in Birch Row is still out. On the proposal of Mr. Orr, seconded by Miss Dunn, it was agreed to write to the Lighting Department.
`;

const PARISH = `Lowbury Parish Council
Minutes of the Planning Committee held on 2nd June 2020

Present: Cllr Ann Foy (Chairman), Cllr Ben Hale, Cllr Cara Ives.

PC/20/10 APOLOGIES FOR ABSENCE
Apologies were received from Cllr Dan Rowe.

PC/20/11 MINUTES
The minutes of the meeting held on 5th May 2020 were approved and signed as a correct record.

PC/20/12 PLANNING APPLICATIONS
a) 20/00101/FUL – Mill Lane: two dwellings.
RESOLVED to OBJECT on highway grounds. (For 3, Against 0)
b) 20/00122/HOU – 4 Church Row: porch.
RESOLVED to SUPPORT the application. (Unanimous)
Cllr Hale left the meeting.
`;

describe('decisions in passing', () => {
  const found = segment(ASSOCIATION, 'en').agreements.map((a) => a.text);
  it('reads "It was agreed" after a run-in heading\'s dash', () => {
    expect(found).toContain('It was agreed that the hall be booked for the jumble sale on 4th April.');
  });
  it('keeps the mover and seconder named before the decision', () => {
    expect(found).toContain('On the proposal of Mr. Orr, seconded by Miss Dunn, it was agreed to write to the Lighting Department.');
  });
});

describe('a resolution closed by its vote in parentheses', () => {
  it('ends at the vote, not at the next lines of its paragraph', () => {
    expect(segment(PARISH, 'en').agreements.map((a) => a.text).filter((t) => t.includes('RESOLVED'))).toEqual([
      'RESOLVED to OBJECT on highway grounds. (For 3, Against 0)',
      'RESOLVED to SUPPORT the application. (Unanimous)',
    ]);
  });
});
