// Header words of action and resolution tables as minutes outside the US print them.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const SCHOOL = `Parent Council of Elmbrook Primary
Minutes of the meeting held on 03.09.2024

Present: Asha Rao (Chair), Tom Vale, Lina Cruz.

Resolutions:
No.\tResolution\tResponsibility\tTime limit
1\tRepaint the library shelves\tTom Vale\t30.09.2024
2\tOrder new reading books\tHead Teacher\t15.10.2024
`;

const CREW = `Harbour Sailing Club Committee
Minutes of meeting 2025/03, 5 March 2025

Present: AB, CD, EF.

Action log
Action\tOwner\tBy
Renew the mooring licence\tAB\t31 Mar 2025
Fix the slipway light\tCD\tnext meeting
`;

describe('resolution and action table headers', () => {
  it('reads a "No. | Resolution | Responsibility | Time limit" table row by row', () => {
    expect(segment(SCHOOL, 'en').agreements.map((a) => [a.number, a.text, a.responsible, a.due])).toEqual([
      ['1', 'Repaint the library shelves', 'Tom Vale', '2024-09-30'],
      ['2', 'Order new reading books', 'Head Teacher', '2024-10-15'],
    ]);
  });
  it('reads an "Action | Owner | By" table row by row', () => {
    expect(segment(CREW, 'en').agreements.map((a) => [a.text, a.responsible, a.due])).toEqual([
      ['Renew the mooring licence', 'AB', '2025-03-31'],
      ['Fix the slipway light', 'CD', 'next meeting'],
    ]);
  });
});
