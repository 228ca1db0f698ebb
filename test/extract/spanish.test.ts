import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { SPANISH } from '../segment/samples.js';

describe('segment() on a hand-written Spanish minute', () => {
  const s = segment(SPANISH, 'es');

  it('reads the header', () => {
    expect(s.header).toEqual({
      title: 'ACTA SESIÓN ORDINARIA N° 12',
      subtitle: null,
      organization: 'CONCEJO MUNICIPAL DE VALLE ALTO',
      sessionNumber: '12',
      date: '2019-03-05',
      startTime: '09:30',
      endTime: '11:45',
      location: 'Sala de Concejo de la Municipalidad',
    });
  });

  it('reads attendees from running sentences with roles and status', () => {
    expect(s.attendees.map((a) => [a.name, a.role, a.status])).toEqual([
      ['Pedro Soto Lagos', 'Alcalde', 'present'],
      ['Juan Pérez Rojas', 'concejal', 'present'],
      ['Luis Mora Díaz', 'concejal', 'present'],
      ['Ana Vera Toro', 'concejala', 'present'],
      ['Marta Ríos Paz', 'concejala', 'excused'],
    ]);
  });

  it('keeps agenda numbering and links discussion parts', () => {
    expect(s.agenda).toEqual([
      { number: '1', title: 'Aprobación del acta anterior.' },
      { number: '2', title: 'Cuenta del Alcalde.' },
      { number: '3', title: 'Varios.' },
    ]);
    expect(s.discussion.map((d) => d.agendaNumber)).toEqual(['1', '2', '3']);
    expect(s.discussion[0]!.text).toBe('El acta se aprueba sin observaciones.\n\nACUERDO N° 40: Se aprueba el acta de la sesión anterior.');
  });

  it('reads inline and listed agreements with responsible and due', () => {
    expect(s.agreements).toEqual([
      { number: '40', text: 'Se aprueba el acta de la sesión anterior.', responsible: null, due: null },
      { number: '1', text: 'Reparar la plaza del sector norte antes del 30 de abril.', responsible: 'Dirección de Obras', due: '2019-04-30' },
    ]);
  });

  it('reads the closing block', () => {
    expect(s.closing).toEqual({
      preparedBy: 'Carla Núñez Silva',
      preparedOn: null,
      nextMeeting: '2019-03-19',
      distribution: 'Concejales y Alcaldía',
      adjournedAt: '11:45',
    });
  });
});

describe('person names', () => {
  it('takes common surnames that are also words for bodies ("Cruz")', async () => {
    const { isPersonName } = await import('../../src/extract/names.js');
    const { keywords } = await import('../../src/segment/keywords.js');
    const kw = keywords('es');
    expect(isPersonName('María Cruz Soto', kw)).toBe(true);
    expect(isPersonName('Pablo Vera Cruz', kw)).toBe(true);
    expect(isPersonName('Cruz Roja Chilena', kw)).toBe(false);
  });
});

describe('a working-meeting minute with an agreements table', () => {
  const text = `MINUTA DE REUNIÓN DE TRABAJO
Dirección de Obras Públicas

Fecha: 3 de marzo de 2022
Lugar: Sala de Juntas

Participantes:
Lic. Rosa Medina Tapia, Directora
Ing. Pablo Lara Núñez, Jefe de Proyectos

Acuerdos:
No. | Acuerdo | Responsable | Fecha compromiso
1 | Enviar el calendario de obras a las áreas | Ing. Pablo Lara Núñez | 10/03/2022

Siendo las 12:30 horas del día de su inicio, se da por concluida la reunión.

Elaboró: Mtra. Elena Ríos Vega, Secretaria Técnica
`;
  const { agreements, closing } = segment(text, 'es');

  it('ends the table where the sentence closing the meeting starts', () => {
    expect(agreements.map((a) => a.text)).toEqual(['Enviar el calendario de obras a las áreas']);
    expect(closing.adjournedAt).toBe('12:30');
  });

  it('names who prepared it without honorific', () => {
    expect(closing.preparedBy).toBe('Elena Ríos Vega');
  });
});

describe('a commitments table headed "Actividad | Responsable | Fecha compromiso"', () => {
  const text = `ACTA No. 21
COMITÉ DE CONVIVENCIA

FECHA: 3 de mayo de 2021

DESARROLLO
Se revisaron los casos abiertos y se acordaron las actividades siguientes para el próximo mes de trabajo del comité.

COMPROMISOS
ACTIVIDAD\tRESPONSABLE\tFECHA COMPROMISO
Programar la capacitación anual\tLuz Ospina\t30/05/2021
`;
  it('is read as the agreements, with their responsibles and dues', () => {
    expect(segment(text, 'es').agreements).toEqual([{ number: null, text: 'Programar la capacitación anual', responsible: 'Luz Ospina', due: '2021-05-30' }]);
  });
});

