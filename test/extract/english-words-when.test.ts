// US minutes giving the time and the date in words (invented minutes).
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { findWordTimes as findTimes } from '../../src/extract/times.js';
import { findDates } from '../../src/extract/dates.js';

describe('English times in words', () => {
  it('reads an hour in words before a dotted meridiem', () => {
    expect(findTimes("called to order at seven o'clock p.m.").map((t) => t.hhmm)).toEqual(['19:00']);
    expect(findTimes('at seven-thirty p.m.').map((t) => t.hhmm)).toEqual(['19:30']);
    expect(findTimes('at nine a.m. sharp').map((t) => t.hhmm)).toEqual(['09:00']);
    expect(findTimes('one of the members said I am here').length).toBe(0);
  });
  it('gives the start time and the place of a meeting called to order so', () => {
    const s = segment("TOWN OF BIRCHFIELD\nPLANNING COMMISSION\nMINUTES OF REGULAR MEETING\nMarch 14, 2019\n\nThe Regular Meeting of the Birchfield Planning Commission was held in the community room of the Town Hall, 45 Elm Street, and was called to order by Chairman Walter Briggs at seven o'clock p.m.\n\nPRESENT: Walter Briggs, Chairman; Janet Oduya; Carl Svensson\n\n1. APPROVAL OF MINUTES\nMotion by Janet Oduya, seconded by Carl Svensson, to approve the minutes. Motion carried 3-0.\n\n2. ADJOURNMENT\nThere being no further business, the meeting adjourned at 8:42 p.m.\n", 'en');
    expect(s.header.startTime).toBe('19:00');
    expect(s.header.location).toBe('community room of the Town Hall, 45 Elm Street');
    expect(s.closing.adjournedAt).toBe('20:42');
  });
  it('reads a labelled time and an adjournment in words', () => {
    const s = segment("MINUTES OF THE SPECIAL MEETING\nOAK HILL PARKS BOARD\nDate: June 3, 2021\nTime: seven o'clock p.m.\n\nPresent: Ann Lowe, Carl Berg\n\n1. BUDGET\nThe board discussed the budget.\n\nThe meeting adjourned at eight-thirty p.m.\n", 'en');
    expect(s.header.startTime).toBe('19:00');
    expect(s.closing.adjournedAt).toBe('20:30');
  });
});

describe('English days in ordinal words', () => {
  it('reads "the ninth day of May, 2022"', () => {
    expect(findDates('met on Monday, the ninth day of May, 2022, in the library', { lang: 'en' }).map((d) => d.iso)).toEqual(['2022-05-09']);
    expect(findDates('this twenty-first day of March 1979', { lang: 'en' }).map((d) => d.iso)).toEqual(['1979-03-21']);
    expect(findDates('the thirty-first day of June, 2020', { lang: 'en' }).length).toBe(0);
  });
});
