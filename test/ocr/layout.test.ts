import { describe, expect, it } from 'vitest';
import type Tesseract from 'tesseract.js';
import { layoutFromBlocks } from '../../src/ocr/layout.js';

const word = (text: string, confidence: number, x0 = 0): Tesseract.Word =>
  ({ text, confidence, bbox: { x0, y0: 10, x1: x0 + 10, y1: 20 } }) as Tesseract.Word;
const line = (...words: Tesseract.Word[]) => ({ words }) as Tesseract.Line;
const para = (...lines: Tesseract.Line[]) => ({ lines }) as Tesseract.Paragraph;
const block = (...paragraphs: Tesseract.Paragraph[]) => ({ paragraphs }) as Tesseract.Block;

describe('layoutFromBlocks', () => {
  const blocks = [
    block(para(line(word('Acta', 90), word('de', 80, 20)), line(word('sesión', 50))), para(line(word('Orden', 70)))),
    block(para(line(word(' ', 10)), line(word('Fin.', 95)))),
  ];
  const out = layoutFromBlocks(blocks);

  it('joins words by spaces, lines by \\n, paragraphs and blocks by a blank line', () => {
    expect(out.text).toBe('Acta de\nsesión\n\nOrden\n\nFin.');
  });

  it('gives every word exact offsets into the text, skipping empty words', () => {
    expect(out.words.map((w) => out.text.slice(w.start, w.end))).toEqual(['Acta', 'de', 'sesión', 'Orden', 'Fin.']);
    expect(out.words[1]).toEqual({ start: 5, end: 7, confidence: 80, bbox: { x0: 20, y0: 10, x1: 30, y1: 20 } });
  });

  it('weights the page confidence by word length', () => {
    // (4*90 + 2*80 + 6*50 + 5*70 + 4*95) / 21 = 1550 / 21
    expect(out.confidence).toBeCloseTo(1550 / 21, 6);
  });

  it('handles an empty page', () => {
    expect(layoutFromBlocks(null)).toEqual({ text: '', words: [], confidence: 0 });
    expect(layoutFromBlocks([block(para(line()))])).toEqual({ text: '', words: [], confidence: 0 });
  });

  describe('tables', () => {
    // Words 20 px high at image row y; a column gap is over 30 px, a word space 8 px.
    const w = (text: string, x0: number, y: number, width = text.length * 10) =>
      ({ text, confidence: 80, bbox: { x0, y0: y - 20, x1: x0 + width, y1: y } }) as Tesseract.Word;
    const row = (...words: Tesseract.Word[]) => block(para(line(...words)));

    it('puts a row whose cells wrap back on one line, cells split by tabs, rulings and specks left out', () => {
      const out = layoutFromBlocks([
        row(w('Acuerdos', 100, 960)),
        row(w('N°', 100, 1020), w('|', 125, 1020), w('Acuerdo', 160, 1020), w(',', 420, 1020), w('Responsable', 600, 1020), w('Plazo', 900, 1020)),
        row(w('1', 100, 1065), w('Revisar', 160, 1065), w('el', 238, 1065), w('reglamento', 268, 1065), w('y', 376, 1065), w('enviar', 394, 1065),
          w('Secretaría', 600, 1065), w('y', 708, 1065), w('31-08-2021', 900, 1065)),
        row(w('observaciones.', 160, 1100), w('Tesorería', 600, 1100)),
        row(w('2', 100, 1144), w('Convocar', 160, 1144), w('|', 560, 1144), w('Presidencia', 600, 1144), w('|', 860, 1144), w('Próxima', 900, 1144)),
        row(w('sesión', 900, 1179)),
        row(w('Se', 100, 1250), w('levanta', 128, 1250), w('la', 206, 1250), w('sesión', 234, 1250), w('a', 302, 1250), w('las', 320, 1250), w('veinte', 358, 1250),
          w('horas', 426, 1250), w('en', 484, 1250), w('punto', 512, 1250), w('sin', 570, 1250), w('más', 608, 1250), w('asuntos', 656, 1250), w('que', 734, 1250), w('tratar.', 772, 1250)),
      ]);
      expect(out.text).toBe([
        'Acuerdos',
        '',
        'N°\tAcuerdo\tResponsable\tPlazo',
        '1\tRevisar el reglamento y enviar observaciones.\tSecretaría y Tesorería\t31-08-2021',
        '2\tConvocar\tPresidencia\tPróxima sesión',
        '',
        'Se levanta la sesión a las veinte horas en punto sin más asuntos que tratar.',
      ].join('\n'));
      // Every word kept still points at itself; the rulings and the speck are not words of the text.
      expect(out.words.map((x) => out.text.slice(x.start, x.end))).not.toContain('|');
      expect(out.words.map((x) => out.text.slice(x.start, x.end))).not.toContain(',');
      const at = (t: string) => out.words.find((x) => out.text.slice(x.start, x.end) === t)!;
      expect(at('Tesorería').bbox).toEqual({ x0: 600, y0: 1080, x1: 690, y1: 1100 });
      // One word per token of the text, in order.
      expect(out.words.map((x) => out.text.slice(x.start, x.end))).toEqual(out.text.split(/\s+/));
    });

    it('writes a table of one-line rows as tab-separated cells too, one row per line', () => {
      const out = layoutFromBlocks([
        row(w('N°', 200, 540), w('Nombre', 290, 540), w('Institución', 890, 540)),
        row(w('1', 200, 585), w('Valeria', 290, 585), w('Pinto', 370, 585), w('Comisión', 890, 585), w('de', 978, 585), w('Deportes', 1000, 585)),
        row(w('2', 200, 628), w('Ismael', 290, 628), w('Cordero', 360, 628), w('Municipio', 890, 628)),
        row(w('EXCUSAN', 200, 700), w('SU', 280, 700), w('ASISTENCIA', 308, 700), w('ante', 418, 700), w('el', 468, 700), w('comité', 498, 700), w('por', 568, 700),
          w('motivos', 608, 700), w('de', 688, 700), w('agenda', 718, 700), w('ya', 788, 700), w('acordada', 818, 700), w('antes', 908, 700)),
      ]);
      expect(out.text).toBe('N°\tNombre\tInstitución\n1\tValeria Pinto\tComisión de Deportes\n2\tIsmael Cordero\tMunicipio\n\n' +
        'EXCUSAN SU ASISTENCIA ante el comité por motivos de agenda ya acordada antes');
    });

    it('takes in a number column the header leaves unlabelled', () => {
      const out = layoutFromBlocks([
        row(w('Nombre', 290, 540), w('Cargo', 600, 540), w('Institución', 890, 540)),
        row(w('1.', 200, 585), w('Valeria', 290, 585), w('Pinto', 370, 585), w('Secretaria', 600, 585), w('Municipio', 890, 585)),
        row(w('2.', 200, 628), w('Ismael', 290, 628), w('Cordero', 360, 628), w('Tesorero', 600, 628), w('de', 688, 628), w('la', 716, 628), w('Fundación', 890, 628)),
        row(w('junta', 600, 663)),
      ]);
      expect(out.text).toBe('Nombre\tCargo\tInstitución\n1.\tValeria Pinto\tSecretaria\tMunicipio\n2.\tIsmael Cordero\tTesorero de la junta\tFundación');
    });

    it('leaves lines with wide gaps alone when no table header heads them', () => {
      const out = layoutFromBlocks([row(w('HORA', 100, 500), w('FIN', 150, 500), w('|', 240, 500), w('18:00', 300, 500))]);
      expect(out.text).toBe('HORA FIN | 18:00');
    });
  });

  describe('two numbered lists side by side', () => {
    // Words 20 px high; each word is placed after the previous one with an 8 px space; the right list starts at
    // x = 600 (its sub-items "4.1", "4.2" indented to 640), far past the left list's longest line.
    const words = (x: number, y: number, text: string) => {
      const out: Tesseract.Word[] = [];
      for (const t of text.split(' ')) { out.push({ text: t, confidence: 85, bbox: { x0: x, y0: y - 20, x1: x + t.length * 10, y1: y } } as Tesseract.Word); x += t.length * 10 + 8; }
      return out;
    };
    const both = (y: number, left: string, right: string) => line(...words(100, y, left), ...words(/^4\.[1-9]/.test(right) ? 640 : 600, y, right));

    it('reads the left list down, then the right one, an unnumbered line joined to the item above', () => {
      const out = layoutFromBlocks([
        block(para(
          both(1000, 'AGENDA', '4.0 Contracts'),
          both(1030, '1.0 Opening', '4.1 Renewal of the Cleaning'),
          both(1060, '2.0 Minutes of March', 'Services Contract'),
          both(1090, '3.0 Treasurer Report', '4.2 Bus Lease'),
          line(...words(100, 1120, '3.1 Budget'), { text: ';', confidence: 30, bbox: { x0: 560, y0: 1100, x1: 566, y1: 1120 } } as Tesseract.Word, ...words(600, 1120, '5.0 Closing')),
        )),
        block(para(line(...words(100, 1180, '1.0 OPENING')))),
      ]);
      expect(out.text).toBe([
        'AGENDA', '1.0 Opening', '2.0 Minutes of March', '3.0 Treasurer Report', '3.1 Budget',
        '4.0 Contracts', '4.1 Renewal of the Cleaning Services Contract', '4.2 Bus Lease', '5.0 Closing', '', '1.0 OPENING',
      ].join('\n'));
      // Every word keeps exact offsets in the reordered text (the gutter's speck is dropped).
      expect(out.words.map((w) => out.text.slice(w.start, w.end))).toEqual(out.text.split(/\s+/).filter(Boolean));
    });

    it('leaves a label and value form as it is', () => {
      const out = layoutFromBlocks([block(para(both(1000, 'Fecha', '10-04-2003'), both(1030, 'Hora', '16:30'), both(1060, 'Lugar', 'Biblioteca')))]);
      expect(out.text).toBe('Fecha 10-04-2003\nHora 16:30\nLugar Biblioteca');
    });
  });
});
