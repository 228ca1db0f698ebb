// OCR reads a bullet as "°", "«" or "»": no part of the attendee's name.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const NOTES = `Kelpie Tools core team sync

Present
° Marisol Achterberg - Gannet Labs
» Tuomas Lehtinen - Gannet Labs

Agenda
Release planning
`;

describe('bullets OCR read as marks', () => {
  it('open no name', () => {
    const found = segment(NOTES, 'en').attendees.map((a) => [a.name, a.organization]);
    expect(found).toEqual([
      ['Marisol Achterberg', 'Gannet Labs'],
      ['Tuomas Lehtinen', 'Gannet Labs'],
    ]);
  });
});
