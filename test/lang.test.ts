import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/lang/detect.js';

describe('detectLanguage', () => {
  it('tells Spanish from English, even without accents or with OCR noise', () => {
    expect(detectLanguage('En Talca, a 7 de junio, se reune el Consejo de la Facultad con la asistencia de los consejeros').lang).toBe('es');
    expect(detectLanguage('The meeting was called to order at 7:05 PM by the President of the Board').lang).toBe('en');
    expect(detectLanguage('Desde las organizaciones de la sociedad civil que participan en la mesa se plante6').lang).toBe('es');
  });

  it('falls back to Spanish with zero confidence when there is nothing to count', () => {
    expect(detectLanguage('12345 ---- ====')).toEqual({ lang: 'es', confidence: 0 });
  });
});
