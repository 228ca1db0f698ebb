// Shapes seen in real minutes, written fresh: bracketed numbers, lead-in name lists, decision verbs, "ACT:".
import { describe, expect, it } from 'vitest';
import { splitNumbering } from '../../src/extract/text.js';
import { segment } from '../../src/segment/index.js';

describe('splitNumbering, bracketed and parenthesised', () => {
  it('reads [n], (n) and (a) before a title', () => {
    expect(splitNumbering('[0] Compra de sillas')).toEqual({ number: '0', rest: 'Compra de sillas' });
    expect(splitNumbering('(2) Budget for the fair')).toEqual({ number: '2', rest: 'Budget for the fair' });
    expect(splitNumbering('(b) Fees')).toEqual({ number: 'b', rest: 'Fees' });
  });
  it('leaves parenthesised asides and checkboxes alone', () => {
    expect(splitNumbering('(se retira la concejala)')).toBeNull();
    expect(splitNumbering('(2) de ellos votaron')).toBeNull();
    expect(splitNumbering('[x] done')).toBeNull();
  });
  it('leaves an amount or a decimal at a line start alone, but not a number with its dot', () => {
    expect(splitNumbering('240.000.')).toBeNull();
    expect(splitNumbering('2.5, que es menos que el año pasado')).toBeNull();
    expect(splitNumbering('3. Varios')).toEqual({ number: '3', rest: 'Varios' });
    expect(splitNumbering('3.Varios')).toEqual({ number: '3', rest: 'Varios' });
  });
});

describe('a decision label after an OCR speck', () => {
  it('is still read ("_Se acuerda")', () => {
    const doc = ['ACTA DE LA JUNTA GENERAL', 'Fecha: 3 de marzo de 1997', '', 'ORDEN DEL DÍA', '1.º Cuentas del ejercicio.', '2.º Ruegos y preguntas.', '',
      'Abierta la sesión por el Presidente, se pasa a tratar los asuntos del orden del día.', '', '1.º Cuentas del ejercicio.',
      'El Administrador presentó el estado de cuentas del año, con el detalle de ingresos y gastos.', '',
      '_Se acuerda por unanimidad aprobar las cuentas del ejercicio.', ''].join('\n');
    expect(segment(doc, 'es').agreements.map((a) => a.text)).toEqual(['Se acuerda por unanimidad aprobar las cuentas del ejercicio.']);
  });
});

const CLUB = [
  'Reunión de la Junta del Club de Ajedrez del 3 de marzo de 2021.',
  '',
  'Asistencia',
  '',
  'Estuvieron presentes los siguientes miembros de la Junta (3 de 5): Rita Solís, Pablo Ugarte y Noemí Vidal.',
  '',
  'También estuvieron Ramón Ibarra (tesorero saliente), Elsa Quiroga, y Tomás Leiva.',
  '',
  '[0] Torneo de otoño. Se decidió hacer el torneo en abril, con inscripción gratuita para los socios del club.',
  '',
  '[1] Cuotas. Pendiente de resolución hasta conocer el presupuesto del año, que traerá la tesorería.',
].join('\n');

describe('a club minute with bare names and bracketed items', () => {
  const s = segment(CLUB, 'es');
  it('reads the names after "También estuvieron" with no honorific', () => {
    expect(s.attendees.map((a) => a.name)).toEqual(['Rita Solís', 'Pablo Ugarte', 'Noemí Vidal', 'Ramón Ibarra', 'Elsa Quiroga', 'Tomás Leiva']);
    expect(s.attendees[3]!.role).toBe('tesorero saliente');
  });
  it('cuts the discussion at the bracketed items and reads "Se decidió" as a decision', () => {
    expect(s.discussion.map((d) => d.agendaNumber)).toEqual(['0', '1']);
    expect(s.agreements.map((a) => a.text)).toEqual(['Se decidió hacer el torneo en abril, con inscripción gratuita para los socios del club.']);
  });
});

describe('English action lines', () => {
  it('reads "ACT:" as an action item', () => {
    const s = segment('Board Notes\n\nPresent: Ann Lee, Tom Reed\n\nNotes\n\nThe fair was discussed at length by everyone present today.\n\nACT: Tom will book the hall.\n', 'en');
    expect(s.agreements.map((a) => a.text)).toContain('Tom will book the hall.');
  });
});

