// Headings "PUNTO 2.º – Title" (the item's number with its ordinal sign) are numbered items: each opens its part with
// the title as printed, and the "Primero.-" / "Segundo.-" clauses of a decision inside it open none.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const text = 'ACTA DE LA SESIÓN ORDINARIA DEL PLENO\nAYUNTAMIENTO DE VILLAR DEL CAMPO\n\nFecha: 4 de marzo de 2016\nHora de comienzo: 20:00\n\nORDEN DEL DÍA\n1.º Aprobación del acta de la sesión anterior.\n2.º Ordenanza reguladora de la tasa de basuras.\n3.º Ruegos y preguntas.\n\nPUNTO 1.º – Aprobación del acta de la sesión anterior.\n\nSe aprueba por unanimidad sin observaciones.\n\nPUNTO 2.º – Tasa de basuras.\n\nEl Sr. Alcalde explica la propuesta, que se somete a votación y se aprueba, adoptándose el siguiente ACUERDO:\nPrimero.- Modificar la tarifa de la tasa de basuras.\nSegundo.- Publicar el acuerdo en el Boletín Oficial de la Provincia.\n\nPUNTO 3.º – Ruegos y preguntas.\n\nNo se formulan.\n\nSe levanta la sesión a las 21:10 horas.\n';

describe('"PUNTO n.º" headings', () => {
  it('open one part each, ordinal clauses inside', () => {
    const parts = segment(text, 'es').discussion;
    expect(parts.map((p) => [p.agendaNumber, p.title])).toEqual([
      ['1.º', 'Aprobación del acta de la sesión anterior.'],
      ['2.º', 'Tasa de basuras.'],
      ['3.º', 'Ruegos y preguntas.'],
    ]);
    expect(parts[1]!.text).toContain('Segundo.- Publicar el acuerdo');
  });
});
