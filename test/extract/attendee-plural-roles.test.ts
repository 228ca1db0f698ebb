// "señores: Ana Paz, Presidenta; Luis Mora, Tesorero; ...": a plural title before a colon, each name's capitalised
// role after it; and a profession written capitalised as a title ("la Licenciada Ana Paz").
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `COMITÉ DE AGUA POTABLE
CASERÍO LOS ENCINOS

ACTA NÚMERO 7-2022. En el caserío Los Encinos, siendo las diez horas del domingo tres de abril de dos mil veintidós, reunidos en la escuela del caserío los integrantes del Comité, señores: Eulalio Choc Pop, Presidente; Marta Ixim Caal, Vicesecretaria; Tobías Xol Cuc, Tesorero; y los vocales Ana Tut Bol y Luis Coc Ical. Asiste como invitada la Licenciada Irma Yolanda Sacul Tiul, técnica de la Oficina Municipal de Agua. Se procede de la manera siguiente:

PRIMERO: El Presidente da la bienvenida.
`;

describe('a plural title before its list', () => {
  it('reads each name with its capitalised role', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => [a.name, a.role, a.organization, a.status]);
    expect(found).toEqual([
      ['Eulalio Choc Pop', 'Presidente', null, 'present'],
      ['Marta Ixim Caal', 'Vicesecretaria', null, 'present'],
      ['Tobías Xol Cuc', 'Tesorero', null, 'present'],
      ['Ana Tut Bol', 'vocal', null, 'present'],
      ['Luis Coc Ical', 'vocal', null, 'present'],
      ['Irma Yolanda Sacul Tiul', 'técnica', 'Oficina Municipal de Agua', 'guest'],
    ]);
  });
});
