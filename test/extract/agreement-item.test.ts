import { describe, expect, it } from 'vitest';
import { parseAgreement } from '../../src/extract/agreement-item.js';
import { keywords } from '../../src/segment/keywords.js';

const ctx = { lang: 'es' as const, year: 2021, kw: keywords('es') };

describe('parseAgreement', () => {
  it('pulls trailing labelled fields off the text: the due date, then the responsible before it', () => {
    expect(parseAgreement('Publicar el balance en el diario mural. Responsable: Tesorera. Plazo: 31 de marzo de 2021.', '2', ctx))
      .toEqual({ number: '2', text: 'Publicar el balance en el diario mural.', responsible: 'Tesorera', due: '2021-03-31' });
    expect(parseAgreement('Enviar el informe. Plazo: fecha por definir', null, ctx))
      .toEqual({ number: null, text: 'Enviar el informe.', responsible: null, due: 'fecha por definir' });
  });

  it('leaves a sentence that merely mentions a deadline word alone', () => {
    const a = parseAgreement('Se amplía el plazo de postulación hasta el 15 de abril de 2021.', '3', ctx);
    expect(a.text).toBe('Se amplía el plazo de postulación hasta el 15 de abril de 2021.');
    expect(a.due).toBe('2021-04-15');
  });
});
