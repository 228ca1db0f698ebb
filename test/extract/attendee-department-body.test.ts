import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

// Invented minutes: a department after a name is the person's body, though its first words are role words.
describe('a department after a name', () => {
  it('is the organization, and a role ending in a role word stays a role', () => {
    const doc = [
      'TOWN OF ASPEN VALE',
      'SELECT BOARD MEETING MINUTES',
      'May 6, 2025',
      '',
      'Present: Chair Ellen Moss, Member Greg Till, Member Rosa Diaz',
      'Also present:',
      'Sgt. Mike Dunn, Police Department',
      'Chief Alan Price, Fire Department',
      'Paul Green, Public Works Department',
      'Kim Lee, Police Chief',
      '',
      '1. CALL TO ORDER',
      'Chair Moss called the meeting to order.',
    ].join('\n');
    const people = segment(doc, 'en').attendees.slice(3).map((a) => [a.name, a.role, a.organization]);
    expect(people).toEqual([
      ['Mike Dunn', null, 'Police Department'],
      ['Alan Price', 'Chief', 'Fire Department'],
      ['Paul Green', null, 'Public Works Department'],
      ['Kim Lee', 'Police Chief', null],
    ]);
  });
});
