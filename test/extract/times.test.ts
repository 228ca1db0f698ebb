import { describe, expect, it } from 'vitest';
import { findTimes, parseTime } from '../../src/extract/times.js';

describe('parseTime', () => {
  const cases: Array<[string, string | null]> = [
    ['16:30 hrs', '16:30'],
    ['siendo las 10.15 horas', '10:15'],
    ['4:30 p.m.', '16:30'],
    ['a las diez horas', '10:00'],
    ['7:05 PM', '19:05'],
    ['12:35 p.m.', '12:35'],
    ['12:10 a.m.', '00:10'],
    ['at 9 am', '09:00'],
    ['a las 18 horas', '18:00'],
    ['las veinte horas y treinta minutos', '20:30'],
    ['las veintidós horas y cinco minutos', '22:05'],
    ['siendo las trece horas con diez minutos', '13:10'],
    ['16:00 UTC', '16:00'],
    ['$ 18.450.000', null],
    ['versión 3.2.1', null],
    ['un 4,2% en el mes', null],
    ['25:10', null],
    ['called to order @ 13:04 PM EST', '13:04'],
    ['13:04 AM', null],
    ['at 7.30pm in the Village Hall', '19:30'],
    ['closed at 8.52pm.', '20:52'],
    ['at 3.50km', null],
  ];
  for (const [input, expected] of cases) it(`${input} -> ${expected}`, () => expect(parseTime(input)).toBe(expected));

  it('reads no hour from the minutes of a 24-hour time with a meridiem', () => {
    expect(findTimes('13:04 PM EST (17:04 UTC)').map((t) => t.hhmm)).toEqual(['13:04', '17:04']);
  });

  it('reads both ends of a range', () => {
    expect(findTimes('Hora: 09:30 a 11:45 horas').map((t) => t.hhmm)).toEqual(['09:30', '11:45']);
  });
});

describe('times whose colon OCR lost', () => {
  it('are read between a time word and a unit or meridiem', () => {
    expect(findTimes('Time 16 00 UTC').map((t) => t.hhmm)).toEqual(['16:00']);
    expect(findTimes('Hora: 18 15 hrs.').map((t) => t.hhmm)).toEqual(['18:15']);
    expect(findTimes('at 7 05 PM').map((t) => t.hhmm)).toEqual(['19:05']);
  });

  it('are not made of two numbers without both', () => {
    expect(findTimes('Sala 12 30 personas')).toEqual([]);
    expect(findTimes('del 16 00 UTC')).toEqual([]);
    expect(findTimes('at 16 00 meters')).toEqual([]);
  });
});

describe('Spanish hours of the night and small hours', () => {
  it('reads the night past midnight as the early morning, and "la una" as an hour', () => {
    expect(findTimes('se levantó la sesión a las dos de la noche').map((t) => t.hhmm)).toEqual(['02:00']);
    expect(findTimes('a las doce de la noche').map((t) => t.hhmm)).toEqual(['00:00']);
    expect(findTimes('a las once y media de la noche').map((t) => t.hhmm)).toEqual(['23:30']);
    expect(findTimes('a las tres y cuarto de la madrugada').map((t) => t.hhmm)).toEqual(['03:15']);
    expect(findTimes('siendo la una de la tarde').map((t) => t.hhmm)).toEqual(['13:00']);
  });
});
