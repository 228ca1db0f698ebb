import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../../src/extract/dates.js';

describe('parseDate', () => {
  const cases: Array<[string, string | null, number?]> = [
    ['27 de enero de 2016', '2016-01-27'],
    ['27-01-2016', '2016-01-27'],
    ['27/01/16', '2016-01-27'],
    ['05.03.1999', '1999-03-05'],
    ['March 3rd, 1998', '1998-03-03'],
    ['on Monday, the 14th day of October, 1985, at eight', '1985-10-14'],
    ['this 2nd day of the month of June 2031', '2031-06-02'],
    ['Tuesday, October 9, 2007 at 6 PM', '2007-10-09'],
    ['2024-05-14', '2024-05-14'],
    ['14 August 2021', '2021-08-14'],
    ['Thursday 8 February 2024', '2024-02-08'],
    ['held on 14 March 2024 at 7.30pm', '2024-03-14'],
    ['the 3rd of June 2020', '2020-06-03'],
    ['8 marchas de 2024', null],
    ['a los diecisiete días del mes de junio de 2024', '2024-06-17'],
    ['a los 17 días del mes de junio de 2024', '2024-06-17'],
    ['a los veintisiete días del mes de enero de dos mil dieciséis', '2016-01-27'],
    ['a treinta y uno de marzo de mil novecientos noventa y nueve', '1999-03-31'],
    ['EL DÍA 2 DE NOVIEMBRE DE 2010', '2010-11-02'],
    ['el viernes 30 de mayo', '2003-05-30', 2003],
    ['el viernes 30 de mayo', null],
    ['31-02-2020', null],
    ['$ 18.450.000', null],
    ['versión 3.2.1', null],
  ];
  for (const [input, expected, year] of cases) {
    it(`${input} -> ${expected}`, () => expect(parseDate(input, { defaultYear: year ?? null })).toBe(expected));
  }

  it('reads US slashes month first in English', () => {
    expect(parseDate('10/23/2007', { lang: 'en' })).toBe('2007-10-23');
    expect(parseDate('10/11/2007', { lang: 'es' })).toBe('2007-11-10');
  });

  it('finds every date with offsets into the input', () => {
    const s = 'Fecha: 25-04-2018; próxima: 30 de mayo de 2018';
    const hits = findDates(s);
    expect(hits.map((h) => h.iso)).toEqual(['2018-04-25', '2018-05-30']);
    expect(s.slice(hits[0]!.start, hits[0]!.end)).toBe('25-04-2018');
  });
});
