import { describe, expect, it } from 'vitest';
import { endsAttendeeList } from '../../src/segment/list-end.js';
import { keywords } from '../../src/segment/keywords.js';
import { segment } from '../../src/segment/index.js';

describe('endsAttendeeList', () => {
  const en = keywords('en');
  const es = keywords('es');
  it('ends the list at a short heading-like line that names nobody', () => {
    expect(endsAttendeeList('Review of the Budget (Tom)', en)).toBe(true);
    expect(endsAttendeeList('Temas pendientes', es)).toBe(true);
  });
  it('keeps names, institutions, labels, numbered rows, specks and wrapped text in the list', () => {
    expect(endsAttendeeList('Helen Marsh (Acme Ltd)', en)).toBe(false);
    expect(endsAttendeeList('+. Rosa Elvira Pinto - Tesorera', es)).toBe(false);
    expect(endsAttendeeList('Municipalidad de Los Olmos', es)).toBe(false);
    expect(endsAttendeeList('Por la Junta Vecinal:', es)).toBe(false);
    expect(endsAttendeeList('12 Pedro Soto Lagos Consejo Regional de Turismo', es)).toBe(false);
    expect(endsAttendeeList('Constatado el quórum necesario para dar inicio a la', es)).toBe(false);
  });
});

describe('an empty attendance label followed by sections', () => {
  it('does not turn the sections into guests', () => {
    const doc = ['Tenants Association Notes', '', 'Attending:', 'Helen Marsh', 'Oscar Pruitt', '', 'Guests:', '',
      'Review of the Budget (Tom)', 'Approved as presented.', '', 'Garden Plots', 'Two plots remain free.'].join('\n');
    const s = segment(doc, 'en');
    expect(s.attendees.map((a) => [a.name, a.status])).toEqual([['Helen Marsh', 'present'], ['Oscar Pruitt', 'present']]);
  });
});
