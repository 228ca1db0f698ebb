import { describe, expect, it } from 'vitest';
import { headingOf } from '../../src/segment/headings.js';
import { keywords } from '../../src/segment/keywords.js';
import { segment } from '../../src/segment/index.js';

// Invented minutes: OCR read the attendance labels' colons as semicolons.
describe('attendance labels with a semicolon for a colon', () => {
  const en = keywords('en');
  const es = keywords('es');
  it('reads the label and the names after it', () => {
    expect(headingOf('Present ; Trustee Mark Lane, Trustee Julie Price', en)).toEqual({ heading: 'attendees', after: 'Trustee Mark Lane, Trustee Julie Price' });
    expect(headingOf('Also in attendance; Nora Bell', en)).toEqual({ heading: 'guest', after: 'Nora Bell' });
    expect(headingOf('Members of the public ; Ana Ruiz', en)).toEqual({ heading: 'guest', after: 'Ana Ruiz' });
    expect(headingOf('Asistentes ; Juan Pérez Soto', es)).toEqual({ heading: 'attendees', after: 'Juan Pérez Soto' });
    // A sentence after the word is no list.
    expect(headingOf('Present; the clerk read the roll', en)).toBeNull();
  });

  it('gives each list its status', () => {
    const doc = [
      'VILLAGE OF ASH CREEK',
      'BOARD OF TRUSTEES REGULAR MEETING',
      'April 8, 2025',
      '',
      'Present ; Trustee Mark Lane, Trustee Julie Price, President Omar Khan',
      'Absent ; Trustee Lee Grant',
      'Also in attendance ; Village Clerk Nora Bell, Engineer Tim Cole',
      '',
      '1. CALL TO ORDER',
      'President Khan called the meeting to order at 6:30 p.m.',
    ].join('\n');
    const people = segment(doc, 'en').attendees.map((a) => [a.name, a.role, a.status]);
    expect(people).toEqual([
      ['Mark Lane', 'Trustee', 'present'],
      ['Julie Price', 'Trustee', 'present'],
      ['Omar Khan', 'President', 'present'],
      ['Lee Grant', 'Trustee', 'absent'],
      ['Nora Bell', 'Village Clerk', 'guest'],
      ['Tim Cole', 'Engineer', 'guest'],
    ]);
  });
});