const COUNCIL = [
  'ACTA DE LA SESIÓN DEL CONSEJO VECINAL DE LOMAS ALTAS. 02-03-2022',
  'En la ciudad de Lomas Altas, siendo las diez horas del día dos de marzo de dos mil veintidós, se reúnen',
  'los miembros del Consejo Vecinal en su sala de juntas, y verificado el quórum se propone el siguiente orden',
  'del día- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -',
  '     1. Bienvenida a cargo del Dr. Mateo Quintero Lara, Presidente del Consejo',
  '          Vecinal, a los vecinos presentes.',
  '     2. Informe de la comisión de alumbrado público del barrio norte.',
  '     3. Asuntos generales.- - - - - - - - - - - - - - - - - - - - - - - - - - -',
  'Aprobado el orden del día por unanimidad, se desahoga de la forma siguiente: - - - - - - - - - - - -',
  'I. Como primer punto, el Dr. Mateo Quintero Lara dio la bienvenida a los vecinos presentes en la sala.',
  'II. Respecto al segundo punto, la comisión informó que se repararon doce luminarias en el barrio norte.',
  'III. En asuntos generales, no hubo intervenciones de los vecinos y se cerró la sesión a las once horas.',
].join('\n');

describe('an agenda announced in prose, with hanging indents, treated point by point in roman numerals', () => {
  const s = segment(COUNCIL, 'es');
  it('reads the agenda after "el siguiente orden del día- - -", joining indented lines', () => {
    expect(s.agenda).toEqual([
      { number: '1', title: 'Bienvenida a cargo del Dr. Mateo Quintero Lara, Presidente del Consejo Vecinal, a los vecinos presentes.' },
      { number: '2', title: 'Informe de la comisión de alumbrado público del barrio norte.' },
      { number: '3', title: 'Asuntos generales.' },
    ]);
  });
  it('links I, II, III to items 1, 2, 3', () => {
    expect(s.discussion.map((d) => d.agendaNumber)).toEqual(['1', '2', '3']);
    expect(s.discussion[1]!.text).toContain('se repararon doce luminarias');
  });
});

describe('a name with a quoted nickname', () => {
  it('keeps the person and the nickname as printed', () => {
    const s = segment('CITY PARKS BOARD\n\nMINUTES\n\nHonorable Rosa M. “Dolly” Vance, President\nHonorable Carl Obi, Treasurer\n\nThe meeting was called to order by the President.\n', 'en');
    expect(s.attendees.map((a) => [a.name, a.role])).toEqual([['Rosa M. “Dolly” Vance', 'President'], ['Carl Obi', 'Treasurer']]);
  });
});

describe('attendees named in the opening sentence', () => {
  it('reads a sentence broken mid-name by the page edge, and "integrado por el Dr." leaves no role', () => {
    const doc = [
      'ACTA DE LA SESIÓN DEL COMITÉ DE CULTURA',
      'En la villa de Prados, siendo las diez horas del día cinco de mayo de dos mil veinte, se reúnen los miembros del comité, el cual está integrado por el Dr. Julio Ramos',
      'Vela, el Mtro. Hugo Salas Peña y la Lic. Irma Cota Ruiz; quienes comparecen a su primera sesión de trabajo del año en curso.',
      '',
      'ORDEN DEL DÍA',
      '1. Bienvenida.',
    ].join('\n');
    const s = segment(doc, 'es');
    expect(s.attendees.map((a) => [a.name, a.role])).toEqual([['Julio Ramos Vela', null], ['Hugo Salas Peña', null], ['Irma Cota Ruiz', null]]);
  });

  it('takes the role after the last article or after the honorific, and a sentence is no table header', () => {
    const doc = [
      'ACTA SESIÓN N° 40',
      '',
      'En Valdivia, a 3 de mayo de 2021, se celebra la sesión con la asistencia de su presidenta, doña Marta Lillo Soto, la sra. consejera Ana Pinto Mora y el sr. consejero Luis Vera Paz; y como asistente de actas, el abogado don Tomás Rojas Leal.',
      '',
      'I. CUENTA.',
    ].join('\n');
    const s = segment(doc, 'es');
    expect(s.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Marta Lillo Soto', 'presidenta'], ['Ana Pinto Mora', 'consejera'], ['Luis Vera Paz', 'consejero'], ['Tomás Rojas Leal', 'abogado'],
    ]);
  });
});

