// "Motion by A, seconded by B, to ... Motion carried." after other sentences of its paragraph is a motion too.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const LOCAL = `Executive Board, Local No. 415
Minutes of the Regular Meeting, March 3, 1990

Present: President Sis. Ada Kerr, Bro. Lou Pena, Bro. Sam Hill.

1) Minutes
The minutes of the February meeting were read. Motion by Bro. Pena, seconded by Bro. Hill, to accept the minutes as read. Motion carried.

2) Treasurer
The treasurer reported a balance of $4,210.00. Motion by Bro. Hill, second by Sis. Kerr, to pay the hall rent. The motion carried unanimously.
`;

describe('a motion by a member inside a paragraph', () => {
  it('is read from "Motion by" to its outcome', () => {
    expect(segment(LOCAL, 'en').agreements.map((a) => a.text)).toEqual([
      'Motion by Bro. Pena, seconded by Bro. Hill, to accept the minutes as read. Motion carried.',
      'Motion by Bro. Hill, second by Sis. Kerr, to pay the hall rent. The motion carried unanimously.',
    ]);
  });
});