describe('an association board minute, Peruvian style', () => {
  const text = `ACTA DE SESIÓN ORDINARIA DEL CONSEJO DIRECTIVO
ASOCIACIÓN CIVIL MANOS UNIDAS DEL SUR

En la ciudad de Tacna, siendo las 17:30 horas del día 9 de setiembre de 2022, en el local institucional ubicado en Av. Bolognesi 512, Tacna, se reunieron los miembros del Consejo Directivo con la asistencia de:

- Carmen Quispe Huamán, Presidenta
- Julia Condori Apaza, Secretaria

AGENDA:
1. Informe económico del primer semestre.
2. Feria de emprendimiento de octubre.

DESARROLLO DE LA SESIÓN:
1. La Presidenta presentó el informe económico; los ingresos por cuotas alcanzaron lo previsto para el semestre.
2. Se discutió la organización de la feria de emprendimiento a realizarse el 15 de octubre en la plaza principal.

Siendo las 19:10 horas, se levantó la sesión, firmando las asistentes en señal de conformidad.
`;
  const { header, attendees, agenda, discussion, closing } = segment(text, 'es');

  it('reads the bulleted names after the opening that announces them', () => {
    expect(attendees.map((a) => [a.name, a.role])).toEqual([['Carmen Quispe Huamán', 'Presidenta'], ['Julia Condori Apaza', 'Secretaria']]);
  });

  it('reads "AGENDA:" as the agenda and links a two-item agenda to its numbered paragraphs', () => {
    expect(agenda.map((a) => a.number)).toEqual(['1', '2']);
    expect(discussion.map((d) => d.agendaNumber)).toEqual(['1', '2']);
  });

  it('keeps an abbreviated street in the location and reads "se levantó la sesión"', () => {
    expect(header.location).toBe('local institucional ubicado en Av. Bolognesi 512, Tacna');
    expect(closing.adjournedAt).toBe('19:10');
    expect(header.endTime).toBe('19:10');
  });
});

describe('numbered agreements as Mexican councils print them', () => {
  const minutes = (decision: string) => segment(`ACTA DE LA SESIÓN ORDINARIA DE CABILDO
En el municipio de San Pedro, a 3 de marzo de 2021, siendo las 10:00 horas, se reúnen los integrantes del Ayuntamiento.

ORDEN DEL DÍA
1. Obra pública.

DESARROLLO
1. Obra pública. El Director de Obras presentó el programa anual de obra pública para el ejercicio fiscal en curso.
${decision}
`, 'es').agreements.map((a) => [a.number, a.text]);

  it('read "ACUERDO NÚMERO 12/2021.-" and "Acuerdo 045-2021:" with their numbers', () => {
    expect(minutes('ACUERDO NÚMERO 12/2021.- SE APRUEBA POR UNANIMIDAD EL PROGRAMA ANUAL DE OBRA PÚBLICA.')).toEqual([['12/2021', 'SE APRUEBA POR UNANIMIDAD EL PROGRAMA ANUAL DE OBRA PÚBLICA.']]);
    expect(minutes('Acuerdo 045-2021: Aprobar el programa anual de obra pública.')).toEqual([['045-2021', 'Aprobar el programa anual de obra pública.']]);
  });
});

describe('start and end times on labelled lines of their own', () => {
  it('read both', () => {
    const text = 'ACTA DE REUNIÓN\nFecha: 14/03/2022\nHora de inicio: 17:30\nHora de término: 18:45\nLugar: Sala 204\n\nAsistentes: Ana Ruiz, Luis Paz\n\nSe revisó el informe trimestral del comité y se pidió más detalle en los viajes.\n';
    const { header } = segment(text, 'es');
    expect([header.startTime, header.endTime]).toEqual(['17:30', '18:45']);
  });
});

describe('closing lines of Mexican and Peruvian minutes', () => {
  it('read "se clausura la sesión" and "Secretaria de actas:"', () => {
    const text = 'ACTA DE LA SESIÓN ORDINARIA\n3 de marzo de 2021\n\nDESARROLLO\nSe revisó el avance de las obras del mercado municipal y se pidió un informe mensual a la dirección.\n\nNo habiendo más asuntos que tratar, se clausura la sesión siendo las 12:45 horas.\n\nSecretaria de actas: Yolanda Ccama Mamani\n';
    const { closing } = segment(text, 'es');
    expect([closing.adjournedAt, closing.preparedBy]).toEqual(['12:45', 'Yolanda Ccama Mamani']);
  });
});

describe('a Mexican roll call', () => {
  const text = `ACTA DE LA SESIÓN ORDINARIA DE CABILDO
Fecha: 3 de febrero de 2025

PASE DE LISTA
- C. Rosa Cuautle Pérez – Presidenta Municipal
- Profr. Luis Tecuapetla Cruz – Regidor de Educación (justificó su inasistencia)
- Lic. Ana Ruiz Soto, regidora (ausente con aviso)
- Ing. Mario Xicale Flores, regidor (no asistió)

ORDEN DEL DÍA
I. Lista de asistencia.
II. Asuntos generales.

DESAHOGO DEL ORDEN DEL DÍA
I. Se pasó lista y se declaró la existencia de quórum legal para sesionar válidamente.
`;
  const { attendees, agenda } = segment(text, 'es');

  it('reads "PASE DE LISTA" as the attendee list, "C." and "Profr." as honorifics, and statuses in parentheses', () => {
    expect(attendees.map((a) => [a.name, a.role, a.status])).toEqual([
      ['Rosa Cuautle Pérez', 'Presidenta Municipal', 'present'],
      ['Luis Tecuapetla Cruz', 'Regidor de Educación', 'excused'],
      ['Ana Ruiz Soto', 'regidora', 'excused'],
      ['Mario Xicale Flores', 'regidor', 'absent'],
    ]);
  });

  it('reads "DESAHOGO DEL ORDEN DEL DÍA" as the discussion\'s heading, not an agenda item', () => {
    expect(agenda.map((a) => a.number)).toEqual(['I', 'II']);
  });
});

