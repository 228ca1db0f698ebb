// A word inside a name that opens on a consonant pair no word opens on is OCR's hand, and is mended.
import { describe, expect, it } from 'vitest';
import { cleanup } from '../../src/cleanup/index.js';
import { applyEdits } from '../../src/offsets/apply-edits.js';
import type { Lang } from '../../src/types.js';

function clean(raw: string, lang: Lang = 'es', origin: 'ocr' | 'pdf-text' | 'text' = 'ocr'): string {
  return applyEdits(raw, cleanup({ raw, lang, words: [], pageSpans: [{ start: 0, end: raw.length, origin }] })).text;
}

describe('a misread word inside a name', () => {
  it('mends a word opening on two consonants no word opens on ("Tcnants")', () =>
    expect(clean('The meeting was held at the Birch Lane Tcnants Hall at 7 p.m.', 'en'))
      .toBe('The meeting was held at the Birch Lane Tenants Hall at 7 p.m.'));
  it('still leaves a clean name the lexicon lacks for a rare word ("Fenner Road")', () =>
    expect(clean('The office moved to 88 Fenner Road last spring.', 'en')).toBe('The office moved to 88 Fenner Road last spring.'));
});