describe('typed fillers after a title', () => {
  it('are dropped even when a period follows them', () => {
    expect(segment('ACTA DE SESIÓN DEL CONSEJO DE BARRIO.- - ----========= ===.\n\nTexto.', 'es').header.title).toBe('ACTA DE SESIÓN DEL CONSEJO DE BARRIO.');
  });

  it('are dropped when several runs follow one another, a speck apart', () => {
    expect(segment('ACTA DE SESIÓN DEL CONSEJO DE BARRIO.- - ----========= ===. ---\n\nTexto.', 'es').header.title).toBe('ACTA DE SESIÓN DEL CONSEJO DE BARRIO.');
  });
});

describe('an agenda read out inside the prose', () => {
  it('starts at a list numbered from 1 right after a sentence naming the agenda', () => {
    const doc = [
      'ACTA DE LA SESIÓN ORDINARIA DEL COMITÉ DE AGUAS',
      'En la ciudad de Lomas, siendo las once horas del día dos de junio de dos mil veinte, se verificó la lista de asistencia y el quórum legal.',
      'El Presidente del Comité da lectura al orden del día, el cual se transcribe enseguida.',
      '1. Lista de asistencia.',
      '2. Informe de la tesorería.',
      '3. Asuntos generales.',
      'I. Como primer punto se declara que existe quórum legal y se tiene por desahogado este punto del orden del día.',
      'II. Como segundo punto la tesorera informa que el saldo de la cuenta es de doce mil pesos a la fecha.',
      'III. En asuntos generales no hubo intervenciones y se levantó la sesión a las doce horas del mismo día.',
    ].join('\n');
    const s = segment(doc, 'es');
    expect(s.agenda.map((a) => a.title)).toEqual(['Lista de asistencia.', 'Informe de la tesorería.', 'Asuntos generales.']);
    expect(s.discussion.map((d) => d.agendaNumber)).toEqual(['1', '2', '3']);
  });
});

describe('an agenda inside one sentence', () => {
  it('splits "orden del día: 1. ...; 2. ..." in order, a figure inside an item staying in it', () => {
    const doc = ['ACTA DE LA SESIÓN DEL CLUB DE REMO', '',
      'En Talca, siendo las diez horas del 4 de mayo de 2021, se reúne la directiva y se aprueba el siguiente orden del día: 1. Lista de asistencia; 2. Lectura del acta de 3 de abril; 3. Cuotas. Acto seguido se pasa al primer punto.',
      '', 'Se constata el quórum.'].join('\n');
    expect(segment(doc, 'es').agenda).toEqual([
      { number: '1', title: 'Lista de asistencia' },
      { number: '2', title: 'Lectura del acta de 3 de abril' },
      { number: '3', title: 'Cuotas' },
    ]);
  });

  it('keeps an item with a colon label in an agenda after "el siguiente orden del" cut by the page edge', () => {
    const doc = ['ACTA DE SESIÓN EXTRAORDINARIA DEL CONSEJO DE BARRIO',
      'En Lomas, siendo las once horas del día diez de julio de dos mil veinte, se reúne el consejo y se propone el siguiente orden del',
      '', '1. Bienvenida a los asistentes.', '',
      '2. Punto único de acuerdo: Análisis de las reglas del consejo para su modificación y aprobación (Artículo 3)',
      '', 'Sometida a votación la propuesta del orden del día, se aprueba por unanimidad sin más comentarios.'].join('\n');
    expect(segment(doc, 'es').agenda.map((a) => a.number)).toEqual(['1', '2']);
  });
});

describe('a sentence under a roll-call heading', () => {
  it('is no institution attendee', () => {
    const doc = 'Garden Club Meeting #4\n\nAttendees:\n\nHelen Marsh\nOscar Pruitt\n\n2. Roll call\nAll members recorded their attendance on the club calendar\n- quorum was reached.\n';
    expect(segment(doc, 'en').attendees.map((a) => a.name ?? a.organization)).toEqual(['Helen Marsh', 'Oscar Pruitt']);
  });
});

describe('an organization read from the opening sentence', () => {
  it('drops the meeting words before it and the connector the date cut', () => {
    const s = segment('Reunión de la Junta Directiva (JD) de la Sociedad Coral de Tandil del 3 de mayo de 2016, por videollamada.\n\nAsistencia\n\nEstuvieron presentes: Rita Solís, Pablo Ugarte y Noemí Vidal.\n', 'es');
    expect(s.header.organization).toBe('Junta Directiva (JD) de la Sociedad Coral de Tandil');
    expect(s.header.date).toBe('2016-05-03');
  });
});

