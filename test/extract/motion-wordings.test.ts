// Motions and decisions in wordings other than "Moved ..., seconded ..., carried": a roll-call tally as the outcome,
// "Proposed by ..., and agreed: that ...", "Outcome:", "It was decided to ...", a numbered "BE IT RESOLVED".
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../src/extract/agreements.js';
import { SegmentContext } from '../../src/segment/context.js';
import { keywords } from '../../src/segment/keywords.js';

/** The agreements read in one discussion part made of `paragraphs`. */
function decisions(paragraphs: string[]) {
  const part = { agendaNumber: '1', title: 'Business', text: paragraphs.join('\n\n'), paragraphs };
  return extractAgreements([], [part], keywords('en'), new SegmentContext('en', '', []));
}

describe('motion wordings', () => {
  it('take a roll-call tally for the outcome', () => {
    const found = decisions(['The Clerk read a letter from the library. On motion of Trustee Orban, seconded by Trustee Lisle, the Board granted the library $500 for summer programs. Ayes: 4. Nays: 1 (Lisle).']).map((a) => a.text);
    expect(found).toEqual(['On motion of Trustee Orban, seconded by Trustee Lisle, the Board granted the library $500 for summer programs. Ayes: 4. Nays: 1 (Lisle).']);
  });

  it('keep the outcome after a tally', () => {
    const found = decisions(['Trustee Orban moved, seconded by Trustee Lisle, to buy two benches. Ayes: 5. Nays: 0. Motion carried.']).map((a) => a.text);
    expect(found).toEqual(['Trustee Orban moved, seconded by Trustee Lisle, to buy two benches. Ayes: 5. Nays: 0. Motion carried.']);
  });

  it('read "Proposed by ..., seconded by ..., and agreed: that ..."', () => {
    const found = decisions(['The treasurer presented the accounts. Proposed by Ms Dunne, seconded by Mr Ruane, and agreed: that the accounts be approved.']).map((a) => a.text);
    expect(found).toEqual(['Proposed by Ms Dunne, seconded by Mr Ruane, and agreed: that the accounts be approved.']);
  });
});

describe('decision labels and sentences', () => {
  it('drop an "Outcome:" label', () => {
    expect(decisions(['Outcome: the parser moves to the new crate in 2.0.']).map((a) => a.text)).toEqual(['the parser moves to the new crate in 2.0.']);
  });

  it('read "It was decided to ..."', () => {
    const found = decisions(['Mr Rao raised the state of the gate. It was decided to ask the builder for a quote.']).map((a) => a.text);
    expect(found).toEqual(['It was decided to ask the builder for a quote.']);
  });

  it('number a "BE IT RESOLVED" by the resolution line over it, without the tally', () => {
    const found = decisions([
      'On motion of Trustee Orban, seconded by Trustee Lisle, the following resolution was adopted:',
      'RESOLUTION NO. 12 OF 2003 BE IT RESOLVED, that the Board awards the paving contract to Dale Paving Co. Ayes: 5. Nays: 0.',
    ]);
    expect(found).toEqual([{ number: '12', text: 'BE IT RESOLVED, that the Board awards the paving contract to Dale Paving Co.', responsible: null, due: null }]);
  });
});

describe('a motion OCR split by a blank line', () => {
  it('goes on into the next paragraph for its outcome', () => {
    const found = decisions(['After discussion, moved by Director Pye, seconded by Director Lamb that the club buy a new', '$2,400 mower for the grounds. Carried.']).map((a) => a.text);
    expect(found).toEqual(['After discussion, moved by Director Pye, seconded by Director Lamb that the club buy a new $2,400 mower for the grounds. Carried.']);
  });
});

describe('a resolution label OCR bent', () => {
  it('still numbers and opens its resolution ("No," and ";")', () => {
    const found = decisions(['Resolution No, 7; Resolved that the society repaint the gate. Passed unanimously.']);
    expect(found.map((a) => [a.number, a.text])).toEqual([['7', 'Resolved that the society repaint the gate. Passed unanimously.']]);
  });
});

describe('"BE IT RESOLVED" with its "IT" bent by OCR', () => {
  it('is still a resolution, numbered by the line over it', () => {
    const found = decisions(['RESOLUTION NO. 8 OF 2001', 'BE fT RESOLVED, that the Board buys a new plow truck.', 'Ayes: 5, Nays: 0.']);
    expect(found.map((a) => [a.number, a.text])).toEqual([['8', 'BE fT RESOLVED, that the Board buys a new plow truck.']]);
  });
});
