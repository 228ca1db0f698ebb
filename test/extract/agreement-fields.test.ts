// Fields of listed agreements and decisions told in passing: joint owners, a due label after the responsible, a
// "Ref" column, a vote said before the keyword, and passing words where decisions carry their own numbers.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { parseAgreement } from '../../src/extract/agreement-item.js';
import { extractAgreements } from '../../src/extract/agreements.js';
import { SegmentContext } from '../../src/segment/context.js';
import { keywords } from '../../src/segment/keywords.js';
import type { Lang } from '../../src/types.js';

const en = { lang: 'en' as const, year: 2024, kw: keywords('en') };

function decisions(paragraphs: string[], lang: Lang) {
  const part = { agendaNumber: '1', title: 'Asuntos', text: paragraphs.join('\n\n'), paragraphs };
  return extractAgreements([], [part], keywords(lang), new SegmentContext(lang, '', []));
}

describe('English actions', () => {
  it('name joint owners and leave the task without its stop', () => {
    expect(parseAgreement('ACTION: Priya and Tom to draft the grant report by 2024-06-03.', null, en)).toEqual({
      number: null, text: 'draft the grant report', responsible: 'Priya and Tom', due: '2024-06-03',
    });
    expect(parseAgreement('ACTION: Ivo to book the hall for the autumn fair.', null, en)).toEqual({
      number: null, text: 'book the hall for the autumn fair', responsible: 'Ivo', due: null,
    });
  });

  it('take their number from a "Ref" column', () => {
    const text = `MINUTES OF THE TRUST BOARD
Thursday 4 April 2024

Present: Ann Lee (Chair), Bob Kay

1. Welcome
The Chair welcomed members.

Action log
Ref\tAction\tLead\tDue
TB/24/07\tUpdate the risk register\tBob Kay\t30 April 2024
`;
    expect(segment(text, 'en').agreements).toEqual([{ number: 'TB/24/07', text: 'Update the risk register', responsible: 'Bob Kay', due: '2024-04-30' }]);
  });
});

describe('a "Responsable:" line under a listed agreement', () => {
  const text = `ACTA DE REUNIÓN DE LA MESA DIRECTIVA
Asociación de Vecinos Los Olivos
12 de marzo de 2021

Asistentes: Marta Gil, Rosa Vidal, Pedro Sanz.

1. Informe de tesorería
La tesorera presenta el estado de cuentas.

Acuerdos
1. Pintar la fachada del salón comunal.
Responsable: Tesorera. Fecha límite: 30 de abril de 2021.
2. Organizar la fiesta de primavera.
Responsable: Vocal de Actividades Culturales.
`;
  const found = segment(text, 'es').agreements;

  it('gives the due its own label names after the responsible', () => {
    expect([found[0]!.responsible, found[0]!.due]).toEqual(['Tesorera', '2021-04-30']);
  });

  it('is no table header, whatever words the name holds', () => {
    expect(found.map((a) => [a.number, a.responsible])).toEqual([['1', 'Tesorera'], ['2', 'Vocal de Actividades Culturales']]);
  });
});

describe('decisions told in passing', () => {
  it('keep the vote said before the keyword, and read "se acuerda," with its comma', () => {
    const found = decisions([
      'Se revisa el presupuesto. Por unanimidad de los cinco vocales presentes, se acuerda aprobar el gasto de pintura.',
      'Tras el debate, se acuerda, con cuatro votos a favor, cambiar el horario de la oficina.',
    ], 'es');
    expect(found.map((a) => a.text)).toEqual([
      'Por unanimidad de los cinco vocales presentes, se acuerda aprobar el gasto de pintura.',
      'se acuerda, con cuatro votos a favor, cambiar el horario de la oficina.',
    ]);
  });

  it('are not read where each decision carries its number', () => {
    const found = decisions([
      'La gerente presenta la nota del club; se resuelve otorgar la ayuda.',
      'RESOLUCIÓN N° 12/2020: Otorgar al club una ayuda de $ 5.000.',
    ], 'es');
    expect(found.map((a) => [a.number, a.text])).toEqual([['12/2020', 'Otorgar al club una ayuda de $ 5.000.']]);
  });
});
