// "Name, Role;" lists: a role that reads like a name stays with the name before it, a list label saying who
// attends is no role (its parenthesised body is each one's), and a capitals label gives a role as written.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const people = (text: string) => segment(text, 'en').attendees.map((a) => `${a.status} ${a.name} | ${a.organization} | ${a.role}`);

describe('"Name, Role;" lists', () => {
  const MINUTES = `Ostrander Gypsum Works – Joint Safety Committee
Minutes of meeting – March 4, 2025

Meeting held 9:00–10:15 a.m. in the training room of the quarry office, 18 Lime Kiln Road, Ostrander, with the co-chairs presiding.

Management members present: Lyle Penrose, Quarry Manager; Hedda Sorensen, Shipping Supervisor; Cal Dworkin, EHS Manager
Union members present (UMWA Local 415): Otis Garnett, Crane Operator; Bea Lindqvist, Safety Steward; Ty Moss, Loader Operator
Absent: Rolf Anders, Kiln Supervisor (on leave)
Guest: Nora Blythe, risk consultant, Tallgrass Mutual Insurance

Review of previous minutes
Accepted as written on a motion by Garnett, seconded by Sorensen, after a short discussion of the dust readings at the crusher and of the repairs to the conveyor guards that were promised last month.
`;
  const found = people(MINUTES);

  it('keeps a role that reads like a name with the name before it', () => {
    expect(found).toContain('present Lyle Penrose | null | Quarry Manager');
    expect(found).toContain('present Hedda Sorensen | null | Shipping Supervisor');
    expect(found).toContain('absent Rolf Anders | null | Kiln Supervisor');
    expect(found).toContain('guest Nora Blythe | Tallgrass Mutual Insurance | risk consultant');
    expect(found.some((a) => a.includes(' Quarry Manager |') || a.includes(' Kiln Supervisor |'))).toBe(false);
  });

  it('reads a label saying who attends as no role, its parenthesised body as theirs', () => {
    expect(found).toContain('present Otis Garnett | UMWA Local 415 | Crane Operator');
    expect(found).toContain('present Bea Lindqvist | UMWA Local 415 | Safety Steward');
  });

  it('gives the role a capitals label names as a role is written, and a bureau as a body', () => {
    const text = `MINUTES OF THE REGULAR MEETING OF THE BOARD OF TRUSTEES
March 3, 2025

TRUSTEES PRESENT: Ida Morrow, Chair; Walt Espinoza
STAFF PRESENT: Gus Lundy, Finance Manager
ALSO PRESENT: Fern Adair, Dunmore Farm Bureau

1. CALL TO ORDER
`;
    const got = people(text);
    expect(got).toContain('present Walt Espinoza | null | Trustee');
    expect(got).toContain('present Gus Lundy | null | Finance Manager');
    expect(got.some((a) => a.includes('Fern Adair | Dunmore Farm Bureau | null'))).toBe(true);
  });

  it('keeps a name with its own parenthesised role apart, even when its surname is a role word', () => {
    const text = `MINUTES OF THE MEETING OF THE TRUSTEES OF THE ASHCOMBE COMMUNITY HALL

Present: Ruth Allsop (Chair), Ken Mabey, Dora Finch
Also present: Owen Tarrant (Hall Manager), Lena Reeve (Bookings Officer), Ada Pym (Minute Secretary)

1. Apologies
None.
`;
    const got = people(text);
    expect(got).toContain('present Owen Tarrant | null | Hall Manager');
    expect(got).toContain('present Lena Reeve | null | Bookings Officer');
    expect(got).toContain('present Ada Pym | null | Minute Secretary');
  });
});
