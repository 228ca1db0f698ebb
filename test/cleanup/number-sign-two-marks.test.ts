// The number sign OCR read as a question mark and an asterisk ("N?* 03/2023") is one sign, as "N”*" was.
import { describe, expect, it } from 'vitest';
import { cleanup } from '../../src/cleanup/index.js';
import { applyEdits } from '../../src/offsets/apply-edits.js';

const clean = (raw: string) => applyEdits(raw, cleanup({ raw, lang: 'es', words: [], pageSpans: [{ start: 0, end: raw.length, origin: 'ocr' }] })).text;

describe('a number sign read as two marks', () => {
  it('becomes "N°"', () => expect(clean('INFORME TÉCNICO N?* 12/2022 y oficio N?* 7\n')).toBe('INFORME TÉCNICO N° 12/2022 y oficio N° 7\n'));
});
