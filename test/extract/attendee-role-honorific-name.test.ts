import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

// Invented actas and minutes: a role, then an honorific, then the person's name.
describe('role, honorific, name', () => {
  it('splits the role before the honorific from the name after it', () => {
    const doc = [
      'ACTA SESIÓN ORDINARIA N° 12',
      'CONCEJO MUNICIPAL DE VILLA ALEGRE',
      '',
      'Asistentes:',
      'Alcaldesa Sra. Carolina Bustos Leiva',
      'Concejal Sr. Pedro Soto Araya',
      'Secretario Municipal Don Luis Mena Vera',
      '',
      'TABLA:',
      '1. Varios',
    ].join('\n');
    expect(segment(doc, 'es').attendees.map((a) => [a.name, a.role, a.organization])).toEqual([
      ['Carolina Bustos Leiva', 'Alcaldesa', null],
      ['Pedro Soto Araya', 'Concejal', null],
      ['Luis Mena Vera', 'Secretario Municipal', null],
    ]);
  });

  it('keeps an initial inside a name and an English title', () => {
    const doc = [
      'TOWN OF OAK FALLS',
      'COUNCIL MEETING MINUTES',
      '',
      'Present:',
      'Mayor Mr. Glen Holt',
      'Trustee Ana C. Ruiz',
      '',
      'AGENDA',
      '1. Budget',
    ].join('\n');
    const people = segment(doc, 'en').attendees.map((a) => [a.name, a.role]);
    expect(people).toEqual([['Glen Holt', 'Mayor'], ['Ana C. Ruiz', 'Trustee']]);
  });
});
