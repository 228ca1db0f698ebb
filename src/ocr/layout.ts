// Turns Tesseract's block/paragraph/line/word tree into page text whose word offsets are exact:
// words joined by a space, lines by \n, paragraphs and blocks by a blank line.
import type Tesseract from 'tesseract.js';
import type { PageWord } from '../input/paged.js';

export interface OcrLayout {
  text: string;
  words: PageWord[];
  /** Mean word confidence weighted by word length, 0..100; 0 for an empty page. */
  confidence: number;
}

export function layoutFromBlocks(blocks: Tesseract.Block[] | null): OcrLayout {
  const paragraphs: string[] = [];
  const words: PageWord[] = [];
  let offset = 0;
  let confSum = 0;
  let confWeight = 0;
  for (const block of blocks ?? []) {
    for (const para of block.paragraphs) {
      const lines: string[] = [];
      // A paragraph starts after the previous one plus its blank line.
      let pos = paragraphs.length === 0 ? 0 : offset + 2;
      for (const line of para.lines) {
        const parts: string[] = [];
        for (const w of line.words) {
          const t = w.text.replace(/\s+/g, '');
          if (t === '') continue;
          if (parts.length > 0) pos += 1;
          const { x0, y0, x1, y1 } = w.bbox;
          words.push({ start: pos, end: pos + t.length, confidence: w.confidence, bbox: { x0, y0, x1, y1 } });
          confSum += w.confidence * t.length;
          confWeight += t.length;
          parts.push(t);
          pos += t.length;
        }
        if (parts.length === 0) continue;
        lines.push(parts.join(' '));
        pos += 1; // the \n after this line (dropped after the last line below)
      }
      if (lines.length === 0) continue;
      paragraphs.push(lines.join('\n'));
      offset = pos - 1;
    }
  }
  return { text: paragraphs.join('\n\n'), words, confidence: confWeight === 0 ? 0 : confSum / confWeight };
}
