// English list entries: a comma inside parentheses, notes and credentials, "Name, Body" with connectors, rows of
// a table under a heading with no header row, and table status words.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const people = (text: string) => segment(text, 'en').attendees.map((a) => `${a.status} ${a.name} | ${a.organization} | ${a.role}`);

describe('list entries', () => {
  const MINUTES = `MINUTES OF THE REGULAR MEETING OF THE BOARD OF THE MAPLE GROVE LIBRARY

Trustees present: Assoc. Prof. Karen Holt, Asst. Prof. Leon Marsh, Ingrid van der Berg
Staff: Paul Odum (Chief Librarian), Rita Vance (Head, Youth Services), Omar Fell (Office Coordinator, recording)
Guests: Dana Pike, CPA, auditor, Pike Field Accounting; Jean Roy, Société de gestion de l'Estrie
Also present: Senior Technician Amy Lo

1. Call to order
The meeting was called to order at 7:00 p.m.
`;
  const found = people(MINUTES);

  it('leaves academic titles out of names and keeps "van der" inside one', () => {
    expect(found).toContain('present Karen Holt | null | Trustee');
    expect(found).toContain('present Leon Marsh | null | Trustee');
    expect(found).toContain('present Ingrid van der Berg | null | Trustee');
  });

  it('reads a comma inside parentheses as part of one entry, and a lone lower-case word there as a note', () => {
    expect(found).toContain('present Paul Odum | null | Chief Librarian');
    expect(found.some((a) => a.startsWith('present Rita Vance |'))).toBe(true);
    expect(found).toContain('present Omar Fell | null | Office Coordinator');
  });

  it('skips a credential and reads a body with lower-case connectors as the organization', () => {
    expect(found).toContain('guest Dana Pike | Pike Field Accounting | auditor');
    expect(found).toContain("guest Jean Roy | Société de gestion de l'Estrie | null");
  });

  it('reads a role word before the name', () => {
    expect(found).toContain('present Amy Lo | null | Senior Technician');
  });
});

describe('table rows', () => {
  const MINUTES = `MINUTES OF THE BOARD OF DIRECTORS, WESTFIELD COMMUNITY HEALTH TRUST

Present
Name\tRole
Joan Avery\tChair
Mark Ellis\tTreasurer

In attendance
Sara Quill\tCompany Secretary (minutes)
Tom Reddy\tLead Governor, Council of Governors

Attendance
Name\tStatus
Ann Cole\tPresent
Ben Dray\tApology

1. Welcome
The Chair welcomed members.
`;
  const found = people(MINUTES);

  it('reads a role with a note, or with the body after it, from a row under a heading', () => {
    expect(found).toContain('present Sara Quill | null | Company Secretary');
    expect(found).toContain('present Tom Reddy | Council of Governors | Lead Governor');
  });

  it('reads "Apology" as excused', () => {
    expect(found).toContain('excused Ben Dray | null | null');
  });
});
