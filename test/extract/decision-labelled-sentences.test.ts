import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

// Invented minutes of a parents' association: two labelled decisions in one paragraph.
const CENTRO = [
  'ACTA DE REUNIÓN ORDINARIA',
  'CENTRO DE PADRES ESCUELA LOS ROBLES',
  '',
  'En Rancagua, a 3 de junio de 2024, siendo las 18:30 horas, se reúne la directiva del Centro de Padres.',
  '',
  '1. Cuenta de tesorería',
  'El Tesorero presenta el estado de cuentas del primer semestre.',
  '',
  'Se acuerda destinar cien mil pesos a la compra de libros para la biblioteca. Se aprueba por unanimidad.',
  '',
  '2. Paseo de fin de año',
  'Se acuerda realizar el paseo el 14 de diciembre. Se aprueba contratar dos buses para el traslado.',
  '',
  'Se levanta la sesión a las 19:45 horas.',
].join('\n');

describe('labelled Spanish decisions in one paragraph', () => {
  const s = segment(CENTRO, 'es');
  it('gives each sentence opening with a decision its own agreement, a bare vote staying with its decision', () => {
    expect(s.agreements.map((a) => a.text)).toEqual([
      'Se acuerda destinar cien mil pesos a la compra de libros para la biblioteca. Se aprueba por unanimidad.',
      'Se acuerda realizar el paseo el 14 de diciembre.',
      'Se aprueba contratar dos buses para el traslado.',
    ]);
  });
});
