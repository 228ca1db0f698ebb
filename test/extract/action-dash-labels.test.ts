// "Action" labels whose dash OCR read as two hyphens or tildes ("Action -- Ana to send ..."), in an action list and in
// a discussion paragraph that joined several such lines.
import { describe, expect, it } from 'vitest';
import { parseAgreement } from '../../src/extract/agreement-item.js';
import { keywords } from '../../src/segment/keywords.js';
import { segment } from '../../src/segment/index.js';

const ctx = { lang: 'en' as const, year: 2023, kw: keywords('en') };

describe('an action label before a bent dash', () => {
  it('is dropped, the owner and the deadline read', () => {
    expect(parseAgreement('Action -- Wes Amari to order the folding chairs by July 9', null, ctx)).toEqual({ number: null, text: 'order the folding chairs', responsible: 'Wes Amari', due: '2023-07-09' });
    expect(parseAgreement('Action ~~ Treasurer to file the grant report by August 1', null, ctx)).toMatchObject({ text: 'file the grant report', responsible: 'Treasurer', due: '2023-08-01' });
    expect(parseAgreement('Action — Lina to book the gym', null, ctx)).toMatchObject({ text: 'book the gym', responsible: 'Lina' });
  });

  it('keeps a plain sentence that merely begins with the word', () => {
    expect(parseAgreement('Actions were reviewed by the board.', null, ctx).text).toBe('Actions were reviewed by the board.');
  });
});

const MINUTES = `Harbor View Swim Club
Board Meeting Minutes
June 5, 2023

Present: Wes Amari, Lina Brook, Otto Kranz

1. POOL OPENING
The board reviewed the opening checklist.

2. FOLLOW-UP
Action -- Wes Amari to order the folding chairs by July 9
Action ~~ Treasurer to file the grant report by August 1

3. ADJOURNMENT
The meeting was adjourned at 8:10 p.m.
`;

describe('action lines a discussion item joined into one paragraph', () => {
  it('are one agreement each', () => {
    expect(segment(MINUTES, 'en').agreements).toEqual([
      { number: null, text: 'order the folding chairs', responsible: 'Wes Amari', due: '2023-07-09' },
      { number: null, text: 'file the grant report', responsible: 'Treasurer', due: '2023-08-01' },
    ]);
  });
});
