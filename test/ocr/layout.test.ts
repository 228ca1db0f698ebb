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
});
