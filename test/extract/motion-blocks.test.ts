// Resolutions printed as MOVED/SECONDED blocks (New Zealand and Australian councils): the "That ..." text up to the
// outcome line, its number from the "Resolution number" line above the mover.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const BOARD = `Tarawhiti Lakes Community Board
Minutes of a meeting held in the Lakeside Pavilion on Tuesday 4 March 2025 at 6:00pm.

PRESENT
Chairperson Aroha Pene, Members Colin Reddy, Mele Tupou and Frances Ould.

1 APOLOGIES
Resolution number TLCB/2025/04
MOVED: Member Reddy
SECONDED: Member Tupou
That the apology from Member Hemi Rangi be accepted.
CARRIED

2 PLAYGROUND RENEWAL
The Parks Officer spoke to the report on the renewal of the Domain playground.
Resolution number TLCB/2025/05
Moved: Member Ould / Seconded: Chairperson Pene
That the Tarawhiti Lakes Community Board:
a) receives the report;
b) approves the concept plan for the Domain playground. CARRIED

3 SKATE PARK HOURS
MOVED: Member Tupou
SECONDED: Member Ould
That the skate park lights stay on until 10pm.
LOST

The meeting closed at 7:10pm.
`;

describe('MOVED/SECONDED resolution blocks', () => {
  const found = segment(BOARD, 'en').agreements;
  it('reads each carried block with its number, a lost one not at all', () => {
    expect(found.map((a) => [a.number, a.text])).toEqual([
      ['TLCB/2025/04', 'That the apology from Member Hemi Rangi be accepted.'],
      ['TLCB/2025/05', 'That the Tarawhiti Lakes Community Board: a) receives the report; b) approves the concept plan for the Domain playground.'],
    ]);
  });
});

const CLUB = `Pinecrest Croquet Club
Minutes of the Committee Meeting, 2 June 2025

Present: Ian Moss, Deb Clay, Ruth Lowe.

1. FINANCE
MOTION: That the accounts for payment be passed.
Moved: Ian Moss. Seconded: Deb Clay. CARRIED.

2. LAWNS
The lawns were cored in May.
That the roller be serviced was put to the meeting and CARRIED.
`;

describe('a mover line closing a motion above it', () => {
  it('starts no block running into the next section', () => {
    const found = segment(CLUB, 'en').agreements;
    expect(found.some((a) => a.text.includes('LAWNS'))).toBe(false);
  });
});
