// OCR layout repairs added for merged words and table borders, each case checked by hand.
import { describe, expect, it } from 'vitest';
import { cleanup } from '../../src/cleanup/index.js';
import { applyEdits } from '../../src/offsets/apply-edits.js';
import type { Lang } from '../../src/types.js';

function clean(raw: string, lang: Lang = 'es', origin: 'ocr' | 'pdf-text' | 'text' = 'ocr'): string {
  return applyEdits(raw, cleanup({ raw, lang, words: [], pageSpans: [{ start: 0, end: raw.length, origin }] })).text;
}

describe('merged words', () => {
  it('splits a function word off a word the document uses', () =>
    expect(clean('Se leyó el acta. Se aprueba la redacción delacta anterior.')).toBe('Se leyó el acta. Se aprueba la redacción del acta anterior.'));
  it('splits two function words run together', () => expect(clean('we agreed on itand moved on', 'en')).toBe('we agreed on it and moved on'));
  it('leaves the split when the content word appears nowhere else ("de lacta")', () =>
    expect(clean('la redacción delacta anterior')).toBe('la redacción delacta anterior'));
  it('leaves capitalised names that contain words ("Daniela", "Loreto")', () =>
    expect(clean('Asisten Daniela Rojas y Loreto Campos; la reta y el reto.')).toBe('Asisten Daniela Rojas y Loreto Campos; la reta y el reto.'));
  it('leaves a repeated unknown word (a loanword, not a slip)', () =>
    expect(clean('la kermesse de mayo; la kermesse se hizo; se hizo la')).toBe('la kermesse de mayo; la kermesse se hizo; se hizo la'));
  it('never splits a pronoun off a verb ("empoderarse")', () =>
    expect(clean('deben empoderar a todos y empoderarse en un tema')).toBe('deben empoderar a todos y empoderarse en un tema'));
  it('leaves typed PDF text alone', () => expect(clean('el acta y delacta', 'es', 'pdf-text')).toBe('el acta y delacta'));
});

describe('broken words', () => {
  it('joins two pieces that are not words into the word they make', () => expect(clean('la reu nión de ayer')).toBe('la reunión de ayer'));
  it('joins a word and a piece only when the document uses the whole', () => {
    expect(clean('se firmó el ac ta')).toBe('se firmó el ac ta');
    expect(clean('el acuerdo previo y el acuer do final')).toBe('el acuerdo previo y el acuerdo final');
  });
  it('leaves two words alone', () => expect(clean('una cosa y otra')).toBe('una cosa y otra'));
});

describe('bullets', () => {
  it('drops a bullet glyph OCR read as a sign, with a speck after it', () =>
    expect(clean('+ Ana Pérez - Tesorera\n+. Luis Soto - Vocal\n» Eva Ríos\n')).toBe('Ana Pérez - Tesorera\nLuis Soto - Vocal\nEva Ríos\n'));
  it('keeps a sign inside a line', () => expect(clean('total 3 + 4 votos\n')).toBe('total 3 + 4 votos\n'));
});

describe('a digit 1 read for i or l', () => {
  it('reads the word minutes write far more often', () =>
    expect(clean('cash 1n 1ts account and 1t was 1s due\n', 'en')).toBe('cash in its account and it was is due\n'));
  it('keeps ordinals and numbers', () => {
    expect(clean('the 1st of May and 10 items\n', 'en')).toBe('the 1st of May and 10 items\n');
    expect(clean('la 1ra sesión, el 1er punto y la 1a vez\n', 'es')).toBe('la 1ra sesión, el 1er punto y la 1a vez\n');
  });
});

describe('a surname OCR wrote in lower case', () => {
  it('gets its capital back after a title or an initial, or before an initial', () =>
    expect(clean('Present: walter J. Osgood; Ana T. whitley. Mrs. whitley spoke.\n', 'en')).toBe('Present: Walter J. Osgood; Ana T. Whitley. Mrs. Whitley spoke.\n'));
  it('leaves common words there alone', () => {
    expect(clean('Mr. lee and Part A. the rest\n', 'en')).toBe('Mr. lee and Part A. the rest\n');
    expect(clean('el Sr. presidente y la Sra. consejera\n', 'es')).toBe('el Sr. presidente y la Sra. consejera\n');
  });
});

describe('table bars', () => {
  it('drops a bar at either edge of a line', () => expect(clean('| Nombre Cargo |\nAna Pérez\n')).toBe('Nombre Cargo\nAna Pérez\n'));
  it('keeps a bar between cells (the extractors split on it)', () => expect(clean('Preparada por | Fecha\n')).toBe('Preparada por | Fecha\n'));
  it('keeps a bar touching a letter', () => expect(clean('Pub|ica\n')).toBe('Pub|ica\n'));
});

