// The hard words of issue 4, each checked by hand, and the context rules for accent pairs.
import { describe, expect, it } from 'vitest';
import { cleanup } from '../../src/cleanup/index.js';
import { applyEdits } from '../../src/offsets/apply-edits.js';
import type { Lang } from '../../src/types.js';

function clean(raw: string, lang: Lang = 'es', origin: 'ocr' | 'pdf-text' | 'text' = 'ocr'): string {
  return applyEdits(raw, cleanup({ raw, lang, words: [], pageSpans: [{ start: 0, end: raw.length, origin }] })).text;
}

describe('OCR confusions', () => {
  const cases: Array<[string, string]> = [
    ['Plblica', 'Pública'], ['Presentacién', 'Presentación'], ['Revisidn', 'Revisión'], ['plante6', 'planteó'],
    ['solicitd', 'solicitó'], ['acompafamiento', 'acompañamiento'], ['RepUblica', 'República'], ['PiUblica', 'Pública'],
    ['elaboraciéon', 'elaboración'], ['Mufoz', 'Muñoz'], ['SIQUIENTES', 'SIGUIENTES'],
  ];
  for (const [ocr, fixed] of cases) it(`${ocr} -> ${fixed}`, () => expect(clean(`la ${ocr} de`)).toBe(`la ${fixed} de`));
  it('leaves a PDF text layer (typed text) alone', () => expect(clean('la Plblica de', 'es', 'pdf-text')).toBe('la Plblica de'));
  it('treats a text input of unknown origin as possibly OCR', () => expect(clean('la Plblica de', 'es', 'text')).toBe('la Pública de'));
  it('does not guess between two equally likely words', () => expect(clean('more thar one', 'en')).toBe('more thar one'));
  it('reads u printed as a, n as a or ti ("raral", "allowiag", "atid")', () =>
    expect(clean('The raral hall opens, allowiag the choir atid the band to rehearse.', 'en'))
      .toBe('The rural hall opens, allowing the choir and the band to rehearse.'));
});

describe('accent restoration', () => {
  const cases: Array<[string, string]> = [
    ['Acta de la Reunion', 'Acta de la Reunión'],
    ['Publicado en pagina web, con fines de control.', 'Publicado en página web, con fines de control.'],
    ['El Decano informo que se aprobo el acta.', 'El Decano informó que se aprobó el acta.'],
    ['la Defensoria Penal Publica', 'la Defensoría Penal Pública'],
    ['ACTA SESION ORDINARIA', 'ACTA SESIÓN ORDINARIA'],
    ['el termino del plazo', 'el término del plazo'],
    ['La reunion esta programada para el lunes.', 'La reunión está programada para el lunes.'],
    ['Se aprobo esta propuesta.', 'Se aprobó esta propuesta.'],
    ['se curso una notificacion', 'se cursó una notificación'],
    ['con numero de folio', 'con número de folio'],
    // Subject, verb, object: a third-person subject before, an object after.
    ['La empresa entrego su respuesta.', 'La empresa entregó su respuesta.'],
    ['El Gerente solicito la palabra.', 'El Gerente solicitó la palabra.'],
    ['Solicito el apoyo de todos.', 'Solicitó el apoyo de todos.'],
    ['El Sr. Rivas informo que no hay quorum.', 'El Sr. Rivas informó que no hay quórum.'],
    ['La feria se realizara en marzo.', 'La feria se realizará en marzo.'],
    ['Recomendo evaluar la medida.', 'Recomendó evaluar la medida.'],
    // A proper name the lexicon writes accented, before a surname.
    ['Asiste Tomas Rivas.', 'Asiste Tomás Rivas.'],
  ];
  for (const [typed, fixed] of cases) it(typed, () => expect(clean(typed, 'es', 'text')).toBe(fixed));

  it('leaves names that look like verbs', () => expect(clean('Asiste Cristian Orellana Vera y Rodrigo Pinto.', 'es', 'text'))
    .toBe('Asiste Cristian Orellana Vera y Rodrigo Pinto.'));
  it('leaves the person (la Secretaria) and words right as typed', () =>
    expect(clean('la Secretaria Municipal, el acta y el accidente del trabajo', 'es', 'text'))
      .toBe('la Secretaria Municipal, el acta y el accidente del trabajo'));
  it('keeps a preposition and a surname that look like preterites', () =>
    expect(clean('sesiona bajo la presidencia de Ana Royo que acepta', 'es', 'text')).toBe('sesiona bajo la presidencia de Ana Royo que acepta'));
  it('keeps the subjunctive a past request governs', () =>
    expect(clean('La vecina solicito que se revisara la luz y rogo que se recordara el plazo.', 'es', 'text'))
      .toBe('La vecina solicitó que se revisara la luz y rogó que se recordara el plazo.'));
  it('leaves speech and adjectives that look like preterites', () =>
    expect(clean('Creo que el acceso digno a una vivienda es un trabajo continuo desde hoy.', 'es', 'text'))
      .toBe('Creo que el acceso digno a una vivienda es un trabajo continuo desde hoy.'));
  it('leaves an imperfect subjunctive the prior does not know as a future', () =>
    expect(clean('pidió que la participación ciudadana se trabajara fuertemente', 'es', 'text'))
      .toBe('pidió que la participación ciudadana se trabajara fuertemente'));
  it('keeps the subjunctive after cuando', () =>
    expect(clean('Se acordo avisar cuando se realizara la feria.', 'es', 'text')).toBe('Se acordó avisar cuando se realizara la feria.'));
  it('learns a spelling from the document', () => expect(clean('Sra. Huenchullan y luego Huenchullán.', 'es', 'text'))
    .toBe('Sra. Huenchullán y luego Huenchullán.'));
});