describe('a Spanish owners\' meeting', () => {
  const text = `COMUNIDAD DE PROPIETARIOS CALLE OLIVOS, 12 - HUESCA

ACTA DE LA JUNTA GENERAL ORDINARIA

En Huesca, a 14 de noviembre de 2024, se reúnen los propietarios que a continuación se relacionan:

Propietario\tPiso\tCondición
Dña. Pilar Ezquerra Lasheras\t1º A\tPresidenta
D. Alberto Lanuza Pérez\t2º A\tPropietario

ORDEN DEL DÍA
Primero.- Aprobación de las cuentas del ejercicio.
Segundo.- Ruegos y preguntas.

PRIMERO.- Aprobación de las cuentas del ejercicio.
El administrador presenta el estado de cuentas, que se aprueba por unanimidad de los presentes.

SEGUNDO.- Ruegos y preguntas.
La presidenta ruega que se revise la iluminación del garaje antes del invierno.
`;
  const { attendees, agenda, discussion } = segment(text, 'es');

  it('reads an owners\' table headed "Propietario | Piso | Condición", "Dña." an honorific', () => {
    expect(attendees.map((a) => [a.name, a.role])).toEqual([['Pilar Ezquerra Lasheras', 'Presidenta'], ['Alberto Lanuza Pérez', 'Propietario']]);
  });

  it('numbers the agenda "Primero.-", "Segundo.-" and links its parts', () => {
    expect(agenda.map((a) => a.number)).toEqual(['Primero', 'Segundo']);
    expect(discussion.map((d) => d.agendaNumber)).toEqual(['Primero', 'Segundo']);
  });
});

describe('a neighbourhood society\'s board and its closing', () => {
  const text = `SOCIEDAD DE FOMENTO BARRIO LOS CEIBOS
ASAMBLEA GENERAL ORDINARIA

En Lanús, a los veintisiete días del mes de octubre de 2023, siendo las 18:00 horas, se reúnen los socios en la sede social.

Comisión Directiva presente:
Presidente: Héctor Galarza
Secretaria: D.ª Silvina Lemos

Resoluciones:
1. Aprobar la memoria y el balance del ejercicio.
2. Fijar la cuota social en 500 pesos.

No habiendo más temas que tratar, se levanta la asamblea siendo las 20.15 hs.
`;
  const { attendees, agreements, closing } = segment(text, 'es');

  it('reads "Comisión Directiva presente:" as an attendee heading and "D.ª" as an honorific', () => {
    expect(attendees.map((a) => [a.name, a.role])).toEqual([['Héctor Galarza', 'Presidente'], ['Silvina Lemos', 'Secretaria']]);
  });

  it('reads "Resoluciones:" as the agreements and "se levanta la asamblea" as the adjournment', () => {
    expect(agreements.map((a) => a.number)).toEqual(['1', '2']);
    expect(closing.adjournedAt).toBe('20:15');
  });
});

describe('items numbered "1°)"', () => {
  it('lose the parenthesis from their titles', () => {
    const agenda = segment('ACTA DE ASAMBLEA\n\nOrden del día:\n1°) Designación de dos socios para firmar el acta.\n2°) Memoria y balance.\n\nSe designa a los socios Ruiz y Paz para firmar el acta de la asamblea.\n', 'es').agenda;
    expect(agenda).toEqual([{ number: '1°', title: 'Designación de dos socios para firmar el acta.' }, { number: '2°', title: 'Memoria y balance.' }]);
  });
});

describe('status labels that excuse', () => {
  it('"No asiste, excusándose:" and "Ausente con aviso:" give excused', () => {
    const text = 'ACTA DE LA JUNTA DE GOBIERNO LOCAL\nFecha: 3 de marzo de 2024\n\nAsistentes:\nAlcaldesa: D.ª Rosa Gil Soto\nNo asiste, excusándose: D. Ciro Moya Paz\nAusente con aviso: D. Luis Ruiz Vega\n\nPRIMERO.- Se aprueba el acta de la sesión anterior por unanimidad de los presentes.\n';
    expect(segment(text, 'es').attendees.map((a) => [a.name, a.status])).toEqual([['Rosa Gil Soto', 'present'], ['Ciro Moya Paz', 'excused'], ['Luis Ruiz Vega', 'excused']]);
  });
});

describe('a role with its qualifier before a name', () => {
  it('"Vocal suplente Teresa Villalba" is a role and a name', () => {
    const s = segment('ACTA DE ASAMBLEA\n5 de mayo de 2023\n\nPresentes: Héctor Galarza, Presidente\nAusente con aviso: Vocal suplente Teresa Villalba.\n\nOrden del día:\n1) Memoria y balance.\n', 'es');
    expect(s.attendees[1]).toEqual({ name: 'Teresa Villalba', organization: null, role: 'Vocal suplente', status: 'excused' });
  });
});

