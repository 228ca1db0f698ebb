// A numbered title over the meeting's kind ("ACTA N° 77" / "SESIÓN ORDINARIA DEL DIRECTORIO"): the kind is the
// subtitle, and the body is the organ of the letterhead's body as the opening sentence names it, guillemets whole.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const minutes = (letterhead: string, kind: string, opening: string) => `${letterhead}
Barrio Norte · Villa Serena
ACTA N° 77
${kind}

${opening}

Asistentes:
Rosa Quintero, presidenta
Tomás Ibarra, secretario

1. Cuotas
Se revisan las cuotas del año y se acuerda mantenerlas sin cambios.
`;

describe('a numbered title over the meeting', () => {
  it('gives the meeting as subtitle and the organ of the letterhead body as organization', () => {
    const h = segment(minutes('COOPERATIVA DE AGUA «LOMA ALTA» LIMITADA', 'SESIÓN ORDINARIA DEL DIRECTORIO', 'En Villa Serena, a 3 de mayo de 2020, siendo las 19:00 horas, se reúne el Directorio de la Cooperativa de Agua «Loma Alta» Limitada, presidido por su titular.'), 'es').header;
    expect(h.subtitle).toBe('SESIÓN ORDINARIA DEL DIRECTORIO');
    expect(h.organization).toBe('Directorio de la Cooperativa de Agua «Loma Alta» Limitada');
  });

  it('keeps the closing guillemet of a name the sentence ends with', () => {
    const h = segment(minutes('JUNTA DE AGUA «LOMA ALTA»', 'SESIÓN ORDINARIA DEL DIRECTORIO', 'En Villa Serena, a 3 de mayo de 2020, siendo las 19:00 horas, se instala la sesión del Directorio de la Junta de Agua «Loma Alta», convocada por su presidenta.'), 'es').header;
    expect(h.organization).toBe('Directorio de la Junta de Agua «Loma Alta»');
  });

  it('keeps the organ alone when no sentence names it with the letterhead body', () => {
    const h = segment(minutes('JUNTA DE AGUA «LOMA ALTA»', 'SESIÓN ORDINARIA DEL DIRECTORIO', 'En Villa Serena, a 3 de mayo de 2020, siendo las 19:00 horas, se abre la sesión con la asistencia de sus miembros.'), 'es').header;
    expect(h.organization).toBe('DIRECTORIO');
  });
});
