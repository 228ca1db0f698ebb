// Spanish decisions said in sentences: the body named before its verb ("la Junta acuerda ..."), and "Se resuelve"
// kept at the head of its decision as "Se acuerda" is.
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../src/extract/agreements.js';
import { SegmentContext } from '../../src/segment/context.js';
import { keywords } from '../../src/segment/keywords.js';

/** The agreements read in one discussion part made of `paragraphs`. */
function decisions(paragraphs: string[]) {
  const part = { agendaNumber: '2', title: 'Obras', text: paragraphs.join('\n\n'), paragraphs };
  return extractAgreements([], [part], keywords('es'), new SegmentContext('es', '', [])).map((a) => a.text);
}

describe('a body named before its decision', () => {
  it('opens the decision', () => {
    expect(decisions(['El tesorero presenta dos presupuestos para el tejado. La Asamblea acuerda por unanimidad encargar la obra a Tejados Ruiz.']))
      .toEqual(['La Asamblea acuerda por unanimidad encargar la obra a Tejados Ruiz.']);
  });

  it('follows the vote that opens the sentence', () => {
    expect(decisions(['Por mayoría, con el voto en contra del Sr. Gil, el Consejo Directivo resolvió vender el tractor viejo.']))
      .toEqual(['Por mayoría, con el voto en contra del Sr. Gil, el Consejo Directivo resolvió vender el tractor viejo.']);
  });

  it('is no decision when the body only asks about one', () => {
    expect(decisions(['El vocal pregunta si la Junta acuerda que se pinte la sede.'])).toEqual([]);
  });
});

describe('"Se resuelve" opening a paragraph', () => {
  it('stays in the decision', () => {
    expect(decisions(['Se resuelve por unanimidad abrir la biblioteca los sábados.'])).toEqual(['Se resuelve por unanimidad abrir la biblioteca los sábados.']);
  });
});

describe("a resolution label naming the body's initials", () => {
  it('numbers the resolution ("RESOLUCIÓN CD N° 151/16:")', () => {
    const part = { agendaNumber: '2', title: 'Concursos', text: '', paragraphs: ['RESOLUCIÓN JD N° 27/19: Aprobar el calendario de cursos de verano.'] };
    const found = extractAgreements([], [part], keywords('es'), new SegmentContext('es', '', []));
    expect(found.map((a) => [a.number, a.text])).toEqual([['27/19', 'Aprobar el calendario de cursos de verano.']]);
  });
});
