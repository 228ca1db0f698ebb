// "Owner — task — by date" action lines, and a motion closed by "So voted".
import { describe, expect, it } from 'vitest';
import { parseAgreement } from '../../src/extract/agreement-item.js';
import { keywords } from '../../src/segment/keywords.js';
import { segment } from '../../src/segment/index.js';

const ctx = { lang: 'en' as const, year: 2024, kw: keywords('en') };

describe('owner-first dashed action lines', () => {
  it('reads the owners before the task and the due after it', () => {
    const a = parseAgreement('Rosa and Dev — print the flyers for the fair — by May 3', null, ctx);
    expect([a.text, a.responsible, a.due]).toEqual(['print the flyers for the fair', 'Rosa and Dev', '2024-05-03']);
    const b = parseAgreement('Ike — book the hall — by next meeting', null, ctx);
    expect([b.text, b.responsible, b.due]).toEqual(['book the hall', 'Ike', 'next meeting']);
  });
});

const SELECTMEN = `Board of Selectmen, Town of Elmstead
Minutes of the meeting of June 5, 1958

Present were Chairman Roy Dean, Selectman Carl Hayes and Selectman Ed Pike.

RECORDS. The records of the meeting of May 29 were read. Mr. Hayes moved and Mr. Pike seconded that they be approved as read. So voted, 3-0.
`;

describe('"So voted"', () => {
  it('closes a spoken motion', () => {
    expect(segment(SELECTMEN, 'en').agreements.map((a) => a.text)).toEqual([
      'Mr. Hayes moved and Mr. Pike seconded that they be approved as read. So voted, 3-0.',
    ]);
  });
});
