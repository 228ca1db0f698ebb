// Times OCR damaged: read when the reading is sure, else none (never another number of the line); times told in
// words of the part of the day; a range whose start was lost gives its end only.
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/extract/times.js';
import { segment } from '../../src/segment/index.js';

const times = (s: string) => findTimes(s).map((t) => t.hhmm);

describe('damaged and worded times', () => {
  it('reads a colon OCR made a hyphen or a slash after "at" and before a meridiem', () => {
    expect(times('the board rose at 10-20 pm. Next meeting')).toEqual(['22:20']);
    expect(times('the session closed at 11/45 a.m. with thanks')).toEqual(['11:45']);
  });

  it('takes no minutes of a damaged time for an hour', () => {
    expect(times('the board rose 10-20 pm sharp')).toEqual([]);
    expect(times('closed 11/45 a.m. with thanks')).toEqual([]);
    expect(times('ended 9 40 pm')).toEqual([]);
  });

  it('reads no time whose first digit OCR made a symbol', () => {
    expect(times('Tuesday 3 March 2026, £5:30-17:45, Room 4')).toEqual(['17:45']);
    expect(times('began §9:15 in the hall')).toEqual([]);
  });

  it('reads the part of the day as the meridiem', () => {
    expect(times("convened at 7:30 o'clock in the evening")).toEqual(['19:30']);
    expect(times('at 9 in the morning')).toEqual(['09:00']);
    expect(times("at 3 o'clock in the afternoon")).toEqual(['15:00']);
    expect(times('until 11 at night')).toEqual(['23:00']);
  });

  it('gives a header range whose start was lost its end only', () => {
    const s = segment(`Harbour Lane Allotment Society
Minutes of the Plot Holders' Committee
Tuesday 3 March 2026, £5:30-17:45, Pavilion

Present: Ines Vadász (chair), Colm Parfitt

1. Water troughs
The committee agreed to replace the two leaking troughs.
`, 'en');
    expect(s.header.startTime).toBeNull();
    expect(s.header.endTime).toBe('17:45');
  });

  it('reads the start from "opened the meeting ... at" in the body', () => {
    const s = segment(`Harbour Lane Allotment Society
Minutes of the Plot Holders' Committee
Tuesday 3 March 2026

1. Opening
Mr Colm Parfitt (Chair) opened the meeting of the committee at 18:05 and welcomed the members.

2. Water troughs
The committee agreed to replace the two leaking troughs.
`, 'en');
    expect(s.header.startTime).toBe('18:05');
  });

  it('reads "se finaliza la presente" as an adjournment', () => {
    const s = segment(`ACTA DE REUNIÓN ORDINARIA

En el salón comunal, siendo las 17:00 horas, se reúne la directiva del comité de agua de la aldea Los Pinos.

PRIMERO: La tesorera informó el saldo de la cuenta.

SEGUNDO: No habiendo más que tratar, se finaliza la presente siendo las diecinueve horas con veinte minutos.
`, 'es');
    expect(s.closing.adjournedAt).toBe('19:20');
  });
});
