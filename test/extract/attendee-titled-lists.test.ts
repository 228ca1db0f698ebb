// People listed in running sentences with titles and roles: "Dña." / "D.", lower-case professions ("contador",
// "ingeniero"), a plural title over "Name, role;" entries, a list ending in "y los vocales ...", and English titles.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const people = (text: string, lang: 'es' | 'en') =>
  segment(text, lang).attendees.map((a) => `${a.status} ${a.name} | ${a.organization} | ${a.role}`);

describe('a Spanish opening sentence listing titled people', () => {
  const ACTA = `ACTA DE LA REUNIÓN DE LA JUNTA DIRECTIVA DE LA ASOCIACIÓN CULTURAL LOS OLIVOS

En Villanueva, a 3 de marzo de 2016, se reúne la Junta Directiva con la asistencia de Dña. Rosario Albert Mena, Presidenta; D. Tomás Ibáñez Gil, Secretario, y los vocales Dña. Lucía Ferrer Soler y D. Andrés Nieto Vidal.

Excusa su asistencia la vocal Dña. Pilar Sanz Oliva. Asiste como invitado el ingeniero Jaime Roca Puig, técnico de la Oficina Comarcal de Aguas.

1. Lectura del acta anterior.
Se aprueba por unanimidad.
`;
  const found = people(ACTA, 'es');

  it('reads "Dña." as a title and gives the article\'s role to the titled names after it', () => {
    expect(found).toContain('present Rosario Albert Mena | null | Presidenta');
    expect(found).toContain('present Lucía Ferrer Soler | null | vocal');
    expect(found).toContain('present Andrés Nieto Vidal | null | vocal');
    expect(found).toContain('excused Pilar Sanz Oliva | null | vocal');
  });

  it('reads a lower-case profession as a title', () => {
    expect(found).toContain('guest Jaime Roca Puig | Oficina Comarcal de Aguas | técnico');
  });
});

describe('a plural title over "Name, role;" entries', () => {
  const ACTA = `ACTA N° 212 DEL CONSEJO DE ADMINISTRACIÓN DE LA COOPERATIVA AGRÍCOLA SAN JORGE

En San Jorge, a diez días del mes de mayo de dos mil nueve, se reúne el Consejo de Administración con la presencia de los consejeros señores Raúl Esteban Paredes, vicepresidente; Norma Inés Quiroga, secretaria; Walter Hugo Benzi, tesorero, y Silvia Mabel Rocca, vocal suplente. Asisten también el síndico, contador Mario Luis Ferro, y el gerente, ingeniero Pablo Andrés Sosa.

1°) Lectura del acta anterior.
Se aprueba sin observaciones.
`;
  const found = people(ACTA, 'es');

  it('gives each name the role after it', () => {
    expect(found).toContain('present Raúl Esteban Paredes | null | vicepresidente');
    expect(found).toContain('present Norma Inés Quiroga | null | secretaria');
    expect(found).toContain('present Walter Hugo Benzi | null | tesorero');
    expect(found).toContain('present Silvia Mabel Rocca | null | vocal suplente');
  });

  it('reads the role before a professional title', () => {
    expect(found).toContain('present Mario Luis Ferro | null | síndico');
    expect(found).toContain('present Pablo Andrés Sosa | null | gerente');
  });
});

describe('a list ending in "y los vocales ..."', () => {
  const ACTA = `Comisión Directiva
Acta N° 77

Asisten: Julio Benítez (Presidente), Carla Méndez (Secretaria) y los vocales Hugo Sena y Marta Ríos.

Tesorería. Se aprueba el balance.
`;
  it('reads the plain list and the people named by role', () => {
    expect(people(ACTA, 'es')).toEqual([
      'present Julio Benítez | null | Presidente',
      'present Carla Méndez | null | Secretaria',
      'present Hugo Sena | null | vocal',
      'present Marta Ríos | null | vocal',
    ]);
  });
});

describe('English titles and hyphenated roles', () => {
  const MINUTES = `MINUTES OF THE 12TH MEETING OF THE EXECUTIVE COMMITTEE OF THE GREENFIELD TRUST

The following members were present:
1. Shri Mohan Patil – Vice-President
2. Smt. Kavita Rao – Treasurer
3. Professor Alan Marsh – Member

In attendance: Ms. Ritu Sen, Office Manager; CA Deepak Joshi, Internal Auditor, of Joshi & Rao Associates (for Item No. 2).

Item No. 1: Minutes
The minutes were confirmed.
`;
  const found = people(MINUTES, 'en');

  it('leaves Shri, Smt. and Professor out of names and reads a hyphenated role as a role', () => {
    expect(found).toContain('present Mohan Patil | null | Vice-President');
    expect(found).toContain('present Kavita Rao | null | Treasurer');
    expect(found).toContain('present Alan Marsh | null | Member');
  });

  it('reads "CA" as a title and leaves a note in parentheses out of the body', () => {
    expect(found).toContain('present Deepak Joshi | Joshi & Rao Associates | Internal Auditor');
  });
});
