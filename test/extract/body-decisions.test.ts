// Decisions a body states in a sentence of its own ("The committee agreed that ...", "The board recommended ..."),
// and an approval said before the motion that carried it ("Approved as presented on a motion by A, seconded by B.").
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../src/extract/agreements.js';
import { SegmentContext } from '../../src/segment/context.js';
import { keywords } from '../../src/segment/keywords.js';

/** The agreements of one discussion part made of `paragraphs`. */
function decisions(paragraphs: string[]) {
  const part = { agendaNumber: null, title: 'Business', text: paragraphs.join('\n\n'), paragraphs };
  return extractAgreements([], [part], keywords('en'), new SegmentContext('en', '', []));
}

describe('a body deciding in a sentence', () => {
  it('reads the sentence, not the one before it', () => {
    const found = decisions(['Rosa reported a slip on the loading ramp. The committee agreed that anti-slip strips be fitted to the ramp.']);
    expect(found.map((a) => a.text)).toEqual(['The committee agreed that anti-slip strips be fitted to the ramp.']);
  });
  it('reads a recommendation to another body', () => {
    const found = decisions(['The board recommended to the city that the crossing be lit at night.']);
    expect(found.map((a) => a.text)).toEqual(['The board recommended to the city that the crossing be lit at night.']);
  });
  it('leaves a sub-committee recommending what the meeting then votes on', () => {
    expect(decisions(['Grounds. The grounds committee recommended approval of two new benches.'])).toEqual([]);
  });
  it('leaves a member agreeing alone', () => {
    expect(decisions(['Omar asked for a second bin, which Rosa agreed to.'])).toEqual([]);
  });
});

describe('an approval before its motion', () => {
  it('reads the sentence as a motion', () => {
    const found = decisions(['Approved as presented on a motion by Tamm, seconded by Osei.']);
    expect(found.map((a) => a.text)).toEqual(['Approved as presented on a motion by Tamm, seconded by Osei.']);
  });
});

describe('a resolution a paragraph ran on into the next sub-item', () => {
  it('ends before the sub-item', () => {
    const found = decisions(['RESOLVED that the grass-cutting invoice of £240 be paid. b) The bus shelter repair was reported complete.']);
    expect(found.map((a) => a.text)).toEqual(['RESOLVED that the grass-cutting invoice of £240 be paid.']);
  });
});

describe('a motion label OCR read with a semicolon', () => {
  it('is still the motion', () => {
    const found = decisions(['Motion; That the hall fees stay as they are. Moved: Ana Ruiz. Seconded: Tom Paz. Carried.']);
    expect(found.map((a) => a.text)).toEqual(['That the hall fees stay as they are. Moved: Ana Ruiz. Seconded: Tom Paz. Carried.']);
  });
});

describe('a label over OCR specks', () => {
  it('decides nothing', () => {
    expect(decisions(['Motion ; é é'])).toEqual([]);
  });
});
