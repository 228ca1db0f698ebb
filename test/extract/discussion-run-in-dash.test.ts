import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

// Invented typewritten minutes: numbered paragraphs whose run-in title ends "TITLE.—" with the text right after.
const GUILD = [
  "KILMARDEN TOWNSWOMEN'S GUILD",
  '',
  'Minute of Meeting of the Executive held in the Guild Room on Monday, 6th October, 1969, at 7 p.m.',
  '',
  'Present: Mrs. A. Dunlop (President), Mrs. M. Reid (Secretary) and Miss J. Orr.',
  '',
  '1. MINUTE.—The Minute of the previous meeting was read and approved on the motion of Miss Orr.',
  '',
  '2. OUTING.—Mrs. Reid reported that the coach to Largs had been booked for 40 members at a cost of £12.',
  '',
  '3. JUMBLE SALE.—It was agreed that the jumble sale be held on 1st November in the Guild Room.',
  '',
  'There being no further business, the meeting closed at 8.45 p.m.',
].join('\n');

describe('run-in titles before a dash', () => {
  it('splits "1. MINUTE.—The Minute ..." into its title and text, the dash in neither', () => {
    const d = segment(GUILD, 'en').discussion;
    expect(d.map((p) => [p.agendaNumber, p.title])).toEqual([['1', 'MINUTE.'], ['2', 'OUTING.'], ['3', 'JUMBLE SALE.']]);
    expect(d[1]!.text).toMatch(/^Mrs\. Reid reported/);
  });
});
