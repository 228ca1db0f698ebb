// A motion whose mover and seconder follow colons: "Motion to approve ...: Mr. A. Second: Ms. B. Motion carried 5-0."
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const minutes = (item: string): string => `Cedar Flats Library Board
Regular Meeting Minutes
April 11, 2023

Present: Nora Quill, Abe Tanaka, Lou Ferris

1. MINUTES
${item}

2. ADJOURNMENT
The meeting was adjourned at 7:40 p.m.
`;

describe('a motion naming its mover after a colon', () => {
  it('is an agreement, from the motion to its outcome', () => {
    const text = 'Motion to approve the minutes of March 14: Mr. Tanaka. Second: Ms. Quill. Motion carried 3-0.';
    expect(segment(minutes(`The board reviewed the draft. ${text}`), 'en').agreements.map((a) => a.text)).toEqual([text]);
  });

  it('also when OCR read the colon as a semicolon', () => {
    const text = 'Motion to accept the audit report; Ms. Ferris. Second: Mr. Tanaka. Motion carried unanimously.';
    expect(segment(minutes(text), 'en').agreements.map((a) => a.text)).toEqual([text]);
  });

  it('needs a seconding and an outcome', () => {
    expect(segment(minutes('Motion to approve the minutes of March 14: tabled until May.'), 'en').agreements).toEqual([]);
  });
});
