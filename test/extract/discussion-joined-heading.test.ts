import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

// Invented minutes of a neighbourhood board: a long heading in capitals that the reader joined with the paragraph
// under it, and a short run-in heading worded shorter than its agenda item.
const JUNTA = [
  'ACTA DE ASAMBLEA ORDINARIA',
  'JUNTA DE VECINOS VILLA LOS ALERCES',
  '',
  'En Talca, a 9 de marzo de 2024, siendo las 19:00 horas, se reúne la asamblea ordinaria de socios.',
  '',
  'Tabla:',
  '1.- Lectura del acta anterior.',
  '2.- Proyecto de cámaras de seguridad financiado por el fondo regional.',
  '3.- Puntos varios.',
  '',
  '1.- LECTURA DEL ACTA ANTERIOR',
  'La secretaria lee el acta de febrero, que se aprueba.',
  '',
  '2.- PROYECTO DE CAMARAS DE SEGURIDAD FINANCIADO POR EL FONDO REGIONAL El presidente informa que las cámaras se instalan en abril.',
  '',
  '3.- Varios. No hubo.',
  '',
  'No habiendo más temas que tratar, se levanta la sesión a las 20:30 horas.',
].join('\n');

const HEARING = [
  'CITY OF ELM GROVE',
  'PLANNING COMMISSION MINUTES',
  'March 5, 2024',
  '',
  'AGENDA',
  '1. Call to Order',
  '2. Public Hearing on the Harbor Street Parking District',
  '3. Adjournment',
  '',
  '1. CALL TO ORDER',
  'The meeting was called to order at 7:00 p.m.',
  '',
  '2. PUBLIC HEARING ON THE HARBOR STREET PARKING DISTRICT A public hearing was opened at 7:05 p.m. and two residents spoke.',
  '',
  '3. ADJOURNMENT',
  'The meeting was adjourned at 7:40 p.m.',
].join('\n');

describe('discussion headings run on into their text', () => {
  it('splits a heading in capitals from the sentence it was joined to', () => {
    const d = segment(JUNTA, 'es').discussion;
    const p = d.find((x) => x.agendaNumber === '2');
    expect(p?.title).toBe('PROYECTO DE CAMARAS DE SEGURIDAD FINANCIADO POR EL FONDO REGIONAL');
    expect(p?.text).toBe('El presidente informa que las cámaras se instalan en abril.');
  });

  it('reads a short run-in title whose words are the item\'s ("3.- Varios. No hubo.")', () => {
    const d = segment(JUNTA, 'es').discussion;
    expect(d.find((x) => x.agendaNumber === '3')).toEqual({ agendaNumber: '3', title: 'Varios.', text: 'No hubo.' });
  });

  it('gives a lone capital before lower case to the sentence ("... DISTRICT A public hearing ...")', () => {
    const p = segment(HEARING, 'en').discussion.find((x) => x.agendaNumber === '2');
    expect(p?.title).toBe('PUBLIC HEARING ON THE HARBOR STREET PARKING DISTRICT');
    expect(p?.text).toMatch(/^A public hearing was opened/);
  });
});
