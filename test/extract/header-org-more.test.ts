// The body and title a header names: a "Sync" title, the owner of the place met in passed over, a letterhead
// naming the body before a dash, a title opening the first paragraph under a letterhead, an "Órgano" as a body.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const tail = `
1. Lectura del acta anterior
Se aprueba el acta anterior sin observaciones.
`;

describe('header: more bodies and titles', () => {
  it('reads a "Sync" line as the title and the body line under it', () => {
    const s = segment(`Platform Guild Sync
Larchwood Maps Platform Guild

When: Monday 2026-03-02, 16:00–16:40 UTC

Present
Ines Vadász – Orbit Labs
Colm Parfitt – independent

Releases
The guild agreed to cut 3.1 next week.
`, 'en');
    expect(s.header.title).toBe('Platform Guild Sync');
    expect(s.header.organization).toBe('Larchwood Maps Platform Guild');
  });

  it('passes over the owner of the place met in, and takes the letterhead naming the body before a dash', () => {
    const s = segment(`MUNICIPALIDAD PROVINCIAL DE TALARA
Comité Provincial de Defensa Civil – COPRODEC Talara
ACTA DE SESIÓN ORDINARIA N° 004-2025

Siendo las 10:00 horas del día 4 de marzo de 2025, en el salón de actos de la Municipalidad Provincial de Talara, se reunieron los miembros del Comité Provincial de Defensa Civil, con la asistencia de:
${tail}`, 'es');
    expect(s.header.organization).toBe('Comité Provincial de Defensa Civil – COPRODEC Talara');
  });

  it('titles the minutes by the first paragraph\'s opening under a letterhead, and reads an "Órgano" as the body', () => {
    const s = segment(`CONSEJO VECINAL DE DESARROLLO
CASERÍO LAS PEÑAS, TOTONICAPÁN
LIBRO DE ACTAS No. 2

ACTA NÚMERO 07-2025. En el caserío Las Peñas, siendo las quince horas del sábado tres de mayo del año dos mil veinticinco, reunidos en la escuela del caserío, los integrantes del Órgano de Coordinación del Consejo Vecinal de Desarrollo, señores: Tomás Ixcoy, Presidente; Ana Tzoc, Secretaria; y el técnico de la Dirección Municipal de Planificación, proceden de la forma siguiente:
${tail}`, 'es');
    expect(s.header.title).toBe('ACTA NÚMERO 07-2025');
    expect(s.header.organization).toBe('Órgano de Coordinación del Consejo Vecinal de Desarrollo');
  });
});

describe('header: a letterhead\'s dash', () => {
  it('keeps a name going on after the dash, and cuts the meeting after it', () => {
    const kept = segment(`Body Corporate 551204 – Tōtara Court Units
Committee meeting minutes

Held: Monday 3 March 2025, 6.00pm, Unit 4

1. Roof
The committee agreed to get two quotes for the roof.
`, 'en').header;
    expect(kept.organization).toBe('Body Corporate 551204 – Tōtara Court Units');
    const cut = segment(`Larch Court Residents Association – Annual Meeting 2025
Minutes

Held: Monday 3 March 2025, 6.00pm, Unit 4

1. Roof
The committee agreed to get two quotes for the roof.
`, 'en').header;
    expect(cut.organization).toBe('Larch Court Residents Association');
  });
});

describe('header: more English shapes', () => {
  it('ends a place where the chair\'s sentence starts after a comma OCR made of a stop', () => {
    const s = segment(`Monday, May 5, 2025

The regular meeting of the Board of Trustees of the Village of Elm Ford was held in the Court Room of the Village Hall, 2 Mill Street, Elm Ford, Ohio, Mayor Dana K. Pruitt called the meeting to order at 7:00 p.m.

1. Claims
The Board approved the claims as presented.
`, 'en');
    expect(s.header.location).toBe('Court Room of the Village Hall, 2 Mill Street, Elm Ford, Ohio');
  });

  it('takes the body after the dash of a title naming the meeting first', () => {
    const s = segment(`Weekly sync — Hazelnut docs team

Present: Ines, Colm, Priya

Release notes
The team agreed to publish the notes on Friday.
`, 'en');
    expect(s.header.organization).toBe('Hazelnut docs team');
  });

  it('reads an institution\'s letterhead over the organ\'s title as the body', () => {
    const s = segment(`Ridgeway Valley Savings Bank
Board of Directors – Meeting Minutes
Thursday, April 3, 2025, 6:00 PM

Present: Renee Dubois (Chair), Tom Ash

1. Loan book
The board reviewed the loan book.
`, 'en');
    expect(s.header.organization).toBe('Ridgeway Valley Savings Bank');
  });
});

describe('header: Indian bodies', () => {
  it('reads a "Samiti" letterhead as the body and the meeting\'s ordinal as its number', () => {
    const s = segment(`GRAMIN JAL SEVA SAMITI
(Registered under the Societies Registration Act, 1860)

MINUTES OF THE 14TH MEETING OF THE EXECUTIVE COMMITTEE

Date: 4th March 2025
Time: 10:00 AM

1. Confirmation of minutes
The minutes of the 13th meeting were confirmed.
`, 'en');
    expect(s.header.organization).toBe('GRAMIN JAL SEVA SAMITI');
    expect(s.header.sessionNumber).toBe('14');
  });
});

describe('header: a meeting line under a numbered title', () => {
  it('is no body: the letterhead names it', () => {
    const s = segment(`JUNTA DE ACCIÓN COMUNAL VEREDA EL ROBLE
Personería Jurídica N° 0211 de 1979
ACTA N° 45
ASAMBLEA GENERAL ORDINARIA DE AFILIADOS

Fecha: domingo 2 de marzo de 2025
Lugar: Salón comunal

1. Verificación del quórum
Se verificó el quórum.
`, 'es');
    expect(s.header.organization).toBe('JUNTA DE ACCIÓN COMUNAL VEREDA EL ROBLE');
  });
});

describe('header: a body named for its village', () => {
  it('keeps "de la aldea X" in the opening\'s name of the body', () => {
    const s = segment(`CONSEJO VECINAL DE DESARROLLO
ACTA NÚMERO 03-2025

En la aldea Xolbe, siendo las quince horas del sábado tres de mayo del año dos mil veinticinco, reunidos en la escuela de la aldea, los miembros de la Junta Directiva del Comité de Agua de la aldea Xolbe, se procede a dejar constancia de lo siguiente:

PRIMERO: Se verificó la asistencia.
`, 'es');
    expect(s.header.organization).toBe('Junta Directiva del Comité de Agua de la aldea Xolbe');
  });
});
