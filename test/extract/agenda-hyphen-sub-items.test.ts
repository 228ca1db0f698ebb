import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

// Invented minutes whose agenda numbers sub-items after their item with a hyphen ("VII-A", "3-a").
const BOARD = [
  'CEDAR FALLS SCHOOL BOARD',
  'Regular Meeting Minutes',
  'March 4, 2024',
  '',
  'AGENDA',
  'VII. Consent Items',
  'VII-A. Approval of Minutes of February 5, 2024',
  'VII-B. Approval of Warrants',
  'VIII. New Business',
  '',
  'VII. CONSENT ITEMS',
  'VII-A. Approval of Minutes of February 5, 2024. Mr. Hart moved to approve the minutes. Ms. Dunn seconded. Motion carried.',
  'VII-B. Approval of Warrants. Ms. Dunn moved to approve the warrants. Mr. Hart seconded. Motion carried.',
  'VIII. NEW BUSINESS',
  'The board discussed the summer reading program.',
  '',
  'The meeting adjourned at 8:00 p.m.',
].join('\n');

const CONCEJO = [
  'SESION ORDINARIA N° 12',
  'CONCEJO MUNICIPAL DE LOMAS ALTAS',
  '',
  'Fecha: 3 de abril de 2024',
  '',
  'TABLA:',
  '1. Aprobacion del acta anterior.',
  '2. Subvenciones municipales:',
  '2-a. Club Deportivo Estrella del Sur.',
  '2-b. Conjunto Folclorico Las Golondrinas.',
  '3. Varios.',
  '',
  'DESARROLLO:',
  '1. Aprobacion del acta anterior.',
  'Se aprueba sin observaciones.',
  '2. Subvenciones municipales.',
  '2-a. Club Deportivo Estrella del Sur. Se aprueba una subvencion de $ 900.000.',
  '2-b. Conjunto Folclorico Las Golondrinas. Se aprueba una subvencion de $ 600.000.',
  '3. Varios.',
  'No hubo.',
  '',
  'Se levanta la sesion a las 11:00 horas.',
].join('\n');

describe('sub-items numbered with a hyphen', () => {
  it('keeps "VII-A" and "VII-B" as agenda numbers and links their discussion parts', () => {
    const s = segment(BOARD, 'en');
    expect(s.agenda.map((a) => [a.number, a.title])).toEqual([
      ['VII', 'Consent Items'],
      ['VII-A', 'Approval of Minutes of February 5, 2024'],
      ['VII-B', 'Approval of Warrants'],
      ['VIII', 'New Business'],
    ]);
    const b = s.discussion.find((p) => p.agendaNumber === 'VII-B');
    expect(b?.text).toBe('Ms. Dunn moved to approve the warrants. Mr. Hart seconded. Motion carried.');
  });

  it('reads "2-a." and "2-b." in a Spanish tabla, each its own item and part', () => {
    const s = segment(CONCEJO, 'es');
    expect(s.agenda.map((a) => a.number)).toEqual(['1', '2', '2-a', '2-b', '3']);
    expect(s.agenda[2]!.title).toMatch(/^Club Deportivo Estrella del Sur\.$/);
    expect(s.discussion.map((p) => p.agendaNumber)).toEqual(['1', '2-a', '2-b', '3']);
  });
});