describe('an attendee list where OCR read one bullet as "e"', () => {
  it('keeps the list going through that line', () => {
    const doc = `ACTA CONSEJO DE ESCUELA
Sesión Ordinaria N° 3

En Curicó, a 4 de abril de 2019, a las 10:00 horas, se reúne en sesión ordinaria el Consejo de Escuela,
con la asistencia de las siguientes personas:

Consejeros asistentes:
Dra. Ana Ruiz Soto, Directora.
e Dr. Pedro Lagos Vera, Jefe de Carrera.
Mg. Carla Núñez Pinto, Consejera electa.

ORDEN DEL DÍA
I. Cuenta de la Directora.
`;
    expect(segment(doc, 'es').attendees.map((a) => a.name)).toEqual(['Ana Ruiz Soto', 'Pedro Lagos Vera', 'Carla Núñez Pinto']);
  });
});

describe('minutes a web host flattened onto one line', () => {
  const body = 'Av. Central 120, piso 3. Valparaíso | Teléfono: 32-2 123 45 67 Página 1 ACTA SESIÓN N°210 En Valparaíso, a 14 de marzo de 2021, ' +
    'siendo las 09:40 hrs., se da inicio a la sesión ordinaria del directorio de la Corporación Cultural del Puerto, con la asistencia de su ' +
    'presidenta, doña Elena Rojas Pizarro, el sr. director Tomás Vidal Araya y la sra. directora Carmen Soto Lillo. Resumen ejecutivo La sesión ' +
    'fue convocada para revisar el presupuesto anual y la programación del segundo semestre. Se dio cuenta del estado de las obras del teatro. ' +
    'Los acuerdos adoptados fueron: (i) aprobar el presupuesto anual con las observaciones formuladas; (ii) encargar a la gerencia un informe de las obras.';
  const doc = `ACTA SESIÓN N°210\n\n12\n${body}\n`;
  const s = segment(doc, 'es');

  it('reads the header from the opening sentence and keeps the title', () => {
    expect([s.header.title, s.header.date, s.header.startTime]).toEqual(['ACTA SESIÓN N°210', '2021-03-14', '09:40']);
  });

  it('reads the attendees and the listed agreements', () => {
    expect(s.attendees.map((a) => a.name)).toEqual(['Elena Rojas Pizarro', 'Tomás Vidal Araya', 'Carmen Soto Lillo']);
    expect(s.agreements.length).toBeGreaterThan(0);
    expect(s.agreements[0]!.text).toMatch(/^\(i\) aprobar el presupuesto anual/);
  });

  it('keeps the text on one line, as it came', () => {
    expect(s.text).toContain('asistencia de su presidenta');
    expect(s.text).toContain('formuladas; (ii) encargar');
    expect(s.text.split('\n').length).toBeLessThanOrEqual(3);
  });
});

describe('a closing list of topics left for later', () => {
  it('is no agreements list', () => {
    const doc = `Reunión de la Comisión Directiva del 3 de mayo de 2018

Temas previos
-------------

[1] Local del club. Se decidió renovar el arriendo del local hasta fin de año.

Temas no tratados todavía
-------------------------

- [2] cambio de banco
- [3] fecha de la asamblea
`;
    const s = segment(doc, 'es');
    expect(s.agreements.map((a) => a.text)).toEqual(['Se decidió renovar el arriendo del local hasta fin de año.']);
  });
});

describe('an opening that announces the persons present, then their titled names in a run', () => {
  const doc = `PRIMERA SESIÓN DEL CONSEJO ASESOR DE LA RADIO UNIVERSITARIA - - - ----=====
En la ciudad de Colima, siendo las diez horas del día cinco de marzo de dos mil dieciocho, se reúnen en la
Rectoría de la Universidad, en cumplimiento del acuerdo del Consejo, compareciendo al efecto las
siguientes personas: ===
Dr. en C. Pedro Luis Ramos Vega, Rector de la Institución, Mtro. en Der. Const. J. Carmen Lara Solís,
Secretaria General, Dr. Tomás Ibarra Cruz, Consejero Ciudadano designado, C.P. Elena Mora Díaz,
Jefa del Departamento de Finanzas y lic. Rosa María Peña Ortiz, Jefa del Departamento Jurídico. - ---====
Acto continuo el Rector da la bienvenida a los consejeros y se da por iniciada la sesión.
`;
  it('reads each name with its degree dropped and its role', () => {
    expect(segment(doc, 'es').attendees.map((a) => [a.name, a.role])).toEqual([
      ['Pedro Luis Ramos Vega', 'Rector de la Institución'],
      ['J. Carmen Lara Solís', 'Secretaria General'],
      ['Tomás Ibarra Cruz', 'Consejero Ciudadano designado'],
      ['Elena Mora Díaz', 'Jefa del Departamento de Finanzas'],
      ['Rosa María Peña Ortiz', 'Jefa del Departamento Jurídico'],
    ]);
  });
});