describe('an "ACUERDOS:" block inside each item of the discussion', () => {
  const text = [
    'ACTA DE LA SESIÓN ORDINARIA N° 3/2024', 'Consejo Técnico Escolar', 'Fecha: 9 de abril de 2024', '',
    'ORDEN DEL DÍA:', '1. Lectura del acta anterior.', '2. Programa de lectura.', '3. Asuntos generales.', '',
    'DESARROLLO:', '',
    '1. Lectura del acta anterior.', 'La secretaria da lectura al acta de la sesión anterior.', 'ACUERDOS:', '- Se aprueba el acta sin observaciones.', '',
    '2. Programa de lectura.', 'El director presenta el programa de lectura del semestre.', 'ACUERDOS:', '- Se aprueba el programa de lectura.', '- Se encarga a la biblioteca comprar los libros antes del 30 de abril de 2024.', '',
    '3. Asuntos generales.', 'No hubo asuntos generales.', '',
    'Se levanta la sesión a las 13:00 horas.', '',
  ].join('\n');
  const s = segment(text, 'es');

  it('keeps the discussion going through every item', () => {
    expect(s.discussion.map((d) => d.agendaNumber)).toEqual(['1', '2', '3']);
    expect(s.discussion[1]!.text).toContain('Se aprueba el programa de lectura.');
    expect(s.discussion[2]!.text).toBe('No hubo asuntos generales.');
  });

  it('lists the blocks\' items, and no item heading, as the agreements', () => {
    expect(s.agreements.map((a) => [a.text, a.due])).toEqual([
      ['Se aprueba el acta sin observaciones.', null],
      ['Se aprueba el programa de lectura.', null],
      ['Se encarga a la biblioteca comprar los libros antes del 30 de abril de 2024.', '2024-04-30'],
    ]);
  });

  it('leaves a final agreements list numbered from 1 as the agreements', () => {
    const final = segment(`${text.replace('Se levanta la sesión a las 13:00 horas.\n', '')}ACUERDOS:\n\n1. Aprobar el acta anterior.\n2. Comprar los libros.\n`, 'es');
    expect(final.agreements.map((a) => a.text)).toEqual(['Se aprueba el acta sin observaciones.', 'Se aprueba el programa de lectura.',
      'Se encarga a la biblioteca comprar los libros antes del 30 de abril de 2024.', 'Aprobar el acta anterior.', 'Comprar los libros.']);
    expect(final.discussion.map((d) => d.agendaNumber)).toEqual(['1', '2', '3']);
  });
});

describe('a list line naming several titled people', () => {
  it('gives each person, not a name with the next one as its role', () => {
    const s = segment('ACTA DE SESIÓN\n5 de mayo de 2023\n\nPresentes: Sr. Julio Paredes, Presidente\n\nExcusados:\nSr. Tomás Leiva, Sra. Irene Solís.\n\n1. Lectura del acta.\nSe aprueba el acta de la sesión anterior por unanimidad.\n', 'es');
    expect(s.attendees.map((a) => [a.name, a.role, a.status])).toEqual([['Julio Paredes', 'Presidente', 'present'], ['Tomás Leiva', null, 'excused'], ['Irene Solís', null, 'excused']]);
  });
  it('"Ninguno." names no one', () => {
    const s = segment('ACTA DE SESIÓN\n5 de mayo de 2023\n\nPresentes: Sr. Julio Paredes, Presidente\n\nExcusados:\nNinguno.\n\n1. Lectura del acta.\nSe aprueba el acta de la sesión anterior por unanimidad.\n', 'es');
    expect(s.attendees.map((a) => a.name)).toEqual(['Julio Paredes']);
  });
});

describe('the end of the minutes', () => {
  const minutes = (end: string): string => ['ACTA DE ASAMBLEA ORDINARIA', 'Cooperativa Agrícola Los Tilos', 'Fecha: 4 de marzo de 2023', '',
    'ORDEN DEL DÍA:', 'I. Informe de la directiva.', 'II. Asuntos generales.', 'III. Clausura.', '',
    'I. INFORME DE LA DIRECTIVA.', 'La presidenta informa sobre la cosecha y las ventas del año.', '',
    'ACUERDOS', 'PRIMERO.- Se aprueba el informe de la directiva.', '',
    'II. ASUNTOS GENERALES.', 'Se conversa sobre el camino vecinal.', '', ...end, '', 'Pedro Lagos Vera', 'Presidente', 'Marta Ruiz Soto', 'Secretaria', ''].join('\n');

  it('a closing item\'s adjournment gives the time, and the signatures under it are no discussion', () => {
    const s = segment(minutes(['III. CLAUSURA.', 'No habiendo otro asunto que tratar, se da por clausurada la asamblea siendo las 13:40 horas.']), 'es');
    expect(s.closing.adjournedAt).toBe('13:40');
    expect(s.discussion.map((d) => d.agendaNumber)).toEqual(['I', 'II', 'III']);
    expect(s.discussion[2]!.text).toBe('No habiendo otro asunto que tratar, se da por clausurada la asamblea siendo las 13:40 horas.');
  });

  it('an agreements list set apart by blank lines goes on to the next item without joining the item\'s text', () => {
    const s = segment(minutes(['III. CLAUSURA.', 'Se da por clausurada la asamblea.']), 'es');
    expect(s.agreements.map((a) => a.text)).toEqual(['Se aprueba el informe de la directiva.']);
    expect(s.discussion[0]!.text).toBe('La presidenta informa sobre la cosecha y las ventas del año.');
    expect(s.discussion[1]!.text).toBe('Se conversa sobre el camino vecinal.');
  });

  it('"levantó la sesión" ends the agreements: the signatures are not agreements', () => {
    const text = 'ACTA DE SESIÓN\nFecha: 4 de marzo de 2023\n\nACUERDOS:\n1. Aprobar el presupuesto.\n\nSiendo las 11:20 horas, el señor Decano levantó la sesión.\n\nLuis Condori Paz\nDecano\n';
    const s = segment(text, 'es');
    expect(s.agreements.map((a) => a.text)).toEqual(['Aprobar el presupuesto.']);
    expect(s.closing.adjournedAt).toBe('11:20');
  });

  it('the adjournment\'s time is not the next meeting\'s', () => {
    const s = segment(minutes(['Siendo las 21:15 horas se levanta la sesión; la próxima reunión se realizará el martes 13 de junio de 2023 a las 19:30 horas.']), 'es');
    expect([s.closing.adjournedAt, s.closing.nextMeeting, s.header.endTime]).toEqual(['21:15', '2023-06-13', '21:15']);
  });
});

