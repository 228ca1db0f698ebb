// A title or a body's name printed in capitals loses the one or two lower-case letters OCR read from specks after it.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const rest = '\nEn el local comunal, el 3 de mayo de 2020, siendo las 9:00 horas, se reúnen los socios.\n\nAsistentes: Juana Ticona Mamani, presidenta; Rolando Cruz Apaza, secretario.\n\n1. Informe de la directiva\nLa presidenta informa de las obras.\n';

describe('specks after a line in capitals', () => {
  it('are dropped from the title and the organization', () => {
    const h = segment(`ASOCIACIÓN DE PRODUCTORES DE LECHE - ra\nACTA DE REUNIÓN ORDINARIA DE SOCIOS e\n${rest}`, 'es').header;
    expect(h.title).toBe('ACTA DE REUNIÓN ORDINARIA DE SOCIOS');
    expect(h.organization).toBe('ASOCIACIÓN DE PRODUCTORES DE LECHE');
  });
  it('leave a title in mixed case as it is', () => {
    expect(segment(`Acta de reunión de socios de la asociación y de la junta de vecinos\n${rest}`, 'es').header.title).toBe('Acta de reunión de socios de la asociación y de la junta de vecinos');
  });
});