describe('a comma OCR put inside a name in a labelled list', () => {
  it('joins given names and surnames before a role for one person', () => {
    const doc = `ACTA DE ASAMBLEA ORDINARIA
Fecha: 9 de abril de 2022

Directiva presente: Sra. Ana María, Soto Pinto, presidenta;
Sr. Luis Mora Díaz, secretario.

TABLA
1. Cuenta de la directiva.
`;
    expect(segment(doc, 'es').attendees.map((a) => [a.name, a.role])).toEqual([['Ana María Soto Pinto', 'presidenta'], ['Luis Mora Díaz', 'secretario']]);
  });
});

describe('decisions announced by a colon inside full-width lines', () => {
  it('reads each numbered resolution, and the one that follows "ACUERDA:" on the next line', () => {
    const doc = `ACTA DE LA SESIÓN ORDINARIA DEL CONCEJO DE VALDEROBLES
Fecha: 12 de mayo de 2015

PRIMERO.- CONVENIO DE ASEO.
La Sra. Alcaldesa presenta el convenio de aseo de las calles del centro y explica sus costos, la frecuencia
del servicio y el plazo de los pagos. Sometido el asunto a votación, el Concejo, con siete votos a favor,
ACUERDA:
PRIMERO.- Aprobar el convenio de aseo de las calles del centro con la empresa adjudicataria del servicio.
SEGUNDO.- Publicar el convenio en el diario mural de la municipalidad durante los próximos diez días.
TERCERO.- Encargar a la tesorería el pago de la primera cuota del convenio.

SEGUNDO.- MOCIÓN SOBRE LA PLAZA.
Sometida la moción a votación, el Concejo, con seis votos a favor, dos votos en contra y una abstención, ACUERDA:
Aprobar la moción presentada sobre la poda de los árboles de la plaza principal de la comuna antes del invierno.
`;
    expect(segment(doc, 'es').agreements.map((a) => [a.number, a.text.slice(0, 24)])).toEqual([
      ['PRIMERO', 'Aprobar el convenio de a'],
      ['SEGUNDO', 'Publicar el convenio en '],
      ['TERCERO', 'Encargar a la tesorería '],
      [null, 'Aprobar la moción presen'],
    ]);
  });
});

describe('a labelled decision opening a line under a full-width one', () => {
  it('is an agreement of its own', () => {
    const doc = `ACTA DE LA ASAMBLEA ORDINARIA DEL CLUB DE MONTAÑA
Fecha: 3 de marzo de 2004

1.º Lectura y aprobación del acta anterior.
La secretaria leyó el acta de la asamblea ordinaria celebrada el 2 de febrero de 2004, que había sido
enviada por correo a todos los socios del club de montaña junto con la citación a esta asamblea.
Se acuerda por unanimidad aprobar el acta anterior con una corrección en la lista de los asistentes.
`;
    expect(segment(doc, 'es').agreements.map((a) => a.text)).toEqual(['Se acuerda por unanimidad aprobar el acta anterior con una corrección en la lista de los asistentes.']);
  });
});

describe('a location in the opening sentence', () => {
  it('stops at the clause OCR wrote with an accent ("sé realiza")', () => {
    const doc = 'ACTA DE ASAMBLEA ORDINARIA\n\nEn Santiago, a 9 de abril de 2022, siendo las 19:00 horas, en la sede social, pasaje Los Robles N° 120, sé celebra la reunión mensual de la directiva.\n';
    expect(segment(doc, 'es').header.location).toBe('sede social, pasaje Los Robles N° 120');
  });
});

