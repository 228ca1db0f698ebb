// OCR's bullets ("+", "«+", "+»") and specks around an unnumbered agenda: the items are clean, and the first item
// again, specks and all, starts the discussion.
import { describe, expect, it } from 'vitest';
import { stripBullet } from '../../src/extract/text.js';
import { segment } from '../../src/segment/index.js';

describe('OCR bullets', () => {
  it('strips "+", "«+" and "+»" as bullets', () => {
    expect(stripBullet('+ Budget review')).toBe('Budget review');
    expect(stripBullet('«+ Budget review')).toBe('Budget review');
    expect(stripBullet('+» Realizar la visita')).toBe('Realizar la visita');
  });

  it('ends the agenda at its first item repeated with specks', () => {
    const s = segment(`Rowan Street Garden Group – Monthly Sync

Agenda
+ Compost bays
«+ Spring planting

Compost bays ;
Colm reported the two bays are full and need turning before April.

Spring planting
The group chose the seed order for the raised beds.
`, 'en');
    expect(s.agenda.map((a) => a.title)).toEqual(['Compost bays', 'Spring planting']);
    expect(s.zones.find((z) => z.text.startsWith('Compost bays ;'))?.zone).toBe('discussion');
  });
});
