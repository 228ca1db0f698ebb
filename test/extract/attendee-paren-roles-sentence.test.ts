// Untitled names in a sentence, each with its role in parentheses ("los directivos Ana Paz (presidenta), ..."),
// beside a titled name in another clause of the same paragraph.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `CLUB DEPORTIVO LAS ACACIAS
ACTA N° 57

Siendo las 7:00 p. m. del jueves 2 de junio de 2022, el presidente del Club, señor Hernando Lizcano Ruiz, abre la sesión. Se encuentran presentes los directivos Hernando Lizcano Ruiz (presidente), Marleny Ospina Duque (tesorera) y Rigoberto Salcedo Vera (vocal).

ORDEN DEL DÍA
1. Informe de tesorería.

1. Informe de tesorería.
La tesorera presenta el informe.
`;

describe('names with their roles in parentheses in a sentence', () => {
  const found = segment(ACTA, 'es').attendees.map((a) => `${a.status} ${a.name} | ${a.role}`);

  it('reads each untitled name with its role', () => {
    expect(found).toContain('present Marleny Ospina Duque | tesorera');
    expect(found).toContain('present Rigoberto Salcedo Vera | vocal');
  });

  it('keeps the titled name once', () => {
    expect(found.filter((a) => a.includes('Hernando Lizcano Ruiz'))).toHaveLength(1);
  });
});
