// Who prepared the minutes, read from signatures and attendance lines; distribution labels ending in "to".
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const minutes = (top: string, tail: string) => `Minutes of the Grounds Committee
Fenwick Rowing Club
Tuesday 3 March 2026, 18:00, Boathouse

${top}

1. Slipway repairs
The committee discussed the cracked slipway and agreed to seek two quotes.

The meeting closed at 19:10.

${tail}
`;

describe('closing: who took the minutes and who gets them', () => {
  it('reads a two-line signature of a secretary ending English minutes', () => {
    const s = segment(minutes('Present: Ines Vadász (chair), Colm Parfitt', 'T. Okafor\nHonorary Secretary'), 'en');
    expect(s.closing.preparedBy).toBe('T. Okafor');
  });

  it('reads a lone secretary\'s signature line, not one a second signature shares', () => {
    expect(segment(minutes('Present: Ann Lee, Raj Rao.', 'Yesenia Ortega, Board Secretary'), 'en').closing.preparedBy).toBe('Yesenia Ortega');
    expect(segment(minutes('Present: Ann Lee, Raj Rao.', 'Ann Lee, Secretary    Raj Rao, Chairman'), 'en').closing.preparedBy).toBeNull();
  });
  it('reads the secretary column of signatures side by side, and the date under them', () => {
    const s = segment(minutes('Present: Ines Vadász (chair), Colm Parfitt', 'Sd/-\tSd/-\nMrs Priya Nair\tMr Colm Parfitt\nSecretary\tChairman\nDate: 22/03/2026'), 'en');
    expect(s.closing.preparedBy).toBe('Priya Nair');
    expect(s.closing.preparedOn).toBe("2026-03-22");
  });

  it('reads the minute-taker named in the attendance', () => {
    const s = segment(minutes('Present: Ines Vadász (chair), Colm Parfitt\nIn attendance: Ms Rhona Drummond (Club Administrator), minute-taker', ''), 'en');
    expect(s.closing.preparedBy).toBe('Rhona Drummond');
  });

  it('drops a role in parentheses and reads "Copies to" and "Minutes circulated to"', () => {
    const a = segment(minutes('Present: Ines Vadász (chair)', 'Minutes taken by: Rhona Drummond (Club Administrator)\nCopies to: Club Captain; Safety Officer'), 'en');
    expect(a.closing.preparedBy).toBe('Rhona Drummond');
    expect(a.closing.distribution).toBe('Club Captain; Safety Officer');
    const b = segment(minutes('Present: Ines Vadász (chair)', 'Minutes circulated to: all members; the club noticeboard'), 'en');
    expect(b.closing.distribution).toBe('all members; the club noticeboard');
  });

  it('splits "Notes by X; posted to Y" and takes the full name from the header', () => {
    const s = segment(minutes('Scribe: Rhona Drummond\nPresent: Ines Vadász (chair)', 'Notes by Rhona: posted to the club wiki.'), 'en');
    expect(s.closing.preparedBy).toBe('Rhona Drummond');
    expect(s.closing.distribution).toBe('the club wiki');
  });
});

describe('closing: Spanish signatures and "Proyectó:"', () => {
  const acta = (tail: string) => `ACTA DE REUNIÓN ORDINARIA N° 7

En la sede social, siendo las 19:00 horas, se reúne la Comisión Directiva del Club Atlético Las Acacias.

ORDEN DEL DÍA
1. Cuota social.
2. Varios.

DESARROLLO
1. Cuota social. Se aprueba mantener la cuota social.
2. Varios. No hubo.

Siendo las 21:00 horas se levanta la sesión.

${tail}
`;
  it('reads no preparer from a secretary\'s signature line, as the corpus reads none', () => {
    expect(segment(acta('Ana Ruiz, Secretaria    Luis Paz, Presidente'), 'es').closing.preparedBy).toBeNull();
  });
  it('reads "Proyectó:" as who prepared the minutes', () => {
    expect(segment(acta('Proyectó: Lucía Gaviria Ortiz, Auxiliar Administrativa'), 'es').closing.preparedBy).toBe('Lucía Gaviria Ortiz');
  });
});
