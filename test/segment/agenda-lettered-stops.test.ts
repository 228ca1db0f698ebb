// Topics lettered "a." / "b." (a lower-case letter and a stop) are numbered items: the agenda under "TEMAS" is not one
// paragraph, and each "a. Title" heading opens its part.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const text = 'AYUDA MEMORIA N° 05/2024\nMESA DE COORDINACIÓN DE AGUA Y RIEGO DE PUERTO LLANO\n\nFecha: 12 de marzo de 2024\nLugar: salón de la alcaldía\n\nParticipantes: Ing. Marta Quiroga Salas, coordinadora; Sr. Pablo Rivas Torrez, regante.\n\nTEMAS\na. Estado de los canales de riego.\nb. Turnos de agua para la época seca.\nc. Varios.\n\nDESARROLLO\na. Estado de los canales de riego\n\nLa coordinadora informa que el canal principal tiene dos tramos dañados.\n\nb. Turnos de agua para la época seca\n\nLos regantes piden turnos de seis horas por familia.\n\nc. Varios\n\nNo se presentan otros asuntos.\n\nLa reunión concluye a horas 11:30.\n';

describe('an agenda lettered with stops', () => {
  it('gives one item per letter and a part for each', () => {
    const s = segment(text, 'es');
    expect(s.agenda.map((a) => [a.number, a.title])).toEqual([
      ['a', 'Estado de los canales de riego.'],
      ['b', 'Turnos de agua para la época seca.'],
      ['c', 'Varios.'],
    ]);
    expect(s.discussion.map((p) => p.title)).toEqual(['Estado de los canales de riego', 'Turnos de agua para la época seca', 'Varios']);
  });
});
