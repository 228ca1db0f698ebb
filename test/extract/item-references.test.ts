// Discussion paragraphs that name the agenda item they treat ("Como segundo punto del orden del día, ...").
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `ACTA DE SESIÓN DEL COMITÉ DE BIBLIOTECA ESCOLAR

En la ciudad de Tepic, a 3 de marzo de 2021, siendo las 10:00 horas, se reúne el comité.

ORDEN DEL DÍA
1. Lista de asistencia.
2. Informe de préstamos del semestre.
3. Compra de libros nuevos.
4. Asuntos generales.

I. Como primer punto del orden del día, se verificó la asistencia de los cinco integrantes.

ll. Como segundo punto del orden del día, la bibliotecaria informó que se prestaron 412 libros.

Respecto al tercer punto, el comité revisó tres cotizaciones de editoriales locales.

IV. Como cuarto punto, no hubo asuntos generales.
`;

describe('paragraphs naming their agenda item', () => {
  it("head that item's part, whatever OCR made of their number or with none printed", () => {
    const parts = segment(MINUTES, 'es').discussion;
    expect(parts.map((d) => d.agendaNumber)).toEqual(['1', '2', '3', '4']);
    expect(parts[1]!.text).toMatch(/^Como segundo punto del orden del día, la bibliotecaria informó/);
    expect(parts[2]!.text).toMatch(/^Respecto al tercer punto, el comité revisó/);
    // With no title printed, the part takes its item's, as numbered prose paragraphs do.
    expect(parts[2]!.title).toBe('Compra de libros nuevos.');
  });

  it('do not cut a part where the item has its own heading', () => {
    const text = `ACTA DE REUNIÓN DEL CLUB DE AJEDREZ

ORDEN DEL DÍA
1. Informe del presidente.
2. Presupuesto.

DESARROLLO DE LA SESIÓN

1. Informe del presidente. El presidente expuso su plan de trabajo para el año en cuatro puntos.

En el segundo punto de su plan propuso ampliar el horario de la sala de juego.

2. Presupuesto. Se aprobó el presupuesto anual por unanimidad.
`;
    const parts = segment(text, 'es').discussion;
    expect(parts.map((d) => d.agendaNumber)).toEqual(['1', '2']);
    expect(parts[0]!.text).toContain('En el segundo punto de su plan');
    // The short line's run-in title is the item's own: what follows it is the part's text.
    expect(parts[1]!.text).toBe('Se aprobó el presupuesto anual por unanimidad.');
  });
});

describe('a paragraph naming its item right after another', () => {
  it('heads that item\'s part after a sentence ending in a filler, with a number OCR bent past reading', () => {
    const text = MINUTES.replace('\n\nIV. Como cuarto punto', ' - - - -------\nY. Como cuarto punto');
    expect(segment(text, 'es').discussion.map((d) => d.agendaNumber)).toEqual(['1', '2', '3', '4']);
  });
});

describe('an agenda item that reads like a section heading', () => {
  it('is an item under the agenda heading ("1. Lista de asistencia.")', () => {
    const { agenda, attendees } = segment(MINUTES, 'es');
    expect(agenda.map((a) => a.title)).toEqual(['Lista de asistencia.', 'Informe de préstamos del semestre.', 'Compra de libros nuevos.', 'Asuntos generales.']);
    expect(attendees).toEqual([]);
  });
});
