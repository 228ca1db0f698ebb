// "In attendance: Mrs X (Clerk and ...), District Cllr Y, PCSO Z, and five members of the public": the clause is no
// entry (the names are still a list), an acronym before a name is a title; "Apologies were received from Cllr A
// (work). Cllr B was absent.": the list ends with its sentence, the next says its own status.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `Thornbury Magna Parish Council
Minutes of the Parish Council Meeting held on 4 April 2024

Present: Cllr Joan Pickering (Chair), Cllr Terry Holt
In attendance: Mrs Gillian Marsh (Clerk and Responsible Financial Officer), District Cllr Omar Siddiqui, PCSO Kerry Dunn, and three members of the public

24/01 Apologies for absence
Apologies were received and accepted from Cllr Lisa Wren (family commitments). Cllr Dan Moor was absent.

24/02 Minutes
The minutes were approved.
`;

describe('an English attendance list with a clause', () => {
  it('reads each person and each status', () => {
    const found = segment(MINUTES, 'en').attendees.map((a) => [a.name, a.role, a.status]);
    expect(found).toEqual([
      ['Joan Pickering', 'Chair', 'present'],
      ['Terry Holt', 'Councillor', 'present'],
      ['Gillian Marsh', 'Clerk and Responsible Financial Officer', 'present'],
      ['Omar Siddiqui', 'District Councillor', 'present'],
      ['Kerry Dunn', 'PCSO', 'present'],
      ['Lisa Wren', 'Councillor', 'excused'],
      ['Dan Moor', 'Councillor', 'absent'],
    ]);
  });
});
