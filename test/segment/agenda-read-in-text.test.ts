import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

// Invented acta of a village development council: ordinal paragraphs, the second reading out the agenda, the
// following ones going through its items in turn.
const ACTA = [
  'CONSEJO COMUNITARIO DE DESARROLLO',
  'ALDEA LOS PINABETES, TECPÁN',
  '',
  'ACTA NÚMERO 9-2024. En la aldea Los Pinabetes, siendo las dieciocho horas del día tres de mayo de dos mil veinticuatro, reunidos en el salón comunal, se procede de la siguiente manera:',
  '',
  'PRIMERO: Se verificó la asistencia de los miembros del Órgano de Coordinación, encontrándose presentes seis de sus siete integrantes, por lo que hay quórum.',
  '',
  'SEGUNDO: El secretario dio lectura a la agenda a desarrollar, la cual fue aprobada por unanimidad:',
  '1. Lectura del acta anterior.',
  '2. Reparación del camino vecinal.',
  '3. Asuntos varios.',
  '',
  'TERCERO: El secretario dio lectura al acta número 8-2024, la cual fue aprobada sin enmiendas por los presentes.',
  '',
  'CUARTO: El tesorero informó que la municipalidad aportará el material para reparar el camino vecinal y que los vecinos pondrán la mano de obra.',
  '',
  'QUINTO: En asuntos varios, la vocal primera pidió que se limpie el tanque de agua antes de la temporada de lluvias.',
].join('\n');

describe('an agenda read out inside the acta', () => {
  it('is the agenda, and the paragraphs numbered in words after it take its items in turn', () => {
    const s = segment(ACTA, 'es');
    expect(s.agenda.map((a) => a.number)).toEqual(['1', '2', '3']);
    expect(s.discussion.map((p) => p.agendaNumber)).toEqual(['1', '2', '3']);
    expect(s.discussion[1]!.text).toMatch(/^El tesorero informó/);
  });
});
