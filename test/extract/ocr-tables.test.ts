// OCR'd tables lose their tabs: rows come out as space runs, wrapped cells as extra lines.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const OCR = `ACTA REUNIÓN ORDINARIA N° 3
Comité de Obras Vecinales

FECHA 02-06-2021 | LUGAR Sede vecinal
HORA INICIO 18:00 hrs HORA TERMINO 19:30 hrs
N° | Nombre Cargo Representación
1 Carla Soto Vidal Presidenta Vecinos
2 Jorge Luis Mena Paz Tesorero Municipalidad

DESARROLLO
1. Obras

Se revisó el avance de las obras de la plaza.

ACUERDOS
N° | Acuerdo Responsable Plazo

1 Reparar las luminarias de la plaza del Carla Soto V. 15-06-2021
sector norte del barrio.

2 Solicitar cotizaciones para el cierre | Jorge Mena P. | 30-06-2021
perimetral.

Próxima reunión 07-07-2021, 18:00 hrs Fecha de elaboración 03-06-2021
`;

describe('segment() on OCR-style tables', () => {
  const s = segment(OCR, 'es');

  it('splits attendee rows into name and the last column (compound given names kept)', () => {
    expect(s.attendees.map((a) => [a.name, a.role, a.organization])).toEqual([
      ['Carla Soto Vidal', 'Presidenta', 'Vecinos'],
      ['Jorge Luis Mena Paz', 'Tesorero', 'Municipalidad'],
    ]);
  });

  it('rebuilds agreement rows whose cells wrapped onto a second line', () => {
    expect(s.agreements).toEqual([
      { number: '1', text: 'Reparar las luminarias de la plaza del sector norte del barrio.', responsible: 'Carla Soto V.', due: '2021-06-15' },
      { number: '2', text: 'Solicitar cotizaciones para el cierre perimetral.', responsible: 'Jorge Mena P.', due: '2021-06-30' },
    ]);
  });

  it('reads several label/value pairs on one closing line', () => {
    expect(s.closing.nextMeeting).toBe('2021-07-07');
    expect(s.closing.preparedOn).toBe('2021-06-03');
  });

  it('reads header labels without tabs', () => {
    expect([s.header.date, s.header.startTime, s.header.endTime, s.header.location]).toEqual(['2021-06-02', '18:00', '19:30', 'Sede vecinal']);
  });
});

describe('a form-style participants table from a scan', () => {
  it('reads numbered rows, signature scraps and roles OCR put on the next line', () => {
    const doc = [
      'MINUTA', '', 'PRIMERA REUNIÓN DEL COMITÉ DE BIBLIOTECA', '', 'PARTICIPANTES:', '',
      'NOMBRE: PUESTO: FIRMA:',
      '1. Dra. Irene Callejas Monroy Presidenta del Comité TA ñ 58',
      '2. Lic. Omar Beltrán Rocha Vocal del Comité —',
      '<',
      '3; MSC. Laura P. Ibáñez Soto',
      '',
      'Secretaria del Comité',
      '',
      '4. "Ing. Tomás de J. Ruelas Garza',
      '',
      'Jefe de Depto. de Archivo y Tv',
      '',
      'PUNTOS A TRATAR:',
      '1. Bienvenida.',
    ].join('\n');
    const s = segment(doc, 'es');
    expect(s.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Irene Callejas Monroy', 'Presidenta del Comité'],
      ['Omar Beltrán Rocha', 'Vocal del Comité'],
      ['Laura P. Ibáñez Soto', 'Secretaria del Comité'],
      ['Tomás de J. Ruelas Garza', 'Jefe de Depto. de Archivo y Tv'],
    ]);
  });
});

describe('an OCR form whose header leaves the number column unlabelled', () => {
  const FORM = `MINUTA
2da REUNIÓN ORDINARIA DEL COMITÉ VECINAL

PARTICIPANTES:

