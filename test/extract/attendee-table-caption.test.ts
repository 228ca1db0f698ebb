// An attendance table: its caption line ("SENATORS") is no body, a role in parentheses in the name cell is the
// role, and a labelled list line under the table ("Ex officio: ...") is read as a list, not as a row's role.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `ASHGROVE TECHNICAL COLLEGE
ACADEMIC SENATE
Minutes of the Regular Meeting
May 6, 2022, 3:30 p.m., Room 12, Mercer Hall

SENATORS
Name\tDepartment\tAttendance
Lorna Whitfield (Chair)\tChemistry\tPresent
Tobias Grell\tPhysics\tPresent
Ursula Mbeki\tDrama\tAbsent

Ex officio: Raymond Castellanos, Provost; Ida Fenwick, Registrar

AGENDA
I. Call to Order
II. Approval of the Minutes
`;

describe('an attendance table with a caption', () => {
  it('reads rows, roles in the name cell and the list under it', () => {
    const found = segment(MINUTES, 'en').attendees.map((a) => [a.name, a.organization, a.role, a.status]);
    expect(found).toEqual([
      ['Lorna Whitfield', 'Chemistry', 'Chair', 'present'],
      ['Tobias Grell', 'Physics', null, 'present'],
      ['Ursula Mbeki', 'Drama', null, 'absent'],
      ['Raymond Castellanos', null, 'Provost', 'present'],
      ['Ida Fenwick', null, 'Registrar', 'present'],
    ]);
  });
});
