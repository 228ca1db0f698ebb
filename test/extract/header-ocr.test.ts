// Header fields a page layout broke over lines.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

describe('a labelled location', () => {
  const minutes = (below: string) => `ACTA DE REUNIÓN DE LA DIRECTIVA
FECHA: 08/03/2004 HORA: 19:00 hrs. LUGAR: Sede social, calle Los Aromos N° 55,

${below}

Se reúne la directiva del Club Deportivo Estrella con la asistencia que se indica.
`;

  it('ending in a comma goes on in the short line below', () => {
    expect(segment(minutes('Villa Alegre'), 'es').header.location).toBe('Sede social, calle Los Aromos N° 55, Villa Alegre');
  });

  it('takes no label nor sentence from below', () => {
    expect(segment(minutes('Asistencia: ver anexo'), 'es').header.location).toBe('Sede social, calle Los Aromos N° 55');
  });
});
