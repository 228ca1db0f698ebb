// The body a title names, as the opening sentences spell it (namedInOpening): found through a gate built once per
// orgHeads word and a unit-by-unit comparison of the folded name.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

describe('the body a title names', () => {
  const minutes = (title: string, opening: string) => `${title}

${opening}

Se aprueba el presupuesto anual por unanimidad de los presentes en la sala.
`;

  it('is read in the opening sentence, accents and letter case aside', () => {
    const h = segment(minutes('ACTA CONSEJO DE FACULTAD', 'En Villa Serena, a 12 de agosto de 2015, se reúne el Consejo de Facultad de Artes Visuales, con la asistencia de sus miembros.'), 'es').header;
    expect(h.organization).toBe('Consejo de Facultad de Artes Visuales');
  });

  it('is read where the sentence spells the head word with an accent the title lacks', () => {
    const h = segment(minutes('ACTA COMITE DE OBRAS', 'En Villa Serena, a 12 de agosto de 2015, sesiona el Comité de Obras del Barrio Norte, con la asistencia de sus miembros.'), 'es').header;
    expect(h.organization).toBe('Comité de Obras del Barrio Norte');
  });

  it('is not taken from a sentence that names another body', () => {
    const h = segment(minutes('ACTA CONSEJO DE FACULTAD', 'En Villa Serena, a 12 de agosto de 2015, se reúne el Consejo Directivo del Club, con la asistencia de sus miembros.'), 'es').header;
    expect(h.organization).not.toBe('Consejo de Facultad');
  });
});

describe('meeting words opening a body\'s name', () => {
  it('go, however many and with the session\'s kind between', () => {
    const es = segment('ACTA N° 7\nSESIÓN EXTRAORDINARIA DEL CONCEJO MUNICIPAL DE PUERTO ALDEA\n\nEn Puerto Aldea, a 3 de agosto de 2021, siendo las 15:05 horas, se da inicio a la sesión extraordinaria del Concejo Municipal.\n', 'es');
    expect(es.header.organization).toBe('CONCEJO MUNICIPAL DE PUERTO ALDEA');
    const en = segment('Minutes of the Annual General Meeting\nof the Brookside Tenants Association\nheld on 12th March 2023 at 2pm\n\nThe chair opened the meeting and welcomed the members to the annual general meeting of the association.\n', 'en');
    expect(en.header.organization).toBe('Brookside Tenants Association');
  });
});

describe('a letterhead under a title that names only a board', () => {
  it('is the organization when its head word is a kind of body ("Co-op", "Cabildo")', () => {
    const en = segment('MINUTES OF THE BOARD MEETING\nHarbourside Food Co-op\nMarch 3, 2022\n\nPresent: Ann Lee, Bob Stone\n\nThe meeting opened at 7 PM.\n', 'en');
    expect(en.header.organization).toBe('Harbourside Food Co-op');
    const es = segment('ACTA DE SESIÓN ORDINARIA DEL CONSEJO\nCabildo Indígena de Loma Verde\n3 de marzo de 2022\n\nAsistentes: Ana Ruiz, Luis Paz\n\nSe abre la sesión a las 19:00 horas.\n', 'es');
    expect(es.header.organization).toBe('Cabildo Indígena de Loma Verde');
  });
});