describe('typed fillers that OCR ended with a speck', () => {
  it('still end the title and the lead-in to a list of titled names', () => {
    const doc = `PRIMERA SESIÓN DEL CONSEJO ASESOR DE LA RADIO UNIVERSITARIA ----------=====oco.--
En la ciudad de Colima, siendo las diez horas del día cinco de marzo de dos mil dieciocho, se reúnen en la
Rectoría de la Universidad, en cumplimiento del acuerdo del Consejo, compareciendo al efecto las
siguientes personas: = = == == = = = = == == ecs
Dr. en C. Pedro Luis Ramos Vega, Rector de la Institución, Dr. Tomás Ibarra Cruz, Consejero Ciudadano,
C.P. Elena Mora Díaz, Jefa del Departamento de Finanzas. - - - --------
Acto continuo el Rector da la bienvenida a los consejeros y se da por iniciada la sesión.
`;
    expect(segment(doc, 'es').attendees.map((a) => a.name)).toEqual(['Pedro Luis Ramos Vega', 'Tomás Ibarra Cruz', 'Elena Mora Díaz']);
  });
});

describe('a table of contents before the minutes', () => {
  it('names no sections: the header after it is read', () => {
    const doc = ['Sesión Ordinaria', 'Concejo de Valle Alto', '9 de marzo de 2021', 'Índice', 'Asistencia\t2', 'Orden del día\t3', 'Lectura del acta anterior\t3',
      'Varios .......... 6', 'SESIÓN ORDINARIA', '', 'FECHA:\tValle Alto, 9 de marzo de 2021', '', 'HORA:\tDe las 18:05 a las 20:10 horas', '',
      'LUGAR:\tSala del Concejo', '', 'ASISTENTES:\tAna Ruiz Soto', 'Luis Mora Díaz', '', 'ORDEN DEL DÍA', '1. Lectura del acta anterior.', ''].join('\n');
    const s = segment(doc, 'es');
    expect([s.header.date, s.header.startTime, s.header.location]).toEqual(['2021-03-09', '18:05', 'Sala del Concejo']);
    expect(s.agenda.map((a) => a.title)).toEqual(['Lectura del acta anterior.']);
  });
});

describe('attendees named with the capacity formula in an opening sentence', () => {
  const doc = `ACTA DE LA SESIÓN DEL COMITÉ DE BIBLIOTECAS
En la ciudad de Durango, siendo las once horas del día dos de mayo de dos mil diecinueve, se reúnen en la sala de
lectura los miembros del Comité de Bibliotecas, el cual es integrado por los Sres. Lic. Marta Elena Ríos Campos, en su
calidad de Presidenta, el Ing. Raúl Ortega Luna, en su calidad de Tesorero y el Dr, Julio César Vela Mora, en su calidad
de vocal. Por lo anterior, se da inicio a la sesión.
`;
  it('reads each name behind stacked titles or an OCR comma, with the role the formula names', () => {
    expect(segment(doc, 'es').attendees.map((a) => [a.name, a.role])).toEqual([
      ['Marta Elena Ríos Campos', 'Presidenta'],
      ['Raúl Ortega Luna', 'Tesorero'],
      ['Julio César Vela Mora', 'vocal'],
    ]);
  });
  it('splits a capacity role from the body it belongs to', () => {
    const one = 'ACTA\nAsiste también, vía remota, don Pablo Meza Lagos, en su calidad de director general (S) del Instituto de Estudios Rurales, en representación de la dirección.\n';
    expect(segment(one, 'es').attendees.map((a) => [a.name, a.role, a.organization])).toEqual([['Pablo Meza Lagos', 'director general (S)', 'Instituto de Estudios Rurales']]);
  });
});

