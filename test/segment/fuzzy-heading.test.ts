// Section headings OCR damaged by one letter or a space still open their sections.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { fuzzyHeading } from '../../src/segment/fuzzy-heading.js';
import { loadLexicon } from '../../src/cleanup/lexicon.js';

describe('fuzzyHeading()', () => {
  const en = loadLexicon('en');
  const es = loadLexicon('es');
  it('reads a heading one letter or space off', () => {
    expect(fuzzyHeading('AGENA', 'en', en)).toEqual({ heading: 'agenda', after: '' });
    expect(fuzzyHeading('Prese nt: Ann Lee (Chair), Bob Stone', 'en', en)).toEqual({ heading: 'attendees', after: 'Ann Lee (Chair), Bob Stone' });
    expect(fuzzyHeading('Absenl:', 'en', en)).toEqual({ heading: 'absent', after: '' });
    expect(fuzzyHeading('ACUERDQS:', 'es', es)).toEqual({ heading: 'agreements', after: '' });
    expect(fuzzyHeading('ORDEN DEL DlA', 'es', es)).toEqual({ heading: 'agenda', after: '' });
  });
  it('reads a heading with a mark OCR put before its first letter', () => {
    expect(fuzzyHeading('lACUERDOS:', 'es', es)).toEqual({ heading: 'agreements', after: '' });
    expect(fuzzyHeading('iAGENDA', 'en', en)).toEqual({ heading: 'agenda', after: '' });
  });
  it('leaves words of the language, short labels and prose alone', () => {
    expect(fuzzyHeading('Asistente: Marta Ruiz', 'es', es)).toBeNull();
    expect(fuzzyHeading('Agendas', 'en', en)).toBeNull();
    expect(fuzzyHeading('Regret', 'en', en)).toBeNull();
    expect(fuzzyHeading('Notas', 'es', es)).toBeNull();
    expect(fuzzyHeading('The agena was adopted as circulated by the chair.', 'en', en)).toBeNull();
  });
});

describe('segment() with OCR-damaged headings', () => {
  it('reads the attendees and the agenda under them', () => {
    const s = segment('MINUTES OF THE BOARD MEETING\nMarch 3, 2022, 7:00 PM\n\nPrese nt: Ann Lee (Chair), Bob Stone\nAbsenl: Dan Wu\n\nAGENA\n1. Call to order\n2. Budget review\n\nNOTES\n1. The meeting was called to order at 7:02 PM.\n2. The budget was reviewed and approved.\n', 'en');
    expect(s.attendees.map((a) => [a.name, a.status])).toEqual([['Ann Lee', 'present'], ['Bob Stone', 'present'], ['Dan Wu', 'absent']]);
    expect(s.agenda.map((a) => a.title)).toEqual(['Call to order', 'Budget review']);
  });
});

describe('a heading OCR wrote with a zero or a one for a letter', () => {
  it('is read as the heading: "ACUERD0S:" opens the agreements of invented minutes', () => {
    const s = segment('ACTA REUNION DE DIRECTIVA\n\nASISTENTES:\nJuan Soto\n\nACUERD0S:\n1. Se aprueba el balance anual de la junta.\n', 'es');
    expect(s.zones!.find((z) => z.text.startsWith('ACUERD0S'))?.heading).toBe('agreements');
    expect(s.agreements.map((a) => a.text)).toEqual(['Se aprueba el balance anual de la junta.']);
  });
  it('"R0LL CALL" heads the attendees', () => {
    const s = segment('HARBOR BOARD MINUTES\nMay 6, 2025\n\nR0LL CALL\nPresent: Ann Kerr, Chair; Tom Bale\n\nOLD BUSINESS\nThe Board reviewed the dock repairs.\n', 'en');
    expect(s.zones!.find((z) => z.text === 'R0LL CALL')?.heading).toBe('attendees');
  });
  it('a number is no misread letter: "2024:" stays text', () => {
    expect(fuzzyHeading('2024:', 'en', loadLexicon('en'))).toBeNull();
  });
});
