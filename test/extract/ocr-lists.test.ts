// Lists OCR read: bullets cleanup drops, task boxes OCR bends, and items a blank line keeps apart.
import { describe, expect, it } from 'vitest';
import { processText } from '../../src/index.js';
import { segment } from '../../src/segment/index.js';
import { parseAgreement } from '../../src/extract/agreement-item.js';
import { keywords } from '../../src/segment/keywords.js';

// The decisions' first lines are long and end without a period, as when OCR loses a final stop: without their
// bullets they read like one wrapped paragraph.
const OCR = `MINUTES OF THE RIVERSIDE ROWING CLUB COMMITTEE
Date: 2023-09-12

Present: Hana Koller, Ivo Brandt, Lena Ostrova

Notes
The committee went through the autumn calendar and the boat repairs.

Decisions
« Buy two new sculling boats before the spring regatta and sell the oldest coxed four to a school club
« Raise the junior membership fee to 40 euros from January, with a reduced rate for siblings of members
« Hold the annual dinner at the boathouse

Meeting ended at 21:10.
`;

describe('bullets cleanup dropped', () => {
  it('still start items: decisions whose bullets OCR read as "«" stay apart', () => {
    const texts = processText(OCR).agreements.map((a) => a.text);
    expect(texts).toEqual([
      'Buy two new sculling boats before the spring regatta and sell the oldest coxed four to a school club',
      'Raise the junior membership fee to 40 euros from January, with a reduced rate for siblings of members',
      'Hold the annual dinner at the boathouse',
    ]);
  });

  it('are passed to segment() as offsets in the cleaned text', () => {
    const cleaned = OCR.replace(/^« /gm, '');
    const starts = [...cleaned.matchAll(/^(?=Buy|Raise|Hold)/gm)].map((m) => m.index!);
    expect(segment(cleaned, 'en', OCR, { bulletStarts: starts }).agreements).toHaveLength(3);
    // Without the hints the first two lines read as one wrapped item.
    expect(segment(cleaned, 'en', OCR).agreements[0]!.text).toContain('school club Raise the junior');
  });
});

describe('agreement lists', () => {
  it('start a new item at a capitalised line after a blank line', () => {
    const text = OCR.replace(/^« /gm, '').replace('Hold the annual', '\nHold the annual');
    const texts = segment(text, 'en').agreements.map((a) => a.text);
    expect(texts.at(-1)).toBe('Hold the annual dinner at the boathouse');
  });
});

describe('task boxes OCR bent', () => {
  const ctx = { lang: 'en' as const, year: 2023, kw: keywords('en') };

  it('are dropped, and the owner before a period is the responsible', () => {
    for (const box of ['{|', '{ |', '[| ]', '(|', '{J', '|]', '0]', 'i]']) {
      const a = parseAgreement(`${box} Ivo. repaint the boathouse doors (due 2023-10-01)`, null, ctx);
      expect(a).toEqual({ number: null, text: 'repaint the boathouse doors', responsible: 'Ivo', due: '2023-10-01' });
    }
  });

  it('with a lost left side ("i |") still start an item under an action list', () => {
    const text = `ACTION ITEMS\n\n{| Hana. book the regatta coaches (due 2023-09-30)\ni | Lena. order new oars (due 2023-10-15)\n`;
    const found = segment(text, 'en').agreements.map((a) => [a.responsible, a.text]);
    expect(found).toEqual([['Hana', 'book the regatta coaches'], ['Lena', 'order new oars']]);
  });

  it('leave a line that only starts with a bracket alone', () => {
    expect(parseAgreement('(Hana) book the coaches', null, ctx).text).toBe('(Hana) book the coaches');
  });
});