describe('document words and guards', () => {
  it('reads an unknown word as the one document word a slip away', () =>
    expect(clean('bread and milk and eggs ahd tea', 'en')).toBe('bread and milk and eggs and tea'));
  it('leaves addresses and identifiers alone', () =>
    expect(clean('una una una; escribir a correo.uaa.mx o a user@uaa')).toBe('una una una; escribir a correo.uaa.mx o a user@uaa'));
  it('leaves verbs with pronouns attached, chemical formulas and names in a run', () =>
    expect(clean('quiero recordarles y seguir trabajándole; el CO2; Transcribió: Nora Álvarez Castro'))
      .toBe('quiero recordarles y seguir trabajándole; el CO2; Transcribió: Nora Álvarez Castro'));
  it('leaves acronyms, Roman numerals and names a costly confusion away', () =>
    expect(clean('el IVA y el DEM del tomo VII; asiste Karina Tello y Camila Osorio')).toBe('el IVA y el DEM del tomo VII; asiste Karina Tello y Camila Osorio'));
});

describe('false accents', () => {
  it('drops an accent OCR invented on a common word', () =>
    expect(clean('hoy se negocía un aporte extraordinário')).toBe('hoy se negocia un aporte extraordinario'));
  it('keeps accents on names, real forms and a stressed last syllable', () =>
    expect(clean('asiste Juan Ruíz y Ana Macías; él tomó nota y más; las mamás saben')).toBe('asiste Juan Ruíz y Ana Macías; él tomó nota y más; las mamás saben'));
});

describe('spacing', () => {
  it('collapses a run of spaces inside a line and drops a space before a comma', () =>
    expect(clean('HORA FIN    18:00 horas , en la sala')).toBe('HORA FIN 18:00 horas, en la sala'));
  it('keeps tabs between table cells, two tabs keeping an empty cell', () =>
    expect(clean('1\tRevisar el presupuesto\t\t31-08-2021\n', 'es', 'pdf-text')).toBe('1\tRevisar el presupuesto\t\t31-08-2021\n'));
  it('turns spaces around a tab into the tab', () => expect(clean('Nombre  \t Cargo\n')).toBe('Nombre\tCargo\n'));
});

describe('close readings', () => {
  it('lets the reading minutes write far more often win a tie ("trom": "from", not "tram")', () =>
    expect(clean('The motion came trom the floor.', 'en')).toBe('The motion came from the floor.'));
});

describe('names', () => {
  it('never turns a lower-case OCR slip into a name ("thal" is no "Thai")', () =>
    expect(clean('We agreed thal the report is late.', 'en')).toBe('We agreed thal the report is late.'));
  it('still mends a capitalised name the dictionary knows', () => expect(clean('Se reunieron en Santiaqo de Chile.')).toBe('Se reunieron en Santiago de Chile.'));
});


describe('roman item numbers', () => {
  const agenda = 'ORDEN DEL DÍA\nI. Aprobación del acta.\nIL. Cuenta de la tesorería.\nITI. Informe de la comisión de obras.\nIV. Varios.\n';
  it('reads bent numerals back from the list they stand in', () =>
    expect(clean(agenda)).toBe('ORDEN DEL DÍA\nI. Aprobación del acta.\nII. Cuenta de la tesorería.\nIII. Informe de la comisión de obras.\nIV. Varios.\n'));
  it('needs a neighbour to vouch: a bent numeral on its own stays', () =>
    expect(clean('Texto previo.\nIL. Cuenta de la tesorería.\nTexto posterior.\n')).toBe('Texto previo.\nIL. Cuenta de la tesorería.\nTexto posterior.\n'));
  it('reads a lone "|" or "l" as I only right above a II', () => {
    expect(clean('|. En el primer punto se pasó lista.\nll. En el segundo punto se leyó el acta anterior.\n'))
      .toBe('I. En el primer punto se pasó lista.\nII. En el segundo punto se leyó el acta anterior.\n');
  });
  it('leaves a lone "1" or "l" alone otherwise, and typed text alone', () => {
    expect(clean('I. Apertura.\n1. Cuenta.\nIII. Varios.\n')).toBe('I. Apertura.\n1. Cuenta.\nIII. Varios.\n');
    expect(clean('1. Apertura.\n2. Cuenta.\nII. Segunda parte.\n')).toBe('1. Apertura.\n2. Cuenta.\nII. Segunda parte.\n');
    expect(clean(agenda, 'es', 'pdf-text')).toBe(agenda);
  });
});

