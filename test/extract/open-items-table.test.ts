// A table whose header names the task, its owner and its due is an action list even under a discussion heading;
// "Item | Issue" gives the number and the text; a closed item is a record, no agreement.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `Brightwater Bakery – Joint Safety Committee
Minutes of meeting – March 4, 2024

Present: Ola Nwosu (chair), Ben Hart, Dana Pruitt

Oven area
Ben reported a burn from the tray rack. New gloves were ordered.

Follow-up log
Item\tIssue\tOwner\tTarget date\tStatus
B-11\tFit heat shields on tray racks\tBen Hart\tMarch 20, 2024\tOpen
B-12\tRetrain night shift on oven lockout\tDana Pruitt\tApril 2, 2024\tOpen
B-09\tReplace worn mats at the mixer\tBen Hart\tFebruary 28, 2024\tClosed

Next meeting: April 1, 2024.
`;

describe('an action table under a discussion heading', () => {
  const found = segment(MINUTES, 'en').agreements;
  it('reads its open rows, the first of two item columns as the number', () => {
    expect(found).toEqual([
      { number: 'B-11', text: 'Fit heat shields on tray racks', responsible: 'Ben Hart', due: '2024-03-20' },
      { number: 'B-12', text: 'Retrain night shift on oven lockout', responsible: 'Dana Pruitt', due: '2024-04-02' },
    ]);
  });
});