describe('layout repairs', () => {
  it('joins a hyphenated word across a line', () => expect(clean('la elabora-\nción del plan')).toBe('la elaboración del plan'));
  it('keeps a real hyphen', () => expect(clean('periodo 2014-\n2015 y')).toBe('periodo 2014-2015 y'));
  it('drops rule lines and bullets in OCR text', () => expect(clean('Uno\n- - - -=====\n+ Dos\n')).toBe('Uno\nDos\n'));
  it('repairs the number sign, one mark or two', () => expect(clean('Sesión N* 87 y N? 4, calle 7 N”* 120')).toBe('Sesión N° 87 y N° 4, calle 7 N° 120'));
  it('repairs the doña sign before a name', () => expect(clean('asiste D*. Ana Ruiz y D?. Eva Gil; la nota D*. no')).toBe('asiste Dª. Ana Ruiz y Dª. Eva Gil; la nota D*. no'));
  it('drops a dash OCR read in the margin before an ordinal paragraph heading', () => {
    expect(clean('— SEGUNDO: OBRAS.- Se informó.\n- TERCERO.- VARIOS. Nada.\n- Cuarto punto pendiente.\n'))
      .toBe('SEGUNDO: OBRAS.- Se informó.\nTERCERO.- VARIOS. Nada.\n- Cuarto punto pendiente.\n');
  });
  it('repairs the doña sign written after its period ("D.ª")', () => expect(clean('Vocales: D.* Rosa Gil y D.? Eva Sanz; la letra D.* no')).toBe('Vocales: D.ª Rosa Gil y D.ª Eva Sanz; la letra D.* no'));
  it('repairs the doña sign whose period OCR read as a comma', () => expect(clean('D*, Luisa Fernández Prado (IU)')).toBe('Dª. Luisa Fernández Prado (IU)'));
  it('keeps signature lines', () => expect(clean('Secretario ______\n')).toBe('Secretario ______\n'));
  it('squeezes spaces inside a line', () => expect(clean('dos  palabras , y', 'es', 'text')).toBe('dos palabras, y'));
});

describe('a word whose first letter OCR read as a digit', () => {
  it('is repaired: 0 for O, 1 for I before capitals', () => {
    expect(clean('0RDEN DEL DÍA\nSe leen las 0bservaciones al 1NFORME anual.\n')).toBe('ORDEN DEL DÍA\nSe leen las observaciones al INFORME anual.\n');
  });
  it('leaves numbers and ordinals alone', () => {
    expect(clean('Del 1er trimestre y el 2do punto; 0km y 1ERA vez.\n')).toBe('Del 1er trimestre y el 2do punto; 0km y 1ERA vez.\n');
  });
});