describe('items headed "PUNTO 1.-" and a paragraph opening with a title', () => {
  const text = ['ACTA DE LA SESIÓN ORDINARIA DEL PLENO', 'Ayuntamiento de Valdecasas', 'Fecha: 17 de noviembre de 2022', '',
    'En Valdecasas, siendo las 10:00 horas, se reúnen los concejales en el salón de plenos.', '',
    'Actúa como secretaria la Abog. Irma Quispe Rojas, Secretaria de la Corporación.', '',
    'ORDEN DEL DÍA:', '1.- Aprobación del acta anterior.', '2.- Plan de caminos rurales.', '',
    'PUNTO 1.- APROBACIÓN DEL ACTA ANTERIOR.', 'Se aprueba el acta por unanimidad de los presentes.', '',
    'PUNTO 2.- PLAN DE CAMINOS RURALES.', 'La Alcaldesa presenta la propuesta de caminos para el año próximo.', '',
    'El concejal D. Ramiro Olmedo Sáez pide que se incluya el camino del molino, que lleva dos inviernos sin arreglo.', '',
    'La portavoz del grupo municipal, Dña. Amalia Roig Bernat, apoya la propuesta y pide un calendario de obras.', ''].join('\n');
  const s = segment(text, 'es');

  it('numbers the items by "PUNTO n.-" and keeps the agenda at its two items', () => {
    expect(s.agenda.map((a) => a.number)).toEqual(['1', '2']);
    expect(s.discussion.map((d) => [d.agendaNumber, d.title])).toEqual([['1', 'APROBACIÓN DEL ACTA ANTERIOR.'], ['2', 'PLAN DE CAMINOS RURALES.']]);
  });

  it('numbers "PRIMER PUNTO:" items and reads "DESARROLLO DE LA AGENDA" as the discussion\'s heading', () => {
    const t = text.replace('PUNTO 1.- APROBACIÓN DEL ACTA ANTERIOR.', 'DESARROLLO DE LA AGENDA\n\nPRIMER PUNTO: Aprobación del acta anterior.')
      .replace('PUNTO 2.- PLAN DE CAMINOS RURALES.', 'SEGUNDO PUNTO: Plan de caminos rurales.');
    const p = segment(t, 'es');
    expect(p.agenda.map((a) => a.number)).toEqual(['1', '2']);
    expect(p.discussion.map((d) => [d.agendaNumber, d.title])).toEqual([['1', 'Aprobación del acta anterior.'], ['2', 'Plan de caminos rurales.']]);
  });

  it('does not read "... la Abog." or "El concejal D." as run-in titles', () => {
    const body = 'ACTA DE REUNIÓN\nFecha: 3 de mayo de 2023\n\nLa reunión se inicia con la lectura de la correspondencia recibida durante el mes.\n\n' +
      'Actúa como secretaria la Abog. Irma Quispe Rojas, quien lee el informe de la comisión de obras.\n\n' +
      'El concejal D. Ramiro Olmedo Sáez pide que se incluya el camino del molino en el plan de obras.\n';
    const p = segment(body, 'es');
    expect(p.discussion.map((d) => d.title)).toEqual([null]);
    expect(p.discussion[0]!.text).toContain('la Abog. Irma Quispe Rojas, quien lee');
  });
});

describe('an agenda listed inside the opening sentence', () => {
  it('is the agenda, and "Punto 1) ..." paragraphs below it are the discussion of its items', () => {
    const text = 'ACTA N.º 31 – REUNIÓN DE COMISIÓN DIRECTIVA\n\nEn Morón, a 2 de mayo de 2023, siendo las 19:30 horas, se reúne la Comisión Directiva y pone a consideración el siguiente orden del día: 1) Lectura del acta anterior; 2) Informe de Tesorería; 3) Varios.\n\n' +
      'Punto 1) Se da lectura al acta anterior, que es aprobada por unanimidad.\n\nPunto 2) El Tesorero informa el saldo de la cuenta bancaria al 30 de abril.\n\nPunto 3) No hay temas varios.\n';
    const s = segment(text, 'es');
    expect(s.agenda).toEqual([{ number: '1', title: 'Lectura del acta anterior' }, { number: '2', title: 'Informe de Tesorería' }, { number: '3', title: 'Varios' }]);
    expect(s.discussion[0]!.agendaNumber).toBe('1');
    expect(s.discussion.map((d) => d.text).join('\n\n')).toContain('El Tesorero informa el saldo de la cuenta bancaria');
  });
});

