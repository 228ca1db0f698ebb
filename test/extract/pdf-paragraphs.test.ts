import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

// A PDF text layer keeps the page's line breaks and often no blank line between paragraphs: a sentence that stops
// short of the margin, followed by a capital, still ends its paragraph (hand-written sample).
const text = [
  'ACTA SESIÓN ORDINARIA N° 7',
  'En Temuco, a 3 de mayo de 2022, se reúne el Concejo Municipal en la sala de sesiones del edificio consistorial.',
  '',
  'TABLA',
  '1. Aprobación del acta anterior.',
  '2. Subvenciones.',
  '',
  'DESARROLLO',
  '1. Aprobación del acta anterior.',
  'El Secretario Municipal dio lectura al acta de la sesión anterior, enviada a los señores concejales con la',
  'debida anticipación. El acta se aprueba por unanimidad.',
  'ACUERDO N° 41: Se aprueba el acta de la sesión ordinaria N° 6, sin observaciones de los señores',
  'concejales presentes en la sala.',
  '2. Subvenciones.',
  'La Directora de Desarrollo Comunitario presentó la solicitud de subvención del club deportivo local para',
  'financiar el campeonato comunal de verano.',
  'ACUERDO N° 42: Se otorga una subvención de $ 500.000 al club deportivo local.',
].join('\n');

describe('paragraphs without blank lines', () => {
  it('finds labelled decisions that start a paragraph right after a short last line', () => {
    const s = segment(text, 'es');
    expect(s.agreements.map((a) => a.number)).toEqual(['41', '42']);
    expect(s.agreements[0]!.text).toBe('Se aprueba el acta de la sesión ordinaria N° 6, sin observaciones de los señores concejales presentes en la sala.');
    expect(s.discussion[0]!.text).toContain('por unanimidad.\n\nACUERDO N° 41');
  });
});
