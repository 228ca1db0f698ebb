import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/segment/lines.js';
import { findMarkup, mayHoldHeadings } from '../../src/segment/markup.js';
import { segment } from '../../src/segment/index.js';

// A hand-written reStructuredText meeting note: an overlined title, a contents directive, sections.
const RST = [
  '=================================',
  'Garden Club Meeting Notes (2024-03-05)',
  '=================================',
  '* Date: 2024-03-05 18:00',
  '',
  '.. sectnum::',
  '   :suffix: .',
  '',
  '.. contents:: Agenda',
  '',
  'Roll Call',
  '=========',
  '* Attending:',
  '',
  '  * Helen Marsh',
  '  * Oscar Pruitt',
  '',
  '* Guest:',
  '',
  'Seed Swap',
  '=========',
  'Date fixed for April.',
  '',
  'Plot Rules',
  '==========',
  'Watering',
  '--------',
  'Hoses only before nine.',
  '',
].join('\n');

/** What cleanup leaves of it: no rules, no directives, no bullets. */
const CLEANED = RST.split('\n')
  .filter((l) => !/^[=-]{3,}$/.test(l) && !/^\.\.|^\s+:/.test(l))
  .map((l) => l.replace(/^\s*\* /, ''))
  .join('\n');

describe('findMarkup', () => {
  it('levels headings by style, the overlined one as the title, and reads directives', () => {
    const m = findMarkup(splitLines(RST));
    expect([...m.headings]).toEqual([[1, 0], [10, 1], [19, 1], [23, 1], [25, 2]]);
    expect(m.titleLevel).toBe(0);
    expect(m.contents).toBe(true);
    expect(m.sectionNumbers).toBe(true);
    expect(m.markupOnly.has(5) && m.markupOnly.has(6) && m.markupOnly.has(11)).toBe(true);
  });

  it('ignores a single ruled line in a plain document (a table border, not a section)', () => {
    expect(findMarkup(splitLines('Total\n-----\n12 votes')).headings.size).toBe(0);
  });

  it('reads a Nikola title field only when it has words', () => {
    expect(findMarkup(splitLines('.. title: Board meeting 2016-06-14\n\nText.')).title).toBe('Board meeting 2016-06-14');
    expect(findMarkup(splitLines('.. title: 20160412\n\nText.')).title).toBeNull();
  });
});

describe('segment with markup', () => {
  const check = (s: ReturnType<typeof segment>) => {
    // Section headings after an empty "Guest:" label are not guests.
    expect(s.attendees.map((a) => a.name)).toEqual(['Helen Marsh', 'Oscar Pruitt']);
    expect(s.agenda).toEqual([
      { number: '1', title: 'Roll Call' },
      { number: '2', title: 'Seed Swap' },
      { number: '3', title: 'Plot Rules' },
    ]);
    expect(s.discussion.map((d) => [d.agendaNumber, d.title])).toEqual([['2', 'Seed Swap'], ['3', 'Plot Rules']]);
    expect(s.discussion[1]!.text).toBe('Watering\n\nHoses only before nine.');
    expect(s.header.title).toBe('Garden Club Meeting Notes (2024-03-05)');
  };

  it('understands the structure in the text itself', () => check(segment(RST, 'en')));

  it('reads the structure from the source when cleanup removed it', () => check(segment(CLEANED, 'en', RST)));
});

describe('mayHoldHeadings', () => {
  it('sees underlined and ATX headings', () => {
    expect(mayHoldHeadings(RST)).toBe(true);
    expect(mayHoldHeadings('Intro text\n\n## Budget\nWe spent little.')).toBe(true);
    expect(mayHoldHeadings('Budget\n~~~~~~ \r\nWe spent little.')).toBe(true);
  });

  it('turns away text whose lines findMarkup reads no heading in', () => {
    const plain = ['ACTA DE REUNIÓN', 'Fecha: 5 de marzo de 2024', '#3 en la lista', 'Total -- 12 votos', '.. nota', 'Se levanta la sesión.'].join('\n');
    expect(mayHoldHeadings(plain)).toBe(false);
    expect(findMarkup(splitLines(plain)).headings.size).toBe(0);
  });
});