describe('decisions told in passing', () => {
  const body = 'ACTA N.º 12 – REUNIÓN DE COMISIÓN DIRECTIVA\nFecha: 6 de junio de 2023\n\n' +
    'El Tesorero informa el saldo de caja. Tras un breve intercambio, se acuerda por unanimidad fijar la cuota en $ 900 mensuales. Luego se pasa al siguiente tema.\n\n' +
    'La Secretaria lee la nota del municipio sobre la plaza; se resuelve enviar una respuesta antes del 20 de junio de 2023.\n';

  it('are the agreements when the minutes list none, each from its keyword to its sentence\'s end', () => {
    expect(segment(body, 'es').agreements.map((a) => [a.text, a.due])).toEqual([
      ['se acuerda por unanimidad fijar la cuota en $ 900 mensuales.', null],
      ['se resuelve enviar una respuesta antes del 20 de junio de 2023.', '2023-06-20'],
    ]);
  });

  it('stay in the text when the minutes list their agreements', () => {
    expect(segment(`${body}\nACUERDOS:\n1. Fijar la cuota social.\n`, 'es').agreements.map((a) => a.text)).toEqual(['Fijar la cuota social.']);
  });

  it('read "It was agreed to ..." in English', () => {
    const text = 'Garden Club Minutes\nDate: June 6, 2023\n\nThe treasurer reported the balance. After some discussion it was agreed to raise the dues to $20 from July.\n';
    expect(segment(text, 'en').agreements.map((a) => a.text)).toEqual(['it was agreed to raise the dues to $20 from July.']);
  });
});

describe('"Cargo: Nombre" lines under the sentence announcing who came', () => {
  it('are attendees with that role, a plural role given to each name in the singular', () => {
    const text = 'ACTA N° 410 – REUNIÓN DE COMISIÓN DIRECTIVA\n\nEn Bell Ville, a 3 de abril de 2023, siendo las 21:00 horas, se reúne la Comisión Directiva con la presencia de los siguientes miembros:\n' +
      'Tesorero: Ramiro Oviedo\nVocales titulares: Nélida Barros, Tomás Funes y Aldo Rinaldi\n\nOrden del día:\na) Lectura del acta anterior.\n';
    expect(segment(text, 'es').attendees.map((a) => [a.name, a.role])).toEqual([['Ramiro Oviedo', 'Tesorero'], ['Nélida Barros', 'Vocal titular'], ['Tomás Funes', 'Vocal titular'], ['Aldo Rinaldi', 'Vocal titular']]);
  });
});

describe('attendee details', () => {
  it('a parenthesis naming a flat ("piso 1.º, pta. 2") is neither role nor body; the role after it is read', () => {
    const text = 'ACTA DE LA JUNTA GENERAL ORDINARIA\nComunidad de Propietarios Edificio Los Olmos\nFecha: 9 de marzo de 2024\n\nEn Valencia, siendo las 19:00 horas, se reúnen en segunda convocatoria los propietarios que se indican.\n\nAsistentes:\nDña. Pilar Soler Gras (piso 1.º, pta. 2), Presidenta\nD. Joan Ribes Pons (piso 2.º, pta. 1)\nDña. Rosa Vidal Ferrer (piso 3.º, pta. 2), Secretaria\n\nORDEN DEL DÍA:\n1. Cuentas del ejercicio.\n';
    expect(segment(text, 'es').attendees.map((a) => [a.name, a.role, a.organization])).toEqual([['Pilar Soler Gras', 'Presidenta', null], ['Joan Ribes Pons', null, null], ['Rosa Vidal Ferrer', 'Secretaria', null]]);
  });

  it('a person named in the opening and again in the attendance table keeps the table\'s role and body; "Est." is a title', () => {
    const text = 'ACTA DE SESIÓN DE CONSEJO DE FACULTAD\n\nEn Puno, siendo las 09:00 horas del 6 de agosto de 2019, bajo la presidencia del Dr. Ulises Cahuana Roque, se reunieron los miembros del Consejo:\n\n' +
      'Nombre\tCargo\tRepresentación\nDr. Ulises Cahuana Roque\tDecano\tAutoridad\nEst. Yanet Quispe Mamani\tRepresentante estudiantil\tEstudiantes\n\nAGENDA:\n1. Vacantes.\n';
    expect(segment(text, 'es').attendees.map((a) => [a.name, a.role, a.organization])).toEqual([['Ulises Cahuana Roque', 'Decano', 'Autoridad'], ['Yanet Quispe Mamani', 'Representante estudiantil', 'Estudiantes']]);
  });
});

describe('the header of an Argentine club\'s minutes', () => {
  it('skips the letterhead\'s founding date and ends the place where the sentence\'s subject starts', () => {
    const text = 'CLUB ATLÉTICO LOS ALAMOS\nFundado el 3 de mayo de 1924 – Personería Jurídica N° 115/50\nACTA N° 812 – REUNIÓN DE COMISIÓN DIRECTIVA\n\n' +
      'En Rafaela, a los nueve días del mes de mayo de dos mil veintitrés, siendo las 20:30 horas, se reúne en la sede social de la calle Moreno 540 la Comisión Directiva del club.\n';
    const h = segment(text, 'es').header;
    expect([h.date, h.location]).toEqual(['2023-05-09', 'sede social de la calle Moreno 540']);
  });
  it('ends a place at ", previa ..." and takes "la secretaría" for one', () => {
    const a = segment('ACTA DE ASAMBLEA\n\nEn San Isidro, siendo las 10:00 horas del 6 de noviembre de 2021, se reunieron en la casa ejidal, previa convocatoria fijada en los lugares de costumbre, los ejidatarios.\n', 'es').header;
    const b = segment('ACTA DE REUNIÓN\n\nEn Rafaela, siendo las 20:30 horas del 9 de mayo de 2023, se reúne en la secretaría del club la Comisión Directiva.\n', 'es').header;
    expect([a.location, b.location]).toEqual(['casa ejidal', 'secretaría del club']);
  });
});

