// After an article, a plain word that inflects for gender ("reina"/"reino", "continua"/"continuo") is the noun or the
// adjective the article governs; its twin with an accent splitting two vowels ("reína", "continúa") is a verb form.
import { describe, expect, it } from 'vitest';
import { cleanup } from '../../src/cleanup/index.js';
import { applyEdits } from '../../src/offsets/apply-edits.js';

function clean(raw: string): string {
  return applyEdits(raw, cleanup({ raw, lang: 'es', words: [], pageSpans: [{ start: 0, end: raw.length, origin: 'text' }] })).text;
}

describe('a hiatus accent after an article', () => {
  it('is not given to a noun or adjective with its other gender', () =>
    expect(clean('Se hablo de la reina de la fiesta de la vendimia, de una reina del carnaval y de la continua revision del presupuesto.'))
      .toBe('Se habló de la reina de la fiesta de la vendimia, de una reina del carnaval y de la continua revisión del presupuesto.'));
  it('still restores nouns that only exist accented, and proparoxytones', () =>
    expect(clean('El envio llego tarde por la crecida del rio. La publica y el limite del deposito.'))
      .toBe('El envío llegó tarde por la crecida del río. La pública y el límite del depósito.'));
});
