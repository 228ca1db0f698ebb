// Spanish opening sentences naming the people present by "con la presencia del Presidente Sr. X, la Tesorera
// Sra. Y", "se encuentran presentes", a status written after the name ("..., señora Z, se excusó"), a status of an
// earlier sentence left behind, and the agronomist's second title in a labelled list ("Ing. Agr. Ana Paz").
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `COOPERATIVA DE CAFICULTORES LOMA VERDE
ACTA DE REUNIÓN DEL CONSEJO DE ADMINISTRACIÓN N° 14/2021

En la sede de la Cooperativa, a horas 10:00 del día martes 9 de marzo de 2021, se reúne el Consejo de Administración, con la presencia del Presidente Sr. Anselmo Torrico Paz, la Tesorera Sra. Nilda Arce Vaca y el Vocal Sr. Ramiro Zurita Ledo. La Secretaria de Actas, señora Teodora Quiroz Mena, se excusó por motivos de salud. Acompaña la reunión el señor Fausto Lora Peña, contador de la Cooperativa.

Orden del día:
1° Informe de cosecha.

1° Informe de cosecha.
El Presidente informa sobre la cosecha.
`;

const LISTA = `FACULTAD DE VETERINARIA
ACTA DE LA SESIÓN DEL CONSEJO ASESOR N° 3

Presentes:
Consejeros técnicos: Ing. Agr. Lucio Benavídez, Dra. Irene Sosa, Ing. Agr. Tadeo Irigoyen.

Punto 1. Informes.
Se dan informes.
`;

describe('presence sentences', () => {
  const found = segment(ACTA, 'es').attendees.map((a) => `${a.status} ${a.name} | ${a.role}`);

  it('reads the people "con la presencia del" names, each with the role before the title', () => {
    expect(found).toContain('present Anselmo Torrico Paz | Presidente');
    expect(found).toContain('present Nilda Arce Vaca | Tesorera');
    expect(found).toContain('present Ramiro Zurita Ledo | Vocal');
  });

  it('takes a status written after the name, and drops an earlier sentence\'s status', () => {
    expect(found).toContain('excused Teodora Quiroz Mena | Secretaria de Actas');
    expect(found.find((a) => a.includes('Fausto Lora Peña'))).not.toMatch(/^excused/);
  });

  it('reads names after a second abbreviated title in a labelled list', () => {
    const names = segment(LISTA, 'es').attendees.map((a) => `${a.name} | ${a.role}`);
    expect(names).toEqual(['Lucio Benavídez | Consejero técnico', 'Irene Sosa | Consejero técnico', 'Tadeo Irigoyen | Consejero técnico']);
  });
});

const PIPES = `JUNTA VECINAL LOS ALAMOS
ACTA DE ASAMBLEA N° 21

Fecha: lunes 4 de abril de 2022

Se instala la asamblea con la presencia de las siguientes personas:

Nombre | Cédula | Institución | Cargo
Rosalía Ernestina Valdés Urquiza | 12.345.678 | Comisión de Aguas | Vocera titular
Gumersindo Alfredo Pinto Sarmiento | 9.876.543 | Comisión de Vialidad | Vocero suplente

1. Lectura del acta anterior.
Se aprueba.
`;

describe('a table ruled with bars', () => {
  it('reads each row by its cells, as a tabbed one', () => {
    const found = segment(PIPES, 'es').attendees.map((a) => `${a.name} | ${a.organization} | ${a.role}`);
    expect(found).toContain('Rosalía Ernestina Valdés Urquiza | Comisión de Aguas | Vocera titular');
    expect(found).toContain('Gumersindo Alfredo Pinto Sarmiento | Comisión de Vialidad | Vocero suplente');
  });
});

describe('someone who accompanies the meeting', () => {
  it('is a guest, while "acompañado por" is not', () => {
    const acta = `JUNTA VECINAL EL MIRADOR
ACTA N° 8

Siendo las 8:00 p. m., el presidente, señor Arturo Benítez Lara, acompañado por la tesorera, señora Nubia Rincón Mesa, abre la asamblea con la asistencia de 40 afiliados. Acompaña la asamblea la señora Olga Patiño Rey, funcionaria de la Alcaldía.

ORDEN DEL DÍA
1. Informes.

1. Informes.
Se presentan informes.
`;
    const found = segment(acta, 'es').attendees.map((a) => `${a.status} ${a.name}`);
    expect(found).toContain('guest Olga Patiño Rey');
    expect(found).toContain('present Arturo Benítez Lara');
  });
});