describe('a union assembly and a foundation board', () => {
  it('"RESOLUCIONES DE LA ASAMBLEA" with "1°" items are the agreements; "Con licencia:" and "Excusas:" excuse', () => {
    const text = 'SINDICATO DE TRABAJADORES DE LA EMPRESA TEXTIL ANDINA\nACTA DE ASAMBLEA GENERAL\nFecha: 4 de mayo de 2024\nHora: 19:00\n\nPresentes: Tito Mamani Flores, Secretario General\nCon licencia: Rubén Choque Vargas, Secretario de Deportes.\nExcusas: Nora Quispe Ayala, vocal, por viaje.\n\n' +
      'DESARROLLO\nSe informa sobre el pliego petitorio.\n\nRESOLUCIONES DE LA ASAMBLEA\n1° Rechazar la propuesta de la empresa.\n2° Declarar estado de emergencia.\n';
    const s = segment(text, 'es');
    expect(s.agreements.map((a) => [a.number, a.text])).toEqual([['1°', 'Rechazar la propuesta de la empresa.'], ['2°', 'Declarar estado de emergencia.']]);
    expect(s.attendees.map((a) => [a.name, a.status])).toEqual([['Tito Mamani Flores', 'present'], ['Rubén Choque Vargas', 'excused'], ['Nora Quispe Ayala', 'excused']]);
  });

  it('reads "Hora: 15h30 a 18h10" and "Elaboró: Name, secretaria"', () => {
    const s = segment('ACTA DE DIRECTORIO\nFecha: 3 de junio de 2024\nHora: 15h30 a 18h10\n\nSe revisa el presupuesto del semestre y se discuten los gastos.\n\nElaboró: Gloria Tapia Vera, secretaria\n', 'es');
    expect([s.header.startTime, s.header.endTime, s.closing.preparedBy]).toEqual(['15:30', '18:10', 'Gloria Tapia Vera']);
  });
});

describe('the body of an assembly', () => {
  it('is not "Asamblea General Extraordinaria", the meeting\'s kind, but the union the opening names', () => {
    const text = 'SINDICATO DE TRABAJADORES DE MOLINOS DEL SUR\n\nACTA DE ASAMBLEA GENERAL EXTRAORDINARIA\n\n' +
      'En El Alto, siendo las 19:00 horas del 3 de mayo de 2024, se reúnen en Asamblea General Extraordinaria los afiliados del Sindicato de Trabajadores de Molinos del Sur, con la presencia de 84 afiliados.\n';
    expect(segment(text, 'es').header.organization).toBe('Sindicato de Trabajadores de Molinos del Sur');
  });
  it('an ejido is a body', () => {
    const text = 'EJIDO SANTA FE DEL RÍO\nACTA DE ASAMBLEA GENERAL ORDINARIA DE EJIDATARIOS\n\nEn el poblado del Ejido Santa Fe del Río, siendo las 10:30 horas del 12 de noviembre de 2021, reunidos en la casa ejidal, los ejidatarios celebran la asamblea.\n';
    expect(segment(text, 'es').header.organization).toBe('Ejido Santa Fe del Río');
  });
});

describe('an ethics committee\'s minutes', () => {
  const text = 'COMITÉ DE ÉTICA ASISTENCIAL\nACTA DE SESIÓN ORDINARIA N° 5\nFecha: 6 de junio de 2024\n\nASISTENTES:\nNombre\tProfesión / Función\tAsistencia\n' +
    'Dra. Lidia Ferraro\tMédica – Presidenta\tPresente\nDr. Mario Godoy\tAbogado\tAusente con aviso\n\nDESARROLLO\nSe analiza el caso presentado por el servicio de neonatología con detenimiento.\n\n' +
    'RECOMENDACIONES Y ACUERDOS\n1. Recomendar al servicio una reunión con la familia.\n\nActividad\tResponsable\tLapso\nRedactar el protocolo\tPablo Zabaleta\t30 de junio de 2024\n\n' +
    'Siendo las 13:15 horas, y no habiendo más asuntos que tratar, la presidenta declaró cerrada la sesión.\n';
  const s = segment(text, 'es');

  it('reads "Profesión / Función" as the role column and "Ausente con aviso" as excused', () => {
    expect(s.attendees.map((a) => [a.name, a.role, a.status])).toEqual([['Lidia Ferraro', 'Médica – Presidenta', 'present'], ['Mario Godoy', 'Abogado', 'excused']]);
  });

  it('reads "RECOMENDACIONES Y ACUERDOS", a "Lapso" column and "declaró cerrada la sesión"', () => {
    expect(s.agreements.map((a) => [a.text, a.due])).toEqual([['Recomendar al servicio una reunión con la familia.', null], ['Redactar el protocolo', '2024-06-30']]);
    expect(s.closing.adjournedAt).toBe('13:15');
  });
});

