// Action lines with an arrow between owner and task, and the closing lines that follow an action list.
import { describe, expect, it } from 'vitest';
import { parseAgreement } from '../../src/extract/agreement-item.js';
import { keywords } from '../../src/segment/keywords.js';
import { segment } from '../../src/segment/index.js';

const ctx = { lang: 'en' as const, year: 2024, kw: keywords('en') };

describe('an arrow between owner and task', () => {
  it('names the owner, and a date closing the task is its due', () => {
    expect(parseAgreement('Priya → update the install guide (2024-03-11)', null, ctx)).toEqual({ number: null, text: 'update the install guide', responsible: 'Priya', due: '2024-03-11' });
    expect(parseAgreement('Tom Hale -> book the hall', null, ctx)).toEqual({ number: null, text: 'book the hall', responsible: 'Tom Hale', due: null });
  });

  it('read by OCR as a dash, a tilde or a ">" counts only before a closing date', () => {
    expect(parseAgreement('Priya ~ update the install guide (2024-03-11)', null, ctx)).toMatchObject({ text: 'update the install guide', responsible: 'Priya', due: '2024-03-11' });
    expect(parseAgreement('Budget — approved as presented', null, ctx)).toMatchObject({ text: 'Budget — approved as presented', responsible: null });
  });
});

const MINUTES = `Minutes of the Editorial Board
14 March 2024

Present: Priya Nair, Tom Hale, Ines Rocha.

1. Spring issue
The board reviewed the proofs of the spring issue.

Actions
Priya → update the install guide (2024-03-11)
Tom → send the proofs to the printer (2024-03-15)

Date of next meeting: 18 April 2024, 10:00.
Minutes circulated to: board members; the printer
`;

describe('lines closing the minutes after an action list', () => {
  it('are no actions', () => {
    const texts = segment(MINUTES, 'en').agreements.map((a) => a.text);
    expect(texts).toEqual(['update the install guide', 'send the proofs to the printer']);
  });
});

describe('owners named in parentheses closing a task', () => {
  const es = { lang: 'es' as const, year: 2024, kw: keywords('es') };

  it('are its responsible, and a date after a comma its due', () => {
    expect(parseAgreement('Pintar la sede social (Marta Ibáñez y Luis Coronel, hasta el 3 de mayo de 2024).', null, es))
      .toEqual({ number: null, text: 'Pintar la sede social', responsible: 'Marta Ibáñez y Luis Coronel', due: '2024-05-03' });
    expect(parseAgreement('Pedir presupuestos de sillas (Ana Vela).', null, es)).toMatchObject({ text: 'Pedir presupuestos de sillas', responsible: 'Ana Vela' });
  });

  it('need a full name, and a date after the comma', () => {
    expect(parseAgreement('Celebrar la reunión por videoconferencia (Zoom).', null, es)).toMatchObject({ text: 'Celebrar la reunión por videoconferencia (Zoom).', responsible: null });
    expect(parseAgreement('Revisar el plan (Plan Anual, segunda parte).', null, es)).toMatchObject({ responsible: null });
  });
});

describe('a speck OCR left after the final stop', () => {
  it('goes, and the fields before it are read', () => {
    const es = { lang: 'es' as const, year: 2024, kw: keywords('es') };
    expect(parseAgreement('Pintar la sede social. Responsable: Junta Vecinal Norte. a', null, es))
      .toMatchObject({ text: 'Pintar la sede social.', responsible: 'Junta Vecinal Norte' });
    expect(parseAgreement('The motion carried 4-0. ,', null, ctx).text).toBe('The motion carried 4-0.');
  });
});
