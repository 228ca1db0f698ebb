// A heading's list the page broke after a comma or a title ("Present: ..., Prof. Luis Paz, Assoc." / "Prof. Eva
// Gil, ...") goes on on the next line: one list, the title kept with its name.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `Department of Marine Biology
Graduate Studies Committee
Meeting minutes - May 2, 2024, 2:00-3:15 pm, Room 110

Present: Prof. Helga Sorensen (chair), Prof. Martin Achebe, Assoc.
Prof. Lydia Crane, Asst. Prof. Omar Farouk, Beth Yoon (student representative)
Absent: Prof. Ivan Petrov

1. Approval of the agenda
The agenda was approved.
`;

describe('a heading list broken after a title', () => {
  it('is read as one list', () => {
    const found = segment(MINUTES, 'en').attendees.map((a) => [a.name, a.role, a.organization]);
    expect(found).toEqual([
      ['Helga Sorensen', 'chair', null],
      ['Martin Achebe', null, null],
      ['Lydia Crane', null, null],
      ['Omar Farouk', null, null],
      ['Beth Yoon', 'student representative', null],
      ['Ivan Petrov', null, null],
    ]);
  });
});
