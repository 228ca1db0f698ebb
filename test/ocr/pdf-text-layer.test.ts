import { describe, expect, it } from 'vitest';
import { pageFromItems, textFromItems, type TextLayerItem } from '../../src/ocr/pdf-text-layer.js';

const item = (str: string, x: number, y: number, width: number, hasEOL = false): TextLayerItem =>
  ({ str, transform: [10, 0, 0, 10, x, y], width, height: 10, hasEOL });

describe('textFromItems', () => {
  it('separates table cells by a tab where the gap is a gutter, drawn as empty space or as a wide space item', () => {
    // Font size 10: a 40-unit gap is four font sizes, far more than justified prose stretches a space.
    expect(textFromItems([item('N°', 50, 700, 12), item('Acuerdo', 102, 700, 40), item('Plazo', 300, 700, 25)])).toBe('N°\tAcuerdo\tPlazo');
    expect(textFromItems([item('Acuerdo', 50, 700, 40), item(' ', 90, 700, 200), item('Responsable', 290, 700, 60)])).toBe('Acuerdo\tResponsable');
    expect(textFromItems([item('Se', 50, 700, 10), item(' ', 60, 700, 4), item('aprueba', 64, 700, 35)])).toBe('Se aprueba');
  });

  it('joins items on one baseline, spacing them when there is a gap', () => {
    expect(textFromItems([item('Acta', 50, 700, 20), item('de', 73, 700, 10), item('la', 83, 700, 8)])).toBe('Acta dela');
  });

  it('breaks lines on a new baseline or an end-of-line mark, and paragraphs on a large gap', () => {
    const items = [
      item('Primera línea', 50, 700, 60, true),
      item('segunda', 50, 686, 40),
      item('tercera', 50, 672, 40),
      item('Nuevo párrafo', 50, 630, 60),
    ];
    expect(textFromItems(items)).toBe('Primera línea\nsegunda\ntercera\n\nNuevo párrafo');
  });

  it('measures a large-type title against its own line spacing, not the body text\'s', () => {
    const big = (str: string, y: number, width: number): TextLayerItem => ({ str, transform: [24, 0, 0, 24, 72, y], width, height: 24, hasEOL: true });
    const items = [
      big('Riverside Garden Club Annual', 696.5, 395), big('Members Meeting #12 Minutes', 667.7, 399),
      item('Chair: Ana Lee', 72, 633, 100, true), item('Attendees:', 72, 619, 60, true), item('Tom Reed', 72, 605, 50, true), item('Sara Quinn', 72, 591, 60),
    ];
    expect(textFromItems(items)).toBe('Riverside Garden Club Annual\nMembers Meeting #12 Minutes\n\nChair: Ana Lee\nAttendees:\nTom Reed\nSara Quinn');
  });

  it('drops empty items and collapses runs of spaces', () => {
    expect(textFromItems([item('', 0, 0, 0, true), item('a  b', 50, 700, 20), item(' ', 70, 700, 3)])).toBe('a b');
  });

  describe('tables whose cells wrap', () => {
    // Font size 10; columns at x = 50, 80, 300, 450; wrapped lines 13 apart, rows 18 apart. Items come cell by cell,
    // the way PDF producers draw tables.
    const header = [item('N°', 50, 700, 12), item('Acuerdo', 80, 700, 40), item('Responsable', 300, 700, 60), item('Plazo', 450, 700, 25)];

    it('puts each row back on one line, cell by cell', () => {
      const items = [
        ...header,
        item('1', 50, 682, 5), item('Revisar el reglamento interno y enviar', 80, 682, 200, true), item('observaciones a la directiva.', 80, 669, 150),
        item('Secretaría y', 300, 682, 60, true), item('Tesorería', 300, 669, 45), item('31-08-2021', 450, 682, 50),
        item('2', 50, 651, 5), item('Convocar a asamblea.', 80, 651, 100), item('Presidencia', 300, 651, 55), item('Próxima', 450, 651, 40, true), item('sesión', 450, 638, 30),
        item('Se levanta la sesión a las veinte horas, sin otros asuntos que tratar en esta oportunidad.', 50, 610, 420),
      ];
      expect(textFromItems(items).split('\n')).toEqual([
        'N°\tAcuerdo\tResponsable\tPlazo',
        '1\tRevisar el reglamento interno y enviar observaciones a la directiva.\tSecretaría y Tesorería\t31-08-2021',
        '2\tConvocar a asamblea.\tPresidencia\tPróxima sesión',
        // The gap to the next line is measured from the row's last line (638), not its first (651): no paragraph.
        'Se levanta la sesión a las veinte horas, sin otros asuntos que tratar en esta oportunidad.',
      ]);
    });

    it('joins first-column text that wraps, but not the next row of a one-line-per-row table', () => {
      const wrapped = [
        item('Acción', 50, 700, 30), item('Responsable', 300, 700, 60), item('Plazo', 450, 700, 25),
        item('Presentar la recomendación de personal para', 50, 682, 236, true), item('la escuela nueva', 50, 669, 80),
        item('Superintendente', 300, 682, 75, true), item('Ruiz', 300, 669, 20), item('23-10-2007', 450, 682, 50),
        item('Revisar la política', 50, 651, 90), item('Dra. Salas', 300, 651, 50), item('23-10-2007', 450, 651, 50),
      ];
      expect(textFromItems(wrapped).split('\n')).toEqual([
        'Acción\tResponsable\tPlazo',
        'Presentar la recomendación de personal para la escuela nueva\tSuperintendente Ruiz\t23-10-2007',
        'Revisar la política\tDra. Salas\t23-10-2007',
      ]);
      const numbered = [
        item('N°', 50, 700, 12), item('Nombre', 80, 700, 35), item('Institución', 300, 700, 50),
        item('9', 50, 687, 5), item('Francisca Moya', 80, 687, 70), item('Contraloría', 300, 687, 55),
        item('10', 50, 674, 10), item('Ignacio Vidal', 80, 674, 65), item('Ministerio de Energía', 300, 674, 100),
      ];
      expect(textFromItems(numbered).split('\n')).toEqual(['N°\tNombre\tInstitución', '9\tFrancisca Moya\tContraloría', '10\tIgnacio Vidal\tMinisterio de Energía']);
    });

    it('carries a table that runs off the page on to the next, past its running header', () => {
      const first = pageFromItems([
        item('Acción', 50, 120, 30), item('Responsable', 300, 120, 60), item('Plazo', 450, 120, 25),
        item('Presentar el informe anual', 50, 102, 130), item('Tesorería', 300, 102, 45), item('30-09-2021', 450, 102, 50),
      ]);
      expect(first.open).not.toBeNull();
      const next = pageFromItems([
        item('Junta de Vecinos N° 4', 50, 800, 110), item('Acta 12/2021', 400, 800, 60),
        item('Revisar el reglamento interno para', 50, 757, 170, true), item('la asamblea de marzo', 50, 744, 100),
        item('Directiva', 300, 757, 45), item('31-10-2021', 450, 757, 50),
        item('Con lo anterior se levanta la sesión a las veinte horas y se firma en señal de conformidad.', 50, 700, 420),
      ], first.open);
      // (Three lines with even gaps between them: no paragraph breaks.)
      expect(next.text.split('\n')).toEqual([
        'Junta de Vecinos N° 4\tActa 12/2021',
        'Revisar el reglamento interno para la asamblea de marzo\tDirectiva\t31-10-2021',
        'Con lo anterior se levanta la sesión a las veinte horas y se firma en señal de conformidad.',
      ]);
      expect(next.open).toBeNull();
      // Without the carried table the rows stay as drawn.
      expect(pageFromItems([item('Revisar el reglamento interno para', 50, 757, 170, true), item('la asamblea de marzo', 50, 744, 100), item('Directiva', 300, 757, 45)]).text)
        .toBe('Revisar el reglamento interno para\nla asamblea de marzo\nDirectiva');
    });

    it('keeps a one-name-per-line list beside a label, joining a value line only when its text plainly goes on', () => {
      const list = [item('ASISTENTES:', 50, 700, 60), item('Ana Pérez Soto', 200, 700, 70, true), item('Luis Mora Díaz', 200, 687, 70, true), item('Eva Ruiz', 200, 674, 40)];
      expect(textFromItems(list)).toBe('ASISTENTES:\tAna Pérez Soto\nLuis Mora Díaz\nEva Ruiz');
      const wrapped = [item('Presentes', 50, 700, 50), item('Ana Pérez (Directora de Finanzas y', 200, 700, 300, true), item('Presupuesto); Luis Mora (Tesorero)', 200, 687, 170)];
      expect(textFromItems(wrapped)).toBe('Presentes\tAna Pérez (Directora de Finanzas y Presupuesto); Luis Mora (Tesorero)');
      const list2 = [item('Presentes', 50, 700, 50), item('Ana Pérez (Directora); Luis Mora (Tesorero); Eva', 200, 700, 300, true), item('Ruiz (Vocal); Juan Díaz (Vocal)', 200, 687, 170)];
      expect(textFromItems(list2)).toBe('Presentes\tAna Pérez (Directora); Luis Mora (Tesorero); Eva Ruiz (Vocal); Juan Díaz (Vocal)');
      const ended = [item('Presentes', 50, 700, 50), item('Ana Pérez (Directora); Luis Mora (Tesorero);', 200, 700, 300, true), item('Eva Ruiz (Vocal)', 200, 687, 170)];
      expect(textFromItems(ended)).toBe('Presentes\tAna Pérez (Directora); Luis Mora (Tesorero);\nEva Ruiz (Vocal)');
    });
  });

  describe('numbered items that wrap', () => {
    // Font size 9, about 4.5 units a character; lines 12.7 apart.
    it('joins a wrapped item title to its item: flush under a line as full as the column gets, or under its text', () => {
      const items = [
        item('AGENDA', 300, 560, 40),
        item('4.0 Contracts', 300, 535, 72, true),
        item('4.1 Renewal of the 2020–2021 Cleaning', 300, 522.3, 180, true), item('Services Contract', 300, 509.6, 104),
        item('4.2 Approval of the Bus Lease', 300, 496.9, 135, true),
        item('4.3 First Reading of Club Rule 12.4', 300, 484.2, 180, true), item('(Guests and Visiting Members)', 300, 471.5, 169),
        item('7. Report of the Treasurer on the audit', 300, 458.8, 178, true), item('of the fiscal year', 313.5, 446.1, 80),
        item('8.0 Adjournment', 300, 433.4, 77),
      ];
      expect(textFromItems(items).split('\n')).toEqual([
        'AGENDA',
        '',
        '4.0 Contracts',
        '4.1 Renewal of the 2020–2021 Cleaning Services Contract',
        '4.2 Approval of the Bus Lease',
        '4.3 First Reading of Club Rule 12.4 (Guests and Visiting Members)',
        '7. Report of the Treasurer on the audit of the fiscal year',
        '8.0 Adjournment',
      ]);
    });

    it('leaves a short item above another line, a heading run into its text and numbered paragraphs as they are', () => {
      const short = [item('1. Reports', 50, 700, 45, true), item('Budget', 50, 687.3, 30, true), item('2. Other business', 50, 674.6, 80)];
      expect(textFromItems(short)).toBe('1. Reports\nBudget\n2. Other business');
      const heading = [
        item('IV. Propuesta de cambio del reglamento de la biblioteca', 50, 700, 300, true), item('Central', 50, 687.3, 39, true),
        item('La Directora presentó la propuesta de cambio del reglamento de la', 50, 674.6, 300, true), item('biblioteca vigente.', 50, 661.9, 80),
      ];
      expect(textFromItems(heading).split('\n')).toHaveLength(4);
      const paragraph = [
        item('1. Minutes. The secretary read the minutes of the last meeting and', 50, 700, 300, true),
        item('the members approved them without changes.', 50, 687.3, 200, true),
        item('2. Treasurer. Mr. Osgood reported the balances of the month', 50, 674.6, 300),
      ];
      expect(textFromItems(paragraph).split('\n')).toHaveLength(3);
    });
  });
});