describe('names OCR damaged with a digit', () => {
  it('take the form the document writes once, with its capital', () => {
    expect(clean('Present: Ruth M. p1ckford, Secretary.\n\nThe chair thanked Mrs. Pickford for the books.\n', 'en'))
      .toBe('Present: Ruth M. Pickford, Secretary.\n\nThe chair thanked Mrs. Pickford for the books.\n');
  });

  it('are left alone when the document never writes the name', () => {
    expect(clean('Present: Ruth M. p1ckford, Secretary.\n', 'en')).toBe('Present: Ruth M. p1ckford, Secretary.\n');
  });
});

describe('dollar amounts whose commas OCR read as periods', () => {
  const cases: Array<[string, string]> = [
    ['cash of $14.862.17 in the account', 'cash of $14,862.17 in the account'],
    ['a quote of $3.450 for the fence', 'a quote of $3,450 for the fence'],
    ['bids ($2.950/month)', 'bids ($2,950/month)'],
  ];
  for (const [ocr, fixed] of cases) it(`${ocr} -> ${fixed}`, () => expect(clean(ocr, 'en')).toBe(fixed));
  it('leave cents, fractions of a dollar and Spanish amounts alone', () => {
    expect(clean('a fee of $2.99 per copy', 'en')).toBe('a fee of $2.99 per copy');
    expect(clean('a rate of $0.125 per page', 'en')).toBe('a rate of $0.125 per page');
    expect(clean('un aporte de $1.500.000 pesos', 'es')).toBe('un aporte de $1.500.000 pesos');
  });
});

describe('secretaria and secretaría', () => {
  it('after "Ministerio" is the office', () => expect(clean('El Ministerio Secretaria General de la Presidencia informó.')).toBe('El Ministerio Secretaría General de la Presidencia informó.'));
  it('elsewhere stays as written (the person or the office: only context knows)', () => expect(clean('La secretaria del consejo leyó el acta.')).toBe('La secretaria del consejo leyó el acta.'));
});

describe('a tilde OCR may have lost, inside a name', () => {
  it('is not added when it makes the name a word names never hold', () => {
    expect(clean('Asisten los vocales Marta Quiroga y Daniel Funes, y el tesorero.')).toContain('Daniel Funes');
  });

  it('is added to words names hold, and a misread one is still repaired', () => {
    expect(clean('Sra. Carmen Gloria Pefia Rojas, presidenta.')).toContain('Carmen Gloria Peña Rojas');
  });
});

describe('a name spelt with letters alone, inside a run of capitalised words', () => {
  it('is not made a rare common word by one cheap confusion', () => {
    expect(clean('The hearing was held at the Town Hall, 88 Fenner Road, Ashby.', 'en')).toContain('88 Fenner Road');
    expect(clean('Asisten Rosa Guaman Ortiz y Luis Vera.')).toContain('Rosa Guaman Ortiz');
  });
  it('while a digit or an inner capital OCR put in a name is still mended', () => {
    expect(clean('Sr. Rodrigo Casti1lo Mena, tesorero.')).toContain('Rodrigo Castillo Mena');
    expect(clean('The Instructional MateriaIs Committee met.', 'en')).toContain('Instructional Materials Committee');
  });
});

describe('a title\'s abbreviation before a name', () => {
  it('is left as written when its first letters start no word ("Lcda.", "Mtro.")', () => {
    expect(clean('Asisten la Lcda. Griselda Núñez Paz y el Mtro. Luis Soto Vega, asesores.')).toBe('Asisten la Lcda. Griselda Núñez Paz y el Mtro. Luis Soto Vega, asesores.');
  });
  it('while a misread word before a name is still repaired', () => {
    expect(clean('Sra. Carmen Gloria Pefia Rojas, presidenta.')).toContain('Peña Rojas');
  });
});

describe('an acronym the document writes more than once', () => {
  it('is left as written', () => {
    expect(clean('Se informa al COMUDE sobre los proyectos. El COMUDE aprobó la lista.')).toBe('Se informa al COMUDE sobre los proyectos. El COMUDE aprobó la lista.');
  });
});

describe('a noun a preterite could be', () => {
  it('opening a heading or sentence before "de" keeps no accent ("Registro de asistencia")', () => {
    expect(clean('Anexos:\nRegistro de asistencia de los socios.\n', 'es', 'text')).toBe('Anexos:\nRegistro de asistencia de los socios.\n');
  });
  it('after its subject is still the preterite', () => {
    expect(clean('El tesorero informo que la cuenta está al día.\n', 'es', 'text')).toBe('El tesorero informó que la cuenta está al día.\n');
  });
});

