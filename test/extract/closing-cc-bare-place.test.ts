// A "cc:" / "c.c.p.:" copy list is the distribution; "en dependencias de ..." names the place (invented minutes).
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

describe('copy lists and places without their article', () => {
  it('reads an English cc: line as the distribution', () => {
    const s = segment('Riverbend Library Board of Trustees\nSpecial Meeting Minutes\nTuesday, October 6, 2020, 6:30 - 7:45 p.m.\n\nTrustees present: Helen Park, Omar Shaikh\n\nBudget Amendment\nThe Board reviewed the amendment.\n\nAdjournment\nThe meeting was adjourned at 7:45 p.m.\n\nMinutes recorded by Gail Turner, Secretary\ncc: Town Clerk; Friends of the Library\n', 'en');
    expect(s.closing.distribution).toBe('Town Clerk; Friends of the Library');
  });
  it('reads a Spanish c.c.p.: line as the distribution', () => {
    const s = segment('ACTA REUNION ORDINARIA N° 3\nCOMITE DE BIENESTAR\nFecha: 5 de marzo de 2020\n\nAsistentes:\n- Ana Rojas, presidenta\n\n1. Cuenta\nSe informa.\n\nSe levanta la sesion a las 19:45 horas.\n\nc.c.p.: Archivo; Dirección de Personal\n', 'es');
    expect(s.closing.distribution).toBe('Archivo; Dirección de Personal');
  });
  it('reads the place after "en dependencias de"', () => {
    const s = segment('ACTA DE REUNION EXTRAORDINARIA N° 7/2023\nCONSEJO ESCOLAR LICEO LAS ARAUCARIAS\n\nEn Temuco, a 5 de abril de 2023, en dependencias de la biblioteca del Liceo, siendo las 15:10 horas, se reune el Consejo Escolar con la asistencia de los siguientes integrantes:\n\nDirectora: Paula Henriquez Saez\n\nTemas:\n1. Plan de convivencia escolar\n', 'es');
    expect(s.header.location).toBe('dependencias de la biblioteca del Liceo');
  });
});
