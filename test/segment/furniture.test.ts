import { describe, expect, it } from 'vitest';
import { findFurniture, isPageNumber, withinEdits } from '../../src/segment/furniture.js';
import { splitLines } from '../../src/segment/lines.js';
import { segment } from '../../src/segment/index.js';

describe('isPageNumber', () => {
  for (const s of ['Página 2 de 3', 'Pagina 2', 'Page 2 of 3', 'Hoja 1 de 3', '- 2 -', '  7 ', 'Pág. 4', '2/5'])
    it(`"${s}" is a page number`, () => expect(isPageNumber(s)).toBe(true));
  for (const s of ['2. Correspondencia', 'Página web del municipio', 'Punto 2 de la tabla: varios'])
    it(`"${s}" is not`, () => expect(isPageNumber(s)).toBe(false));
});

describe('findFurniture', () => {
  const doc = [
    'Junta Vecinal Los Robles - Acta 12/2020',
    'ACTA DE REUNIÓN ORDINARIA',
    'En Temuco, a 3 de marzo de 2020, se reúne la junta.',
    'Se trató el presupuesto.',
    'Página 1 de 2',
    '\fJunta Vecinal Los Robles - Acta 12/2020',
    'Se levanta la sesión a las 20:00 horas.',
    'Página 2 de 2',
  ].join('\n');
  const lines = splitLines(doc);
  const isTitle = (t: string) => /^acta\b/i.test(t);

  it('removes running headers on every page and page numbers', () => {
    const f = findFurniture(lines, isTitle);
    const texts = lines.filter((l) => f.has(l.index)).map((l) => l.text);
    expect(texts).toEqual(['Junta Vecinal Los Robles - Acta 12/2020', 'Página 1 de 2', 'Junta Vecinal Los Robles - Acta 12/2020', 'Página 2 de 2']);
  });

  it('reads a running header below a logo OCR turned into specks, and drops the specks above it', () => {
    const page = (n: number, specks: string[], body: string) => [...specks, 'Cooperativa Agrícola del Sur', 'Departamento de Riego', body, 'Línea cuatro.', 'Línea cinco.', `Página ${n} de 3`];
    const d = [
      ...page(1, [], 'Se reúne la directiva.'),
      `\f${page(2, ['ls]', '4 4.83', 'ZE', 'a'], 'Se revisan las cuentas.').join('\n')}`,
      `\f${page(3, ['=', 'DE'], 'Se levanta la sesión.').join('\n')}`,
    ].join('\n');
    const ls = splitLines(d);
    const f = findFurniture(ls, () => false);
    const kept = ls.filter((l) => !l.blank && !f.has(l.index)).map((l) => l.text);
    expect(kept).not.toContain('ls]');
    expect(kept).not.toContain('ZE');
    expect(kept).not.toContain('DE');
    expect(kept.filter((t) => t === 'Cooperativa Agrícola del Sur')).toEqual([]);
    expect(kept).toContain('Se revisan las cuentas.');
    expect(kept).toContain('Se levanta la sesión.');
  });

  it('keeps a repeated title on page 1 when it is the only title', () => {
    const d = 'REUNIÓN MESA DE TRABAJO\nTexto de la primera página.\n\fREUNIÓN MESA DE TRABAJO\nTexto de la segunda página.';
    const ls = splitLines(d);
    const f = findFurniture(ls, (t) => /^reuni/i.test(t));
    expect(ls.filter((l) => f.has(l.index)).map((l) => l.page)).toEqual([1]);
  });

  it('tracks pages across form feeds', () => {
    // The form feed ends an empty line of page 0 before page 1 starts.
    expect(lines.map((l) => l.page)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1]);
  });

  it("keeps a short page's title above its counter and the paragraph below it", () => {
    const para = 'En Temuco, a 3 de marzo de 2020, se reúne la junta de vecinos en su sede social, con la asistencia de los socios ' +
      'que firman el libro, para tratar el presupuesto del año y la elección de la nueva directiva, según la convocatoria enviada.';
    const ls = splitLines(`ACTA DE REUNIÓN ORDINARIA\n\n12\n${para}`);
    const f = findFurniture(ls, (t) => /^acta\b/i.test(t));
    expect(ls.filter((l) => f.has(l.index)).map((l) => l.text)).toEqual(['12']);
  });

  it('takes a running footer OCR read one letter apart on some page ("Formularlo" for "Formulario") as the same line', () => {
    // No page counter here: only the copies themselves can make the footers furniture.
    const d = ['ACTA DE REUNIÓN', 'Texto de la primera página.', 'Más texto de la primera página.', 'Formularlo de control FC-2',
      '\fTexto de la segunda página.', 'Más texto de la segunda página.', 'Formulario de control FC-2',
      '\fTexto de la tercera página.', 'Más texto de la tercera página.', 'Formulario de control FC-2'].join('\n');
    const ls = splitLines(d);
    const f = findFurniture(ls, (t) => /^acta\b/i.test(t));
    expect(ls.filter((l) => f.has(l.index)).map((l) => l.text)).toEqual(['Formularlo de control FC-2', 'Formulario de control FC-2', 'Formulario de control FC-2']);
  });

  it('keeps text that comes back a letter apart at the foot of only two pages', () => {
    const d = ['ACTA DE REUNIÓN', 'Texto de la primera página.', 'Más texto de la primera página.', 'Saldo disponible en la cuenta del Fondo A.',
      '\fTexto de la segunda página.', 'Más texto de la segunda página.', 'Saldo disponible en la cuenta del Fondo AB.'].join('\n');
    const ls = splitLines(d);
    expect(findFurniture(ls, (t) => /^acta\b/i.test(t)).size).toBe(0);
  });

  it("keeps a letterhead line said again in the last page's signature block", () => {
    const d = ['UNIVERSIDAD DEL SUR', 'Secretaría de Facultad', 'ACTA DE CONSEJO', 'Texto de la primera página.',
      'Asisten los consejeros.', 'Se lee el acta anterior.', 'Se aprueba sin observaciones.', 'El Decano da su cuenta.', 'Se pasa al punto siguiente.',
      '\fTexto de la segunda página.', 'Se acordó aprobar el presupuesto.', 'Se levantó la sesión a las 18:00 horas.',
      'Próxima sesión: 3 de junio.', 'Firman los asistentes.', 'Mg. Ana Ruiz Soto', 'Secretaría de Facultad', 'Distribución: Archivo de la', 'Secretaría de Facultad'].join('\n');
    const ls = splitLines(d);
    expect(findFurniture(ls, (t) => /^acta\b/i.test(t)).size).toBe(0);
  });
});

