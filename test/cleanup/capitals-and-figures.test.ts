// OCR slips inside words in capitals and inside figures: a capitals word keeps its capitals when one letter came out
// in lower case ("lNFORME"), a zero read as the letter O goes back to a figure ("2O25"), and an acronym's plural
// ("NGOs") is no misread word.
import { describe, expect, it } from 'vitest';
import { cleanup } from '../../src/cleanup/index.js';
import { applyEdits } from '../../src/offsets/apply-edits.js';

function clean(raw: string, lang: 'es' | 'en' = 'es'): string {
  return applyEdits(raw, cleanup({ raw, lang, words: [], pageSpans: [{ start: 0, end: raw.length, origin: 'ocr' }] })).text;
}

describe('capitals with one lower-case letter', () => {
  it('stay in capitals once mended', () =>
    expect(clean('ACTA DE LA JUNTA DE VECINOS\n\n3. lNFORME DE LA DIRECTIVA\n\nLa directiva informa.\n\n4. VARlOS\n\nNo hay.\n'))
      .toBe('ACTA DE LA JUNTA DE VECINOS\n\n3. INFORME DE LA DIRECTIVA\n\nLa directiva informa.\n\n4. VARIOS\n\nNo hay.\n'));
  it('leave mixed OCR case inside a title-case word as a title', () =>
    expect(clean('Estado de la RepUblica y la Cuenta Plblica.')).toBe('Estado de la República y la Cuenta Pública.'));
  it('a figure read for a first letter gives a capital', () =>
    expect(clean('Asisten los vecinos del sector.\n\n0rden del dia:\n\n1. Cuenta\n')).toBe('Asisten los vecinos del sector.\n\nOrden del día:\n\n1. Cuenta\n'));
  it('leave an acronym\'s plural alone', () =>
    expect(clean('The board reviewed the open EWOs and the CPEs for the NGOs in the district.', 'en'))
      .toBe('The board reviewed the open EWOs and the CPEs for the NGOs in the district.'));
});

describe('a zero read as the letter O', () => {
  it('goes back to a figure in years and amounts', () =>
    expect(clean('Se aprueba el presupuesto 2O25 para unos 1OO vecinos, como en el Plan 2OO9.'))
      .toBe('Se aprueba el presupuesto 2025 para unos 100 vecinos, como en el Plan 2009.'));
  it('leaves ordinals and codes', () => {
    const text = 'Se celebra el 10o aniversario del club; el 3o lugar queda para la sede A2O.';
    expect(clean(text)).toBe(text);
  });
});
