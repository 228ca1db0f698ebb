// Decisions labelled by a council's numbered resolution ("Res. 12-24 Osei: That ...") or by a vote ("VOTE: adopt
// ... Passed."), and action lines whose deadline follows a dash.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { parseAgreement } from '../../src/extract/agreement-item.js';
import { keywords } from '../../src/segment/keywords.js';

const COUNCIL = `VILLAGE OF MARROW CREEK
Minutes of the Regular Meeting of Council

Present: Mayor Ada Lindqvist; Councillors Peter Osei, Joan Ferrand and Hugo Tamm.

1. CALL TO ORDER
Mayor Lindqvist called the meeting to order at 7:00 p.m.

2. AGENDA
Res. 101-24 Osei: That the agenda be adopted as presented. CARRIED.

3. ROADS
The foreman reported that the culvert on Birch Lane has collapsed and must be replaced before spring.
Res. 102-24 Ferrand: That the village tender the Birch Lane culvert replacement. CARRIED.
Res, 103-24: That the grading contract be extended by one year. DEFEATED.

4. ADJOURNMENT
Res. 104-24 Tamm: That this meeting adjourn at 8:15 p.m. CARRIED.
`;

describe('numbered council resolutions', () => {
  const found = segment(COUNCIL, 'en').agreements;
  it('reads each resolution with its number, its text from "That"', () => {
    expect(found.map((a) => [a.number, a.text])).toEqual([
      ['101-24', 'That the agenda be adopted as presented. CARRIED.'],
      ['102-24', 'That the village tender the Birch Lane culvert replacement. CARRIED.'],
      ['103-24', 'That the grading contract be extended by one year. DEFEATED.'],
      ['104-24', 'That this meeting adjourn at 8:15 p.m. CARRIED.'],
    ]);
  });
});

const VOTES = `Otter Lake Software Guild – Steering Group
Meeting notes, 2024-03-05

Present: Mia Kato, Lars Ek, Ines Roy

Budget
Lars presented the draft budget.
VOTE: approve the 2024 budget as presented. +3, 0 against. Passed.

Release policy
Mia proposed a six-month release cycle.
Motion by Mia, second by Ines, to adopt the six-month cycle.
Vote: 3-0
`;

describe('vote labels', () => {
  const found = segment(VOTES, 'en').agreements;
  it('reads what a vote decided, without its label', () => {
    expect(found.map((a) => a.text)).toContain('approve the 2024 budget as presented. +3, 0 against. Passed.');
  });
  it('takes no tally alone for a decision', () => {
    expect(found.some((a) => a.text.startsWith('3-0'))).toBe(false);
  });
});

describe('action lines with a dashed deadline', () => {
  const ctx = { lang: 'en' as const, year: 2024, kw: keywords('en') };
  it('moves the deadline after the dash into the due field', () => {
    expect(parseAgreement('[ ] Lars: book the hall – by 2024-04-02', null, ctx)).toEqual({ number: null, text: 'book the hall', responsible: 'Lars', due: '2024-04-02' });
    expect(parseAgreement('[ ] Ines: draft the charter - by 2024-04-09', null, ctx)).toMatchObject({ text: 'draft the charter', due: '2024-04-09' });
  });
  it('takes a group named by a quantifier for the owner', () => {
    expect(parseAgreement('[ ] All members: sign the code of conduct – by 2024-04-02', null, ctx)).toMatchObject({ text: 'sign the code of conduct', responsible: 'All members' });
  });
  it('keeps a dash that sets no date apart', () => {
    expect(parseAgreement('Mia: review the logo – the blue one', null, ctx)).toMatchObject({ text: 'review the logo – the blue one', due: null });
  });
  it('still reads an owner whose title holds a period', () => {
    expect(parseAgreement('Draft the bylaws – Dr. Kato and Prof. Ek – May 3', null, ctx)).toEqual({ number: null, text: 'Draft the bylaws', responsible: 'Dr. Kato and Prof. Ek', due: '2024-05-03' });
  });
  it('reads fields set apart by dashes OCR read as hyphens or tildes when the last is a date', () => {
    expect(parseAgreement('Renew the insurance - Treasurer ~ by 30th June 2024', null, ctx)).toEqual({ number: null, text: 'Renew the insurance', responsible: 'Treasurer', due: '2024-06-30' });
    expect(parseAgreement('Paint the east-west fence - north side - blue', null, ctx)).toMatchObject({ responsible: null, due: null });
  });
  it('reads no owner or due in a roll-call vote between dashes', () => {
    const a = parseAgreement('Motion by Ek, second by Roy, to adopt the policy. Roll call vote: Ayes – Ek, Roy, Kato. Nays – Lund. Motion carried.', null, ctx);
    expect(a).toMatchObject({ responsible: null, due: null });
    expect(a.text.endsWith('Motion carried.')).toBe(true);
  });
});