describe('withinEdits', () => {
  // Checked against the full edit distance: insertions, deletions and changes, near both ends and in the middle.
  const cases: Array<[string, string, number]> = [
    ['formulario', 'ormulario', 1], ['formulario', 'fonnulario', 2], ['kitten', 'sitting', 3], ['abc', 'abc', 0],
    ['', 'ab', 2], ['riversidedraft', 'riversideadraft', 1], ['abcdef', 'badcfe', 4],
  ];
  for (const [a, b, d] of cases) {
    it(`"${a}" and "${b}" are ${d} apart`, () => {
      expect(withinEdits(a, b, d)).toBe(true);
      if (d > 0) expect(withinEdits(a, b, d - 1)).toBe(false);
    });
  }
});

describe('a running line with OCR junk beside it', () => {
  const page = (n: number, second: string, body: string) => [
    `${n ? '\f' : ''}Sistema de Gestión de Calidad`,
    'UNIVERSIDAD DEL VALLE NORTE',
    second,
    body,
    'Se trató el punto sin observaciones.',
    `Página ${n + 1} de 3`,
  ];
  const doc = [
    ...page(0, 'Facultad de Ingeniería', 'MINUTA DE LA REUNIÓN'),
    ...page(1, 'Facultad de Ingeniería : ISOREG', '1. Bienvenida del decano.'),
    ...page(2, 'Facultad de Ingeniería', '2. Asuntos generales.'),
  ].join('\n');
  const lines = splitLines(doc);
  const f = findFurniture(lines, () => false);
  const furniture = lines.filter((l) => f.has(l.index)).map((l) => l.text);

  it('below the running header is furniture too', () => {
    expect(furniture).toContain('Facultad de Ingeniería : ISOREG');
    expect(furniture).not.toContain('1. Bienvenida del decano.');
  });

  it('is content on the first page, where the letterhead may go on into the date', () => {
    const first = splitLines([
      ...page(0, 'Facultad de Ingeniería Marzo', 'MINUTA DE LA REUNIÓN'),
      ...page(1, 'Facultad de Ingeniería', '1. Bienvenida del decano.'),
      ...page(2, 'Facultad de Ingeniería', '2. Asuntos generales.'),
    ].join('\n'));
    const g = findFurniture(first, () => false);
    expect(first.filter((l) => g.has(l.index)).map((l) => l.text)).not.toContain('Facultad de Ingeniería Marzo');
  });
});

describe('a page counter among the text of a short page', () => {
  it('takes neither the sentence above it nor the signature below it', () => {
    const s = segment('ACTA\nTexto de la sesión con su contenido completo y aprobado.\nPágina 3 de 3\nPedro Gómez\nSecretario\n', 'es');
    expect(s.text).toBe('ACTA\nTexto de la sesión con su contenido completo y aprobado.\nPedro Gómez\nSecretario');
  });
});

describe('pages run together without form feeds', () => {
  it('lose their counters and the footer line repeated above each', () => {
    const text = [
      'ACTA DE LA JUNTA DE GOBIERNO LOCAL',
      'PRIMERO.- Se aprueba el acta de la sesión anterior por unanimidad de los presentes.',
      '',
      'Ayuntamiento de Villanueva - Acta 12/03/2024',
      'Página 2 de 3',
      '',
      'SEGUNDO.- Se conceden las licencias de obra solicitadas por los vecinos del barrio.',
      '',
      'Ayuntamiento de Villanueva - Acta 12/03/2024',
      'Página 3 de 3',
      '',
      'Rosa Gil',
      'Alcaldesa',
    ].join('\n');
    const s = segment(text, 'es');
    expect(s.text).not.toContain('Página');
    expect(s.text).not.toContain('Ayuntamiento de Villanueva - Acta');
    expect(s.text).toContain('Rosa Gil\nAlcaldesa');
  });
});

describe('a bare number at the page\'s foot', () => {
  const lines = (tail: string) => splitLines(`Curriculum Committee minutes\n\nAction items\n1. Send the survey results and the recommendation to the department head - April\n${tail}\n\nNext meeting: May 1, 2025, 3:30 pm, Room 214.\n`);
  it('is the end of the long line above it, wrapped, not a page number', () => {
    const ls = lines('10');
    expect([...findFurniture(ls, () => false)]).toEqual([]);
  });
  it('after a blank line is a page number', () => {
    const ls = splitLines('Curriculum Committee minutes\n\nThe committee approved the course proposal and the new reading list.\n\n7\n');
    expect([...findFurniture(ls, () => false)].map((i) => ls[i]!.text)).toEqual(['7']);
  });
});