describe('a title opening with an ordinal', () => {
  const doc = (title: string) => `${title}\n\nEn Morelia, a 3 de mayo de 2018, siendo las diez horas, se reúne el comité con la asistencia de sus integrantes.\n\nORDEN DEL DÍA\n1. Acta anterior.\n2. Varios.\n`;
  it('reads "PRIMERA SESIÓN ...", "2da REUNIÓN ..." and "3er. Acta ..." as the title', () => {
    expect(segment(doc('PRIMERA SESIÓN ORDINARIA DEL COMITÉ DE CULTURA'), 'es').header.title).toBe('PRIMERA SESIÓN ORDINARIA DEL COMITÉ DE CULTURA');
    expect(segment(doc('2da REUNIÓN ORDINARIA DEL COMITÉ DE CULTURA'), 'es').header.title).toBe('2da REUNIÓN ORDINARIA DEL COMITÉ DE CULTURA');
    expect(segment(doc('3er. Acta del Comité de Cultura'), 'es').header.title).toBe('3er. Acta del Comité de Cultura');
  });
  it('drops a typed filler that OCR broke with specks and dots', () => {
    expect(segment(doc('PRIMERA SESIÓN DEL COMITÉ. TOMA DE PROTESTA ----------------=====eee.--'), 'es').header.title).toBe('PRIMERA SESIÓN DEL COMITÉ. TOMA DE PROTESTA');
    expect(segment(doc('PRIMERA SESIÓN DEL COMITÉ DEL BARRIO.- - ----==== ===. ---'), 'es').header.title).toBe('PRIMERA SESIÓN DEL COMITÉ DEL BARRIO.');
    expect(segment(doc('PRIMERA SESIÓN DEL COMITÉ A-B-C-D'), 'es').header.title).toBe('PRIMERA SESIÓN DEL COMITÉ A-B-C-D');
  });
  it('leaves a bare number before a title word alone (an agenda item)', () => {
    expect(segment(doc('12 Sesión del Comité de Cultura'), 'es').header.title).toBeNull();
  });
});

describe('British minute references', () => {
  it('number an item: year and item, "24/31 Apologies", "081/24. Planning"', () => {
    expect(splitNumbering('24/31 Apologies for absence')).toEqual({ number: '24/31', rest: 'Apologies for absence' });
    expect(splitNumbering('081/24. Planning applications')).toEqual({ number: '081/24', rest: 'Planning applications' });
  });
  it('leave dates and application numbers alone', () => {
    expect(splitNumbering('12/03/2024 Reunión de directorio')).toBeNull();
    expect(splitNumbering('24/00123 for a rear extension')).toBeNull();
    expect(splitNumbering('10/12 de los socios votaron')).toBeNull();
  });
  it('make a parish council\'s items the discussion parts, each with its resolution', () => {
    const text = 'OAKWELL PARISH COUNCIL\nMinutes of the meeting held on Monday 8 July 2024 at 7pm in the Village Hall\n\n' +
      'Present: Cllr A Dunmore (Chairman), Cllr F Hale\n\n24/51 Declarations of interest\nNone.\n\n' +
      '24/52 Minutes\nRESOLVED that the minutes of 10 June 2024 be signed as a true record.\n\n24/53 Finance\nRESOLVED to pay the grass-cutting invoice of £320.\n\nThe meeting closed at 8.15pm.\n';
    const s = segment(text, 'en');
    expect(s.discussion.map((d) => [d.agendaNumber, d.title])).toEqual([['24/51', 'Declarations of interest'], ['24/52', 'Minutes'], ['24/53', 'Finance']]);
    expect(s.agreements.map((a) => a.text)).toEqual(['RESOLVED that the minutes of 10 June 2024 be signed as a true record.', 'RESOLVED to pay the grass-cutting invoice of £320.']);
    expect(s.attendees.map((a) => a.name)).toEqual(['A Dunmore', 'F Hale']);
  });
});

describe('an apologies item of the discussion', () => {
  const minutes = (apologies: string): string => 'ASHCOMBE TOWN COUNCIL\nMinutes of the meeting held on 3 June 2024 at 7pm\n\nPresent: Cllr B Norris (Mayor), Cllr H Quayle\n\n' +
    `24/61 Apologies for absence\n${apologies}\n\n24/62 Minutes\nRESOLVED that the minutes of 6 May 2024 be signed.\n`;

  it('stays an item and excuses the people it names', () => {
    const s = segment(minutes('Apologies were received from Cllr E Varley and Cllr T Ogden.'), 'en');
    expect(s.discussion.map((d) => d.agendaNumber)).toEqual(['24/61', '24/62']);
    expect(s.attendees.map((a) => [a.name, a.status])).toEqual([['B Norris', 'present'], ['H Quayle', 'present'], ['E Varley', 'excused'], ['T Ogden', 'excused']]);
  });

  it('reads a bare list of names too, and "None." as no one', () => {
    expect(segment(minutes('Cllr E Varley, Cllr T Ogden.'), 'en').attendees.filter((a) => a.status === 'excused').map((a) => a.name)).toEqual(['E Varley', 'T Ogden']);
    expect(segment(minutes('None.'), 'en').attendees.map((a) => a.name)).toEqual(['B Norris', 'H Quayle']);
  });
});
