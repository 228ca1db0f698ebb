// An action's deadline closing its text is its due, not part of the task: "not later than" a date, or in words.
import { describe, expect, it } from 'vitest';
import { parseAgreement } from '../../src/extract/agreement-item.js';
import { keywords } from '../../src/segment/keywords.js';

const ctx = { lang: 'en' as const, year: 2011, kw: keywords('en') };

describe('trailing deadlines of actions', () => {
  it('reads "not later than" a date', () => {
    const a = parseAgreement('The Treasurer to circulate the accounts not later than 9th May, 2011.', null, ctx);
    expect([a.text, a.responsible, a.due]).toEqual(['circulate the accounts', 'Treasurer', '2011-05-09']);
  });
  it('reads a deadline in words', () => {
    const a = parseAgreement('Cllr Obi to ask the county for a survey before the next meeting.', null, ctx);
    expect([a.text, a.responsible, a.due]).toEqual(['ask the county for a survey', 'Cllr Obi', 'before the next meeting']);
  });
});
