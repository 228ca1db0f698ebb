import { describe, expect, it } from 'vitest';
import { textFromItems, type TextLayerItem } from '../../src/ocr/pdf-text-layer.js';

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

  it('drops empty items and collapses runs of spaces', () => {
    expect(textFromItems([item('', 0, 0, 0, true), item('a  b', 50, 700, 20), item(' ', 70, 700, 3)])).toBe('a b');
  });
});
