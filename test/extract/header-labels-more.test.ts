// Header values from more label shapes: "Número de acta:", OCR's "n.?", a place's final stop, a lost closing quote,
// an online meeting's platform on the date line.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const acta = (head: string) => `${head}

1. Lectura del acta anterior
Se aprueba el acta anterior sin observaciones.
`;

describe('header: more label shapes', () => {
  it('reads "Número de acta:" and OCR\'s "n.?" as the session number', () => {
    expect(segment(acta('ACTA DE LA SEGUNDA SESIÓN ORDINARIA 2025\nNúmero de acta: CAS-UTR/SO/02/2025\n\nSiendo las 10:00 horas se reúne el comité.'), 'es').header.sessionNumber).toBe('CAS-UTR/SO/02/2025');
    expect(segment(acta('ACTA DE LA REUNIÓN DE LA JUNTA RECTORA\nSesion n.? 4/2025\n\nLugar: sede social.'), 'es').header.sessionNumber).toBe('4/2025');
  });

  it('drops a sentence stop after a labelled place, not an abbreviation\'s', () => {
    expect(segment(acta('ACTA DE LA REUNIÓN DE LA JUNTA RECTORA\nLugar: local social, calle Mayor, 9, Tarazona.\nFecha: 3 de marzo de 2025.'), 'es').header.location).toBe('local social, calle Mayor, 9, Tarazona');
    expect(segment(acta('ACTA DE LA REUNIÓN DE LA JUNTA RECTORA\nLugar: oficinas de Riegos del Ebro Ltda.\nFecha: 3 de marzo de 2025.'), 'es').header.location).toBe('oficinas de Riegos del Ebro Ltda.');
  });

  it('gives back a straight closing quote cut from the body\'s name', () => {
    const s = segment(acta('Acta N° 77 - Reunión de Comisión Directiva\n\nEn la ciudad de Junín, a 5 de mayo de 2025, se reúne la Comisión Directiva del Club Social "Los Aromos", en su sede.'), 'es');
    expect(s.header.organization).toBe('Comisión Directiva del Club Social "Los Aromos"');
  });

  it('reads the platform of a meeting held online from its date line', () => {
    const s = segment(`Residents' Association of Larch Court
Committee meeting minutes

Held: Monday 3 March 2025, 7.30pm, via Microsoft Teams
Chair: Ines Vadász

1. Bins
The committee agreed to ask for a second bin store.
`, 'en');
    expect(s.header.location).toBe('Microsoft Teams');
  });
});

describe('minuta labels', () => {
  it('reads "Minuta N°" as the session number and "Minuta elaborada por:" as who prepared it', () => {
    const s = segment(`MINUTA DE REUNIÓN
Minuta N°\tMT-007-2025
Fecha\t04/03/2025

1. Avance de obra
Se revisó el avance de la obra del tanque.

Minuta elaborada por: Rocío Elena Quesada Mora, 05/03/2025.
`, 'es');
    expect(s.header.sessionNumber).toBe('MT-007-2025');
    expect(s.closing.preparedBy).toBe('Rocío Elena Quesada Mora');
    expect(s.closing.preparedOn).toBe('2025-03-05');
  });
});
