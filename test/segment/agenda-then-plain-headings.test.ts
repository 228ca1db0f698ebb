// Invented minutes: a numbered agenda, then the discussion under unnumbered headings in ordinary case.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

describe('a short unnumbered line over a paragraph after a numbered agenda', () => {
  it('opens the discussion instead of being one more agenda item (Spanish)', () => {
    const text = [
      'ACTA SESION ORDINARIA N° 18',
      'CONCEJO MUNICIPAL DE SAN FABIAN DEL ALTO',
      '',
      'Tabla:',
      '1. Aprobacion del acta anterior',
      '2. Cuenta del Alcalde',
      '3. Puntos Varios',
      '',
      'Cuenta',
      'El Alcalde informa sobre el inicio de las obras del consultorio rural.',
      '',
      'Incidentes',
      'El concejal Rojas consulta por el retiro de escombros del estero.',
      '',
      'Puntos Varios',
      'La concejala Vidal solicita instalar un lomo de toro frente a la escuela.',
    ].join('\n');
    const s = segment(text, 'es');
    expect(s.agenda.map((a) => a.title)).toEqual(['Aprobacion del acta anterior', 'Cuenta del Alcalde', 'Puntos Varios']);
    expect(s.discussion.map((d) => d.title)).toEqual(['Cuenta', 'Incidentes', 'Puntos Varios']);
  });

  it('opens the discussion instead of being one more agenda item (English)', () => {
    const text = [
      'VILLAGE OF CEDAR BEND',
      'BOARD OF TRUSTEES MINUTES',
      'March 3, 2025',
      '',
      'Agenda',
      '1. Approval of the Minutes',
      '2. Public Comment',
      '3. New Business',
      '',
      'Approval of the Minutes',
      'Trustee Holt moved to approve the minutes of February 3. The motion carried.',
      '',
      'Public Comment',
      'A resident asked about snow removal on Elm Street.',
      '',
      'New Business',
      'The Board reviewed a request for a block party permit on Lake Drive.',
    ].join('\n');
    const s = segment(text, 'en');
    expect(s.agenda.map((a) => a.title)).toEqual(['Approval of the Minutes', 'Public Comment', 'New Business']);
    const heading = s.zones!.find((z) => z.text === 'Approval of the Minutes' && z.zone !== 'agenda');
    expect(heading?.zone).toBe('discussion');
  });

  it('stays an agenda item when items follow it', () => {
    const text = [
      'ACTA REUNION DE DIRECTORIO',
      '',
      'Temas a tratar:',
      '1. Balance anual',
      '2. Cuotas sociales',
      '',
      'Varios',
      'Cuotas atrasadas',
      '',
      'Se da inicio a la reunion con la lectura del balance anual por parte del tesorero.',
    ].join('\n');
    const s = segment(text, 'es');
    expect(s.agenda.map((a) => a.title)).toEqual(['Balance anual', 'Cuotas sociales', 'Varios', 'Cuotas atrasadas']);
  });
});
