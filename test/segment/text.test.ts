import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

// segment().text: the lines joined by newlines, blank-line runs cut to one. Texts without furniture take a shortcut
// (the cleaned text's line breaks made newlines); these pin it to the line-by-line join.
describe('segment text', () => {
  const cases: Array<[string, string]> = [
    ['Acta de la junta\n\n\n\nSe acuerda pintar la sede.\n', 'Acta de la junta\n\nSe acuerda pintar la sede.'],
    ['\n\n  \nActa de la junta\r\nSe acuerda pintar.\r\n\r\n\r\n\r\nFin\r', 'Acta de la junta\nSe acuerda pintar.\n\nFin'],
    ['Acta de la junta\fSe acuerda pintar.\f\f\fFin', 'Acta de la junta\nSe acuerda pintar.\n\nFin'],
    ['Acta\r\r\nUno\rdos\n \n\n\nTres\t\n', 'Acta\r\nUno\rdos\n \n\nTres'],
  ];
  for (const [input, text] of cases) it(JSON.stringify(input), () => expect(segment(input, 'es').text).toBe(text));
});