describe('ordinal sign', () => {
  it('reads "1.2", "2.*" back as "1.º", "2.º" in a list numbered one by one', () =>
    expect(clean('ORDEN DEL DÍA:\n1.2 Apertura.\n2.* Informe de la directiva.\n3.2 Varios.\n'))
      .toBe('ORDEN DEL DÍA:\n1.º Apertura.\n2.º Informe de la directiva.\n3.º Varios.\n'));
  it('reads them back also after "PUNTO" and before a dash', () =>
    expect(clean('PUNTO 1.2 - Apertura.\nSe abre la sesión.\nPUNTO 2.* - Informe de la directiva.\nSe lee el informe.\n'))
      .toBe('PUNTO 1.º - Apertura.\nSe abre la sesión.\nPUNTO 2.º - Informe de la directiva.\nSe lee el informe.\n'));
  it('leaves subsections numbered 1.1, 1.2 alone', () =>
    expect(clean('1.1 Antecedentes.\n1.2 Propuesta.\n2.2 Votación.\n')).toBe('1.1 Antecedentes.\n1.2 Propuesta.\n2.2 Votación.\n'));
  it('reads the mark before a floor or course letter, and a quote with no opening one', () => {
    expect(clean('D. Ernesto Vidal Mora (1.2 A), Presidente')).toBe('D. Ernesto Vidal Mora (1.º A), Presidente');
    expect(clean('Paula Soria - apoderada del 4” Básico B')).toBe('Paula Soria - apoderada del 4° Básico B');
    expect(clean('Docente de 3? A\nDocente de 5* B, por permiso')).toBe('Docente de 3° A\nDocente de 5° B, por permiso');
    expect(clean('dijo “vamos a votar el punto 5” y luego')).toBe('dijo “vamos a votar el punto 5” y luego');
  });
  it('reads "1?)", "2%)" back as "1°)", "2°)" in a list numbered one by one, "Punto" before it or not', () => {
    expect(clean('Orden del Día:\n1?) Apertura.\n2%) Informe.\n3*) Varios.\n\nPunto 1?) Apertura: se abre.\nPunto 2?) Informe: se lee.\n'))
      .toBe('Orden del Día:\n1°) Apertura.\n2°) Informe.\n3°) Varios.\n\nPunto 1°) Apertura: se abre.\nPunto 2°) Informe: se lee.\n');
    expect(clean('¿Y el punto 4?) Nadie.\n')).toBe('¿Y el punto 4?) Nadie.\n');
    expect(clean('Orden del día:\n1* Lectura del acta.\n2? Informe.\n-3* Varios.\n')).toBe('Orden del día:\n1° Lectura del acta.\n2° Informe.\n-3° Varios.\n');
  });
  it('reads "1*.-", "2%," and, beside them, "32.-" or "19." back as "1°.-", "2°.", "3°.-", "1°."', () => {
    expect(clean('Orden del día:\n19. Lectura del acta.\n2%, Cuentas del año.\n32.- Obras del canal.\n4*. Ruegos.\n'))
      .toBe('Orden del día:\n1°. Lectura del acta.\n2°. Cuentas del año.\n3°.- Obras del canal.\n4°. Ruegos.\n');
    // Numbers alone are items 19 and 20, whatever their digits.
    expect(clean('19. Lectura del acta.\n20. Cuentas del año.\n')).toBe('19. Lectura del acta.\n20. Cuentas del año.\n');
    expect(clean('12. Lectura del acta.\n22. Cuentas del año.\n')).toBe('12. Lectura del acta.\n22. Cuentas del año.\n');
  });
  it('reads "n.*", "n.2" and "n.?" before a number as "n.º"', () =>
    expect(clean('C/ Los Alerces, n.* 48; colegiado n.*2 2.871; sesión n.2 5; acta n.? 7')).toBe('C/ Los Alerces, n.º 48; colegiado n.º 2.871; sesión n.º 5; acta n.º 7'));
  it('leaves English and typed text alone', () => {
    expect(clean('1.2 Lectura del acta.\n2.2 Cuentas.\n', 'en')).toBe('1.2 Lectura del acta.\n2.2 Cuentas.\n');
    expect(clean('(1.2 A)', 'es', 'pdf-text')).toBe('(1.2 A)');
  });
});

describe('a table set out with spaces', () => {
  const table = [
    'ACTIVIDAD                                   RESPONSABLE          FECHA',
    'Programar capacitación sobre acoso laboral  Luz Marina Ospina    30/09/2019',
    'Enviar citación a las partes                Hernán Mejía         21/08/2019',
  ].join('\n');

  it('keeps its columns as tabs, a cell starting where a cell of the line above or below starts', () => {
    expect(clean(table, 'es', 'pdf-text').split('\n')).toEqual([
      'ACTIVIDAD\tRESPONSABLE\tFECHA',
      'Programar capacitación sobre acoso laboral\tLuz Marina Ospina\t30/09/2019',
      'Enviar citación a las partes\tHernán Mejía\t21/08/2019',
    ]);
  });

  it('makes justified prose and list indents single-spaced, as before', () => {
    const prose = ['El  comité  revisó  los casos  abiertos y', 'acordó  las  actividades   del mes  de  junio.', '•    Primera actividad', '•    Segunda actividad'].join('\n');
    expect(clean(prose, 'es', 'pdf-text')).toBe(['El comité revisó los casos abiertos y', 'acordó las actividades del mes de junio.', '• Primera actividad', '• Segunda actividad'].join('\n'));
  });
});

describe("the sol's sign", () => {
  it('reads "5/." before an amount back as "S/."', () =>
    expect(clean('Se cobran 5/. 150.00 por multas y 5/ 3.00 de cuota.')).toBe('Se cobran S/. 150.00 por multas y S/ 3.00 de cuota.'));
  it('leaves dates, fractions and English alone', () => {
    expect(clean('Del 1 al 5/11/2024, 25/. 3 y 1/5 del total.')).toBe('Del 1 al 5/11/2024, 25/. 3 y 1/5 del total.');
    expect(clean('We paid 5/. 3 in all.', 'en')).toBe('We paid 5/. 3 in all.');
  });
});
