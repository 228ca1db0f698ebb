import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

// Invented minutes of a choir committee: sections lettered A, B, C in ordinary case, no agenda.
const CHOIR = [
  'Larchfield Community Choir – Committee',
  'Minutes of the meeting of 3 March 2025',
  '',
  'Present',
  'Odile Marchetti (OM) – Chair',
  'Bram Tenholt (BT) – Treasurer',
  'Ines Kowal (IK) – Librarian',
  '',
  'A. Matters from the last meeting',
  'The minutes of 3 February were approved. The new music stands have arrived and are in the store.',
  '',
  'B. Accounts',
  'BT presented the accounts for February. The bank balance stands at £1,204 after the hall hire was paid.',
  '',
  'C. Spring concert',
  'The concert will be held on 12 April in St Wilfrid\'s. IK will order the scores by the end of the month.',
  '',
  'Next meeting: 7 April 2025.',
].join('\n');

describe('lettered section headings', () => {
  it('cuts the discussion at "A. Title", "B. Title" ... in ordinary case', () => {
    const d = segment(CHOIR, 'en').discussion;
    expect(d.map((p) => p.agendaNumber)).toEqual(['A', 'B', 'C']);
    expect(d.map((p) => p.title)).toEqual(['Matters from the last meeting', 'Accounts', 'Spring concert']);
    expect(d[1]!.text).toMatch(/^BT presented/);
  });

  it('reads no heading from a run of paragraphs opening with initials', () => {
    const text = CHOIR.replace('B. Accounts', 'D. Accounts');
    const d = segment(text, 'en').discussion;
    expect(d.some((p) => p.agendaNumber === 'A')).toBe(false);
  });
});

// Invented minutes of a faculty board: agenda and items lettered "A)", "B)", one item a long title.
const BOARD = [
  'CONSEJO DE LA ESCUELA DE ENFERMERÍA',
  'ACTA N° 7',
  '',
  'En la ciudad de Paysandú, el día 3 de abril de 2024, siendo la hora 17:00, se reúne el Consejo.',
  '',
  'ORDEN DEL DÍA',
  'A) Aprobación del acta N° 6.',
  'B) Designación de un tribunal para el concurso de Profesor Adjunto de Enfermería Comunitaria.',
  'C) Asuntos entrados.',
  '',
  'A) Aprobación del acta N° 6.',
  'Se aprueba sin observaciones.',
  '',
  'B) Designación de un tribunal para el concurso de Profesor Adjunto de Enfermería Comunitaria.',
  'Se propone a las profesoras Silva, Ortiz y Cabrera. Se aprueba por unanimidad.',
  '',
  'C) Asuntos entrados.',
  'No hay asuntos entrados.',
].join('\n');

describe('items lettered with a capital and a parenthesis', () => {
  it('numbers the agenda and the discussion "A)", "B)", "C)", however long a title', () => {
    const s = segment(BOARD, 'es');
    expect(s.agenda.map((a) => a.number)).toEqual(['A', 'B', 'C']);
    expect(s.discussion.map((p) => p.agendaNumber)).toEqual(['A', 'B', 'C']);
    expect(s.discussion[1]!.text).toMatch(/^Se propone/);
  });
});