NOMBRE: PUESTO: FIRMA:
E\tDr. Rodrigo Salazar Núñez\tPresidente del Comité Vecinal\ta i\tZe (
2.\tDr. Hernán Castro Vega\tVocal del Comité Vecinal
3;\tMSC. Jorge L. Medina Paz\tSecretario del Comité Vecinal\tOtro
4.\t“Lic. Raúl de J. Ortega Ramos\tJefe de Depto. de Archivo

PUNTOS A TRATAR:
1. Bienvenida.
`;
  it('reads each row from its name cell on, whatever the number cell says', () => {
    expect(segment(FORM, 'es').attendees).toEqual([
      { name: 'Rodrigo Salazar Núñez', organization: null, role: 'Presidente del Comité Vecinal', status: 'present' },
      { name: 'Hernán Castro Vega', organization: null, role: 'Vocal del Comité Vecinal', status: 'present' },
      { name: 'Jorge L. Medina Paz', organization: null, role: 'Secretario del Comité Vecinal', status: 'present' },
      { name: 'Raúl de J. Ortega Ramos', organization: null, role: 'Jefe de Depto. de Archivo', status: 'present' },
    ]);
  });
});

describe('OCR tables without a number column', () => {
  const doc = `Riverside Garden Club - Monthly Meeting, June 4, 2019 DRAFT

RIVERSIDE GARDEN CLUB
Minutes of the Monthly Meeting
June 4, 2019

Present: Alice Moreno (President); Tom Baxter (Treasurer)

1. Plant sale

The club discussed the spring plant sale.

ACTION ITEMS

Task Responsible Due
Order new signs for Treasurer June 18, 2019
Rose Garden Baxter

Riverside Garden Club - Monthly Meeting, June 4, 2019 a DRAFT

Send the sale report to the members Dr. Moreno . June 25, 2019
and post it on the notice board

Next meeting: July 2, 2019.
`;
  const s = segment(doc, 'en');

  it('starts a row at each capitalised line and reads the due date from the middle of a joined row', () => {
    expect(s.agreements).toEqual([
      { number: null, text: 'Order new signs for Rose Garden', responsible: 'Treasurer Baxter', due: '2019-06-18' },
      { number: null, text: 'Send the sale report to the members and post it on the notice board', responsible: 'Dr. Moreno', due: '2019-06-25' },
    ]);
  });

  it('drops a running header copy that OCR read with a speck', () => {
    expect(s.text).not.toContain('a DRAFT');
  });
});

describe('a participants table whose role column comes after the institution', () => {
  it('cuts the institution before its last role word', () => {
    const doc = `ACTA DE SESIÓN DEL COMITÉ DE ARCHIVO
Fecha: 5 de marzo de 2021

En la sala de juntas de la Dirección de Administración se reunieron los integrantes del Comité de Archivo,
previa convocatoria enviada por la Secretaría Técnica con la anticipación que señalan los lineamientos.

ASISTENTES

Nombre Dependencia Cargo
Lic. Marta Ruiz Olmos Dirección de Finanzas Secretaria Técnica
Ing. Pablo Vera Cruz Unidad de Control Interno * Vocal

ORDEN DEL DÍA
1. Lista de asistencia.
`;
    const s = segment(doc, 'es');
    expect(s.attendees.map((a) => [a.name, a.organization, a.role])).toEqual([
      ['Marta Ruiz Olmos', 'Dirección de Finanzas', 'Secretaria Técnica'],
      ['Pablo Vera Cruz', 'Unidad de Control Interno', 'Vocal'],
    ]);
  });
});

describe('a tabbed agreements table row whose number OCR lost', () => {
  it('reads its cells one column further right', () => {
    const doc = `ACTA DE REUNIÓN DEL CONSEJO VECINAL
Fecha: 3 de mayo de 2021

ACUERDOS

N°\tAcuerdo\tResponsable\tPlazo
Pintar la sede vecinal antes del invierno.\tDirectiva\t31-05-2021
2\tSolicitar luminarias para la plaza.\tSecretaría\t15-06-2021
`;
    expect(segment(doc, 'es').agreements).toEqual([
      { number: null, text: 'Pintar la sede vecinal antes del invierno.', responsible: 'Directiva', due: '2021-05-31' },
      { number: '2', text: 'Solicitar luminarias para la plaza.', responsible: 'Secretaría', due: '2021-06-15' },
    ]);
  });
});

describe('tab-separated attendee rows with no header row', () => {
  it('reads number, name and role or institution from the cells', () => {
    const doc = `ACTA DE REUNIÓN ORDINARIA
Fecha: 4 de mayo de 2021

ASISTENTES
1.\tAna Ruiz Soto\tPresidenta
2.\tLuis Mora Díaz\tTesorero\tJunta de Vecinos Los Pinos
3.\tSra. Eva Lagos Lillo\tSecretaria

TABLA
1. Lectura del acta anterior.
`;
    expect(segment(doc, 'es').attendees.map((a) => [a.name, a.role, a.organization])).toEqual([
      ['Ana Ruiz Soto', 'Presidenta', null],
      ['Luis Mora Díaz', 'Tesorero', 'Junta de Vecinos Los Pinos'],
      ['Eva Lagos Lillo', 'Secretaria', null],
    ]);
  });
});

describe('a participants form row with a speck for its number and signature scraps', () => {
  it('drops the speck before the title and the scraps after the role', () => {
    const doc = `MINUTA
Segunda reunión ordinaria del comité

PARTICIPANTES:

NOMBRE: PUESTO: FIRMA:
E Dr. Tomás Vidal Araya Presidente del Comité Asesor a Xe (
2. Dra. Elena Rojas Pizarro Vocal del Comité Asesor “4 2

PUNTOS A TRATAR:
1. Bienvenida.
`;
    expect(segment(doc, 'es').attendees.map((a) => [a.name, a.role])).toEqual([
      ['Tomás Vidal Araya', 'Presidente del Comité Asesor'],
      ['Elena Rojas Pizarro', 'Vocal del Comité Asesor'],
    ]);
  });
});

describe('an agreements table carried over a page break', () => {
  const text = `ACTA DE SESIÓN DEL COMITÉ DE COMPRAS
Fecha: 4 de agosto de 2021

ACUERDOS
Numero Acuerdo Responsable Plazo

CC/2021/01 Se aprueba la compra de diez escritorios para Unidad de 20/08/2021
la biblioteca municipal. Compras

CC/2021/02 Se autoriza la licitación del servicio de aseo del Dirección de 31/08/2021
edificio consistorial por dos años. | Administración

Acta CC/2021
Hoja 1 de 2
\fCC/2021/03

Se encarga un informe de los contratos de arriendo
vigentes.

Unidad de
Contratos

30/09/2021

Acta CC/2021 Hoja 2 de 2
`;
  const agreements = segment(text, 'es').agreements;

  it('reads the row whose cells OCR put one under another on the new page', () => {
    expect(agreements.at(-1)).toEqual({ number: 'CC/2021/03', text: 'Se encarga un informe de los contratos de arriendo vigentes.', responsible: 'Unidad de Contratos', due: '2021-09-30' });
  });

  it('splits a wrapped line at the column rule OCR kept, and leaves the footer out', () => {
    expect(agreements[1]).toEqual({ number: 'CC/2021/02', text: 'Se autoriza la licitación del servicio de aseo del edificio consistorial por dos años.', responsible: 'Dirección de Administración', due: '2021-08-31' });
  });
});

describe('two table rows OCR read as one', () => {
  const text = `ACTA DE REUNIÓN DEL COMITÉ PARITARIO
Fecha: 4 de mayo de 2021

ACUERDOS
N°\tAcuerdo\tResponsable\tPlazo
1\tRevisar las escaleras de emergencia del galpón. Cambiar los extintores vencidos de la bodega.\tAna Ruiz / Mantención Luis Paz\t31-05-2021 15-05-2021
3\tPublicar el acta en el diario mural.\tEva Soto\t07-05-2021
`;

  it('are split again when the row holds two sentences and two dates and the next number skips one', () => {
    expect(segment(text, 'es').agreements).toEqual([
      { number: '1', text: 'Revisar las escaleras de emergencia del galpón.', responsible: null, due: '2021-05-31' },
      { number: '2', text: 'Cambiar los extintores vencidos de la bodega.', responsible: null, due: '2021-05-15' },
      { number: '3', text: 'Publicar el acta en el diario mural.', responsible: 'Eva Soto', due: '2021-05-07' },
    ]);
  });

  it('stay one row when the numbers run on', () => {
    expect(segment(text.replace('\n3\t', '\n2\t'), 'es').agreements).toHaveLength(2);
  });
});
