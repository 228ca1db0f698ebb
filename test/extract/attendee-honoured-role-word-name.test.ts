// A name after an honorific is a person's, also when its first word is one roles use ("Dean").
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

describe('a role, an honorific, then a name opening on a role word', () => {
  it('gives the person and the role', () => {
    const text = [
      'HARBOR VIEW CITY COUNCIL',
      'Minutes of the Regular Meeting of May 2, 2024',
      '',
      'Present:',
      'Mayor Mr. Dean Holt',
      'Councilmember Ana Ruiz',
      '',
      '1. Call to order',
      'The meeting was called to order at 7:00 p.m.',
    ].join('\n');
    expect(segment(text, 'en').attendees.map((a) => [a.name, a.role, a.organization])).toEqual([
      ['Dean Holt', 'Mayor', null],
      ['Ana Ruiz', 'Councilmember', null],
    ]);
  });
});