describe('the other gender of a word the dictionary lists', () => {
  it('is not read as a misread ending ("tarifario" beside "tarifaria", "calóricas")', () => {
    expect(clean('Se aprueba el pliego tarifario vigente y las necesidades calóricas mínimas.\n', 'es', 'text')).toBe('Se aprueba el pliego tarifario vigente y las necesidades calóricas mínimas.\n');
  });
});

describe('a noun after an article', () => {
  it('is the proparoxytone noun, not the first-person verb ("el diagnostico" -> "el diagnóstico")', () => {
    expect(clean('Se presentó el diagnostico del sector y un calculo de costos.\n', 'es', 'text'))
      .toBe('Se presentó el diagnóstico del sector y un cálculo de costos.\n');
  });
  it('leaves a paroxytone adjective whose accented rival is a verb ("un amplio debate")', () => {
    expect(clean('Hubo un amplio debate sobre el riego.\n', 'es', 'text')).toBe('Hubo un amplio debate sobre el riego.\n');
  });
});

describe('an accent OCR put on a word that has none', () => {
  it('is dropped when the plain word is one of several forms ("estúdio", "bájo")', () => {
    expect(clean('Se encargó un estúdio de suelos bájo la supervisión del comité.\n'))
      .toBe('Se encargó un estudio de suelos bajo la supervisión del comité.\n');
  });
  it('becomes the acute accent when OCR read a grave ("domèstica" -> "doméstica")', () => {
    expect(clean('Se trató la violencia domèstica en el barrio.\n')).toBe('Se trató la violencia doméstica en el barrio.\n');
  });
});

describe('British spelling', () => {
  it('is a word: OCR slips in it are mended to the British form ("councitlor", "tavourable")', () => {
    expect(clean('The councitlor found the report tavourable and the organisatlon agreed.\n', 'en'))
      .toBe('The councillor found the report favourable and the organisation agreed.\n');
  });
  it('is left as typed', () => {
    const typed = 'The Councillors noted the organisation of the programme; the labour costs, totalling 4,000, were authorised.\n';
    expect(clean(typed, 'en', 'text')).toBe(typed);
  });
});

describe('a prefix written apart by a hyphen', () => {
  it('is no misread word', () => {
    expect(clean('The Tri-County Water Board met with the Bi-State panel.', 'en')).toBe('The Tri-County Water Board met with the Bi-State panel.');
  });
  it('while a word before a hyphen that is no prefix is still mended', () => {
    expect(clean('la Plblica-privada alianza')).toBe('la Pública-privada alianza');
  });
});

describe('two capitalised words OCR ran together', () => {
  it('get their space back when each stands alone elsewhere in the minutes', () => {
    const raw = 'Present: Hannah Ostrowski (Secretary), Ruth Abernathy.\nThe County Commissioners met.\nMinutes taken by HannahOstrowski for the Board of CountyCommissioners.\n';
    expect(clean(raw, 'en')).toBe('Present: Hannah Ostrowski (Secretary), Ruth Abernathy.\nThe County Commissioners met.\nMinutes taken by Hannah Ostrowski for the Board of County Commissioners.\n');
  });
  it('while a name written that way ("FireEye", "WhatsApp") stays', () => {
    expect(clean('Ruth Abernathy of FireEye sent the notes on WhatsApp.', 'en')).toBe('Ruth Abernathy of FireEye sent the notes on WhatsApp.');
  });
});

describe("a councillor's title", () => {
  it('is a word, so OCR reading its l as i is mended', () => {
    expect(clean('Present: Clir Mary Byrne (Chair), Cilr Sean Walsh.', 'en')).toBe('Present: Cllr Mary Byrne (Chair), Cllr Sean Walsh.');
  });
});

describe('a word in capitals inside a code', () => {
  it('takes no accent ("CF-FIA" is an office\'s initials, no "FÍA")', () => {
    expect(clean('ACTA DE SESION N° 012-2019-CF-FIA\nUNA-FIA, Reunion\n')).toBe('ACTA DE SESIÓN N° 012-2019-CF-FIA\nUNA-FIA, Reunión\n');
  });
  it('while a compound of words still does', () => {
    expect(clean('REUNION-TALLER DE SESION-ORDINARIA')).toBe('REUNIÓN-TALLER DE SESIÓN-ORDINARIA');
  });
});
