// Roles before names in English lists: plural role prefixes ("Supervisors A, B and C"), capitalised roles whose
// first words are no role's, council titles ("Cllr", OCR's "Clir", "District Cllr") and seats in parentheses.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const people = (text: string) => segment(text, 'en').attendees.map((a) => `${a.status} ${a.name} | ${a.organization} | ${a.role}`);

describe('role prefixes', () => {
  const MINUTES = `MINUTES OF THE REGULAR MEETING OF THE HOLLOWAY TOWNSHIP COUNCIL

Present: Warden Agnes Pryor; Councillors Moritz Haldane (Ward 2), Lucia Fenn (Ward 4) and Bram Oduya (Ward 5); Clerk Tessa Kim.
Absent: Councillor Ivo Marchetti (Ward 1).
Also present: Fleet Maintenance Coordinator Dorian Beale, Foreman Rufus Clay.

1. CALL TO ORDER
Warden Pryor called the meeting to order at 7:00 p.m.
`;
  const found = people(MINUTES);

  it('gives a plural role prefix, in the singular, to the names it heads, and no seat as a body', () => {
    expect(found).toContain('present Moritz Haldane | null | Councillor');
    expect(found).toContain('present Lucia Fenn | null | Councillor');
    expect(found).toContain('present Bram Oduya | null | Councillor');
    expect(found).toContain('absent Ivo Marchetti | null | Councillor');
  });

  it('splits a capitalised role ending in a role word off the name after it', () => {
    expect(found).toContain('present Dorian Beale | null | Fleet Maintenance Coordinator');
    expect(found).toContain('present Rufus Clay | null | Foreman');
    expect(found).toContain('present Agnes Pryor | null | Warden');
  });

  it('reads council titles as the role, OCR\'s "Clir" too', () => {
    const text = `Minutes of the Meeting of Little Fenwick Parish Council

Present: Cllr Oona Tate (Chairman), Clir Piers Allard, Cllr Hattie Long
In attendance: Mrs Gail Rudd (Clerk), District Cllr Ned Voss

1. Apologies
None.
`;
    const got = people(text);
    expect(got).toContain('present Oona Tate | null | Chairman');
    expect(got).toContain('present Piers Allard | null | Councillor');
    expect(got).toContain('present Hattie Long | null | Councillor');
    expect(got.some((a) => a.includes('Ned Voss | null | District Councillor'))).toBe(true);
  });
});
