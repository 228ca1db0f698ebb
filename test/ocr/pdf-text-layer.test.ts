import { describe, expect, it } from 'vitest';
import { textFromItems, type TextLayerItem } from '../../src/ocr/pdf-text-layer.js';

const item = (str: string, x: number, y: number, width: number, hasEOL = false): TextLayerItem =>
  ({ str, transform: [10, 0, 0, 10, x, y], width, height: 10, hasEOL });

describe('textFromItems', () => {
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
