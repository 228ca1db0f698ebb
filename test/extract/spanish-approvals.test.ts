// Spanish decisions with no label: approvals put to the vote ("se aprueba por mayoría la Ordenanza ...", "queda
// aprobada por unanimidad"), an agreement announced mid-sentence ("adopta el siguiente ACUERDO: Aprobar ...") and the
// ordinal items an "ACUERDO:" line announces ("Primero.- ...", "Segundo.- ...").
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const CONCEJO = `HONORABLE CONCEJO DELIBERANTE DE VILLA ESPERILLA
ACTA N° 88

En Villa Esperilla, a cuatro días del mes de marzo de 2003, siendo las 19.30 horas, se reúne el Concejo Deliberante con la presidencia del concejal Tomás Ibarguren.

ORDEN DEL DÍA
1°) Acta de la sesión anterior.
2°) Expediente N° 41/03: tasa de alumbrado.

1°) ACTA DE LA SESIÓN ANTERIOR

El concejal Funes pide corregir la fecha de la visita al vivero. Hecha la corrección, se aprueba por unanimidad el acta de la sesión anterior.

2°) EXPEDIENTE N° 41/03

La concejal Rauch explica el proyecto y el concejal Funes se opone al aumento. Puesto a votación, se aprueba por mayoría, con cinco votos a favor y dos en contra, la Ordenanza N° 512/03, que fija la tasa de alumbrado para el año 2004. Se acepta la nota del vecino y el informe queda aprobado.

Siendo las 21.00 horas se levanta la sesión.
`;

const PLENO = `ACTA DE LA SESIÓN ORDINARIA DEL PLENO DEL AYUNTAMIENTO DE VALDEFRESNO DEL MONTE

Fecha: 9 de mayo de 2011
Hora de comienzo: 20:00

ORDEN DEL DÍA
1.º Aprobación del acta anterior.
2.º Ordenanza de terrazas.
3.º Ruegos y preguntas.

PUNTO 1.º – Aprobación del acta anterior.

Sin observaciones, el Pleno, por unanimidad, adopta el siguiente ACUERDO: Aprobar el acta de la sesión celebrada el 4 de abril de 2011.

PUNTO 2.º – Ordenanza de terrazas.

El Sr. Alcalde presenta la propuesta. Sometida a votación, se aprueba por mayoría, adoptándose el siguiente ACUERDO:
Primero.- Aprobar inicialmente la ordenanza reguladora de terrazas y veladores en la vía pública.
Segundo.- Someter el expediente a información pública durante treinta días.

PUNTO 3.º – Ruegos y preguntas.

El Sr. Nava pregunta por el alumbrado de la calle Mayor.

Y no habiendo más asuntos que tratar, se levanta la sesión a las 21:10 horas.
`;

describe('Spanish approvals put to the vote', () => {
  const found = segment(CONCEJO, 'es').agreements.map((a) => a.text);
  it('reads each approval sentence whole, with the words before its verb', () => {
    expect(found).toEqual([
      'Hecha la corrección, se aprueba por unanimidad el acta de la sesión anterior.',
      'Puesto a votación, se aprueba por mayoría, con cinco votos a favor y dos en contra, la Ordenanza N° 512/03, que fija la tasa de alumbrado para el año 2004.',
    ]);
  });
});

describe('an agreement announced by "el siguiente ACUERDO:"', () => {
  const found = segment(PLENO, 'es').agreements.map((a) => [a.number, a.text]);
  it('reads what follows the colon mid-sentence, and the ordinal items after one ending its paragraph', () => {
    expect(found).toEqual([
      [null, 'Aprobar el acta de la sesión celebrada el 4 de abril de 2011.'],
      ['Primero', 'Aprobar inicialmente la ordenanza reguladora de terrazas y veladores en la vía pública.'],
      ['Segundo', 'Someter el expediente a información pública durante treinta días.'],
    ]);
  });
});

const CONSEJO = `ACTA DE SESIÓN DEL CONSEJO CONSULTIVO DE CULTURA DE SAN TELMO

En la ciudad de San Telmo, siendo las 10:00 horas del 2 de febrero de 2019, se reúnen los consejeros.

ORDEN DEL DÍA
1. Lista de asistencia.
2. Aprobación del orden del día.
3. Asuntos generales.

1. LISTA DE ASISTENCIA

Se pasa lista y se declara el quórum legal.

2. APROBACIÓN DEL ORDEN DEL DÍA

Se da lectura al orden del día.- - - - - - - - - - - Sometida a votación la propuesta, se aprueba por unanimidad, procediéndose a su desahogo en la forma siguiente: - - - - - - - ====-----

3. ASUNTOS GENERALES

No hubo asuntos generales.
`;

