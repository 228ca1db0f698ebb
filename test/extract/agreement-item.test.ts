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

describe('task — owner — due', () => {
  const en = { lang: 'en' as const, year: 2021, kw: keywords('en') };

  it('splits into text, responsible and due', () => {
    expect(parseAgreement('Order the new chairs – Mark Ellis – June 4, 2021', null, en))
      .toEqual({ number: null, text: 'Order the new chairs', responsible: 'Mark Ellis', due: '2021-06-04' });
  });

  it('is not read into a sentence that goes on after the second dash', () => {
    const text = 'owner Mark Ellis – asked by Ana – Could you send the chair quotes before the next meeting so we can vote?';
    expect(parseAgreement(text, null, en)).toEqual({ number: null, text, responsible: null, due: null });
  });
});

describe('a due date OCR bent', () => {
  const en = { lang: 'en' as const, year: 2024, kw: keywords('en') };

  it('is read with its parenthesis bent or lost, and its dashes read as spaces or periods', () => {
    expect(parseAgreement('book the hall {due 2024-05-24)', null, en)).toEqual({ number: null, text: 'book the hall', responsible: null, due: '2024-05-24' });
    expect(parseAgreement('order the chairs due 2024 05-21)', null, en)).toEqual({ number: null, text: 'order the chairs', responsible: null, due: '2024-05-21' });
    expect(parseAgreement('send the minutes (due 2024.05-28)', null, en)).toEqual({ number: null, text: 'send the minutes', responsible: null, due: '2024-05-28' });
  });

  it('is not taken from a sentence that only says "due"', () => {
    const text = 'Pay the invoices that are due 15 days after delivery';
    expect(parseAgreement(text, null, en)).toEqual({ number: null, text, responsible: null, due: null });
  });
});

describe('an inline responsible whose name holds a title', () => {
  it('keeps the title\'s period inside the name', () => {
    const a = parseAgreement('Postular al fondo vecinal. Responsable: Sr. Héctor Valdivia. Plazo: 25 de abril de 2025.', '1', { lang: 'es', year: 2025, kw: keywords('es') });
    expect([a.text, a.responsible, a.due]).toEqual(['Postular al fondo vecinal.', 'Sr. Héctor Valdivia', '2025-04-25']);
  });
});

describe('the office a resolution charges', () => {
  const en = { lang: 'en' as const, year: 2024, kw: keywords('en') };
  it('is the responsible, but not the body deciding nor a passive', () => {
    expect(parseAgreement('RESOLVED that the Finance Director obtain three quotes for the roof.', null, en).responsible).toBe('Finance Director');
    expect(parseAgreement('RESOLVED that the Board approve the audited statements.', null, en).responsible).toBeNull();
    expect(parseAgreement('RESOLVED that the Executive Director be authorized to sign the lease.', null, en).responsible).toBeNull();
  });
});
