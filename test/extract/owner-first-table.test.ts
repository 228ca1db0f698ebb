// An action table whose owner column comes first ("Who | What | By when"), its cells run together by OCR.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

/** The allotments committee's minutes up to their one discussion item's text. */
const OPENING = `Minutes of the Riverside Allotments Committee
Held: 4 May 2022

Present: Dana Fox, Lee Park, Omar Said.

Water supply
`;

const MINUTES = `${OPENING}The committee discussed the leaking trough by plot 12.

Actions
Who What By when
Dana Replace the trough valve 20 May 2022
Omar Order two new hoses
Lee Ask the council about a second tap
`;

describe('an OCR read owner-first action table', () => {
  it('splits each row into owner, task and due', () => {
    expect(segment(MINUTES, 'en').agreements).toEqual([
      { number: null, text: 'Replace the trough valve', responsible: 'Dana', due: '2022-05-20' },
      { number: null, text: 'Order two new hoses', responsible: 'Omar', due: null },
      { number: null, text: 'Ask the council about a second tap', responsible: 'Lee', due: null },
    ]);
  });
});

const WARD = `MINUTES OF THE WARD 3 COMMITTEE MEETING
Date: 2 March 2023
Venue: Community Hall, Main Road

PRESENT: Cllr Thandi Nkosi (Chairperson), Ms Lindiwe Dube, Mr Sipho Zulu.

1. OPENING
The chairperson opened the meeting at 10:00 and welcomed the members.

2. ROADS
Members reported potholes on the main road near the school. The chairperson said the matter had been raised before.

3. ACTION LIST
No. Action Responsible Date
1 Report the potholes to the roads department

2 Ask the clinic for longer hours on
Saturdays

4. CLOSURE
The meeting closed at 12:00.
`;

describe('an OCR read numbered action table inside a discussion item', () => {
  it('gives one action per numbered row, its wrapped line joined, and ends at the next item', () => {
    const texts = segment(WARD, 'en').agreements.map((a) => [a.number, a.text]);
    expect(texts).toEqual([['1', 'Report the potholes to the roads department'], ['2', 'Ask the clinic for longer hours on Saturdays']]);
  });
});

const COLUMNWISE = `${OPENING}The committee discussed the leaking trough by plot 12.

Actions
Action Who When
Replace the trough valve Dana Fox

June 2022 meeting

20 May
2022
`;

describe("a table's due column OCR read apart under its rows", () => {
  it('is no action', () => {
    expect(segment(COLUMNWISE, 'en').agreements.map((a) => a.text)).toEqual(['Replace the trough valve']);
  });
});

const PROPER_NAMES = `${OPENING}The committee discussed the leaking trough by plot 12, which has flooded the path twice this spring and
wasted water that members pay for. Omar said the valve had been mended twice already and that a new
one would cost less than another repair. Lee asked whether the council still paid for the mains supply
and whether a second tap by the gate could be fitted before the summer, when most plots need watering.

Actions
Who What By when
Dana Email Thames Water about the leak 20 May 2022
Omar Said Order two new hoses 3 June 2022
Lee Ask the council about a second tap
`;

describe("an owner-first action row whose task opens with a proper name", () => {
  it("takes as owner only the words the attendees' names hold", () => {
    expect(segment(PROPER_NAMES, 'en').agreements).toEqual([
      { number: null, text: 'Email Thames Water about the leak', responsible: 'Dana', due: '2022-05-20' },
      { number: null, text: 'Order two new hoses', responsible: 'Omar Said', due: '2022-06-03' },
      { number: null, text: 'Ask the council about a second tap', responsible: 'Lee', due: null },
    ]);
  });
});