describe('dates "del año", numbered resolutions and a dated line above the distribution', () => {
  it('reads "del año dos mil veintidós" and "del año 2024"', () => {
    expect(segment('ACTA DE ASAMBLEA COMUNITARIA\n\nEn la aldea, el día domingo veinticuatro de julio del año dos mil veintidós, siendo las 9:00 horas, se reunieron los vecinos.\n', 'es').header.date).toBe('2022-07-24');
    expect(segment('ACTA DE ASAMBLEA\n\nA los 17 días del mes de junio del año 2024, siendo las 9:00 horas, se reunieron los socios.\n', 'es').header.date).toBe('2024-06-17');
  });
  it('gives "Resolución núm. 01-2024:" its number and text, and no "." distribution', () => {
    const s = segment('ACTA DE ASAMBLEA GENERAL\nFecha: 3 de febrero de 2024\n\nSe presentan los informes del año y se discuten con los socios presentes.\n\nRESOLUCIONES\nResolución núm. 01-2024: Se aprueba el acta anterior.\n\nFecha de redacción: 07/02/2024.\nDistribución: socios; archivo.\n', 'es');
    expect(s.agreements.map((a) => [a.number, a.text])).toEqual([['01-2024', 'Se aprueba el acta anterior.']]);
    expect([s.closing.preparedOn, s.closing.distribution]).toEqual(['2024-02-07', 'socios; archivo']);
  });
});

describe('bodies\' names with "por" and a number in them', () => {
  it('keep "por Ayuda Mutua ..." and "Sector 3"', () => {
    const a = segment('ACTA DE ASAMBLEA\n\nEn Salto, siendo las 19:00 horas del 9 de marzo de 2019, se reúne la Asamblea General de la Cooperativa de Vivienda por Ayuda Mutua Los Sauces del Este, con la presencia de 31 socios.\n', 'es').header;
    const b = segment('ACTA DE ASAMBLEA\n\nEn Barquisimeto, siendo las 17:00 horas del 2 de marzo de 2024, se reúne el Consejo Comunal Brisas del Río Sector 3, con la presencia de sus voceros.\n', 'es').header;
    expect([a.organization, b.organization]).toEqual(['Cooperativa de Vivienda por Ayuda Mutua Los Sauces del Este', 'Consejo Comunal Brisas del Río Sector 3']);
  });
});

describe('an agenda numbered "Primero." ... "Sexto."', () => {
  it('numbers its items and links the discussion headed the same way', () => {
    const text = 'ACTA DE LA SESIÓN ORDINARIA DE LA JUNTA DE GOBIERNO\nFecha: 17 de octubre de 2023\n\nORDEN DEL DÍA\nPrimero. Lectura del acta anterior.\nSegundo. Informe de la Decana.\n\n' +
      'Primero. Lectura del acta anterior.\n\nSe da lectura al acta de la sesión anterior, que se aprueba por unanimidad.\n\nSegundo. Informe de la Decana.\n\nLa Decana informa de su reunión con la Consejería de Sanidad.\n';
    const s = segment(text, 'es');
    expect(s.agenda).toEqual([{ number: 'Primero', title: 'Lectura del acta anterior.' }, { number: 'Segundo', title: 'Informe de la Decana.' }]);
    expect(s.discussion.map((d) => d.agendaNumber)).toEqual(['Primero', 'Segundo']);
  });
});

describe('a street number before the body in the opening', () => {
  it('ends the street, and the body after it is read', () => {
    const text = 'ASOCIACIÓN CIVIL HUERTA LOS ALAMOS\nACTA N.º 9 – REUNIÓN DE COMISIÓN DIRECTIVA\n\nEn Ituzaingó, a 9 de mayo de 2023, siendo las 19:30 horas, se reúne en la sede social de la calle Soler 2260 la Comisión Directiva de la Asociación Civil Huerta Los Alamos.\n';
    expect(segment(text, 'es').header.organization).toBe('Comisión Directiva de la Asociación Civil Huerta Los Alamos');
  });
});

describe('titles "Arq." and "Abog." in a sentence', () => {
  it('introduce attendees', () => {
    const text = 'ACTA DE ASAMBLEA\n\nEn Montevideo, siendo las 19:00 horas del 9 de marzo de 2019, se reúnen los socios con la presencia de la Arq. Valeria Méndez Castro, asesora técnica, y del Abog. Tomás Ruiz Paz, asesor legal.\n\n1. Informe\nSe presenta el informe de la comisión directiva a los socios presentes.\n';
    expect(segment(text, 'es').attendees.map((a) => [a.name, a.role])).toEqual([['Valeria Méndez Castro', 'asesora técnica'], ['Tomás Ruiz Paz', 'asesor legal']]);
  });
});

describe('a numbered attendee list', () => {
  it('gives each person without the number', () => {
    const s = segment('ACTA DE ASAMBLEA\n\nMiembros de la directiva presentes:\n1. Rolando Vidal Ramos, presidente\n2) Ester Quiroga Ledesma, tesorera\n(3) Sr. Tomás Aguirre, vocal\n\nAGENDA\na) Lectura del acta.\n', 'es');
    expect(s.attendees.map((a) => [a.name, a.role])).toEqual([['Rolando Vidal Ramos', 'presidente'], ['Ester Quiroga Ledesma', 'tesorera'], ['Tomás Aguirre', 'vocal']]);
  });
});

describe('a plural role over a list of names', () => {
  it('goes to each name in the singular, only its words before "de"', () => {
    const s = segment('ACTA DE REUNIÓN\n\nAsistentes:\nRepresentantes de los Padres: Ana Ruiz Soto, Luis Paz Mora y Eva Gil Toro\n\nSe abre la sesión.\n', 'es');
    expect(s.attendees.map((a) => [a.name, a.role])).toEqual([['Ana Ruiz Soto', 'Representante de los Padres'], ['Luis Paz Mora', 'Representante de los Padres'], ['Eva Gil Toro', 'Representante de los Padres']]);
  });
});
