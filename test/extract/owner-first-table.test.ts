// An action table whose owner column comes first ("Who | What | By when"), its cells run together by OCR.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `Minutes of the Riverside Allotments Committee
Held: 4 May 2022

Present: Dana Fox, Lee Park, Omar Said.

Water supply
The committee discussed the leaking trough by plot 12.

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