describe('an approval between the filler runs notarial minutes close their lines with', () => {
  it('starts after the filler before it and ends before the filler after it', () => {
    expect(segment(CONSEJO, 'es').agreements.map((a) => a.text)).toEqual([
      'Sometida a votación la propuesta, se aprueba por unanimidad, procediéndose a su desahogo en la forma siguiente:',
    ]);
  });
  it('ends before a filler whose end OCR read as letters', () => {
    const ocr = CONSEJO.replace('- - - - - - - ====-----', '- ---==================nnnonnnnnnno----');
    expect(segment(ocr, 'es').agreements.map((a) => a.text)).toEqual([
      'Sometida a votación la propuesta, se aprueba por unanimidad, procediéndose a su desahogo en la forma siguiente:',
    ]);
  });
});

const FACULTAD = `ACTA N° 9 DEL CONSEJO DE LA FACULTAD DE AGRONOMÍA

En la sede de la Facultad, el 3 de junio de 2015, siendo la hora 17:00, se reúne el Consejo.

ORDEN DEL DÍA
A) Acta anterior.
B) Llamado a concurso.
C) Asuntos entrados.

A) Acta anterior.

Se pone a consideración el acta N° 8. Se aprueba por unanimidad.

B) Llamado a concurso.

Se tratan las bases del llamado. Se resuelve aprobar las bases.
Resolución N° 77: Aprobar las bases del llamado a un cargo de Ayudante de Botánica. (7 en 7)

C) Asuntos entrados.

Se lee una nota del gremio estudiantil que pide una nueva fecha de examen. Se resuelve pasarla a la Comisión de Enseñanza.

Siendo la hora 19:00 se levanta la sesión.
`;

describe('decisions in passing beside numbered resolutions', () => {
  it('keeps one told in a part with no resolution, not those restating one or approving', () => {
    expect(segment(FACULTAD, 'es').agreements.map((a) => [a.number, a.text])).toEqual([
      ['77', 'Aprobar las bases del llamado a un cargo de Ayudante de Botánica. (7 en 7)'],
      [null, 'Se resuelve pasarla a la Comisión de Enseñanza.'],
    ]);
  });
});

const OCR_CONCEJO = `HONORABLE CONCEJO DELIBERANTE DE VILLA ESPERILLA
ACTA N° 91

En Villa Esperilla, a ocho días del mes de abril de 2003, siendo las 19.30 horas, se reúne el Concejo Deliberante.

ORDEN DEL DÍA
1°) Expediente N° 50/03.
2°) Expediente N° 51/03.

1°) EXPEDIENTE N° 50/03

Puesto a votación, se aprueba por unanimidad la Ordenanza N° 1. 204/03, que
crea el registro de ferias francas.

2°) EXPEDIENTE N° 51/03

Se aprueba por mayoría la Comunicación N° 97/03, que solicita a : . Departamento
Ejecutivo el arreglo de la calle Lavalle.

Siendo las 21.00 horas se levanta la sesión.
`;

describe('an approval sentence with OCR specks', () => {
  it('runs past a spaced thousands point and a speck set apart by spaces', () => {
    expect(segment(OCR_CONCEJO, 'es').agreements.map((a) => a.text)).toEqual([
      'Puesto a votación, se aprueba por unanimidad la Ordenanza N° 1. 204/03, que crea el registro de ferias francas.',
      'Se aprueba por mayoría la Comunicación N° 97/03, que solicita a : . Departamento Ejecutivo el arreglo de la calle Lavalle.',
    ]);
  });
});

const VECINOS = `ACTA DE LA JUNTA DIRECTIVA DE LA ASOCIACIÓN DE VECINOS DEL BARRIO LAS ERAS

En Almenara, a 14 de enero de 2015, se reúne la Junta Directiva.

ORDEN DEL DÍA
1. Cuotas.
2. Fiestas.
3. Ruegos y preguntas.

1. CUOTAS

El Tesorero presenta el estado de cuentas. Se acuerda por unanimidad fijar una cuota reducida de 5 euros para. jubilados y desempleados.

2. FIESTAS

Se comentan los gastos de las fiestas.

3. RUEGOS Y PREGUNTAS

No hay ruegos.
`;

describe('a decision sentence with a speck before a word in lower case', () => {
  it('runs on past the speck', () => {
    expect(segment(VECINOS, 'es').agreements.map((a) => a.text)).toEqual([
      'Se acuerda por unanimidad fijar una cuota reducida de 5 euros para. jubilados y desempleados.',
    ]);
  });
});
