// An attendee row whose columns OCR ran together ("Lucy Fenwick Company Secretary (minutes)"): the name ends before
// the role's words; a surname that is also a role word ("Ann Dean") stays in the name.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `Northfield Community Health Trust
Board of Directors - Minutes

Present
Margaret Hollis Chair
Anna Louise Dean

In attendance
Gareth Pryor Company Secretary (minutes)
Imogen Walsh Director of Estates

BoD/24/01 Welcome and apologies
The Chair welcomed members.
`;

describe('an OCR row of a name and its role', () => {
  it('splits the name from the role', () => {
    const found = segment(MINUTES, 'en').attendees.map((a) => [a.name, a.role]);
    expect(found).toContainEqual(['Gareth Pryor', 'Company Secretary']);
    expect(found).toContainEqual(['Imogen Walsh', 'Director of Estates']);
    expect(found.map((a) => a[0])).toContain('Anna Louise Dean');
  });
});
