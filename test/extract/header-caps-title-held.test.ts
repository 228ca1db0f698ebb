// A title in capitals running on into when and where: its ordinal meeting number with the body's words between, and
// its place up to the time.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

describe('a title in capitals holding the meeting', () => {
  it('gives the session number and the place', () => {
    const h = segment(`ODO-ILE GROWERS' CO-OPERATIVE SOCIETY LIMITED\n\nMINUTES OF THE 9TH MANAGEMENT COMMITTEE MEETING HELD ON SATURDAY 5TH APRIL, 2025 AT THE SOCIETY'S HALL, ILESA, AT 11.00AM\n\nMEMBERS PRESENT:\n1. Mr. Tunde Bello - Chairman\n2. Mrs. Kemi Ade - Secretary\n\n1.0 OPENING\nThe meeting opened with a prayer.\n`, 'en').header;
    expect(h.sessionNumber).toBe('9');
    expect(h.location).toBe("SOCIETY'S HALL, ILESA");
    expect(h.startTime).toBe('11:00');
  });
  it('reads no number from a date before the meeting', () => {
    const h = segment('Minutes of the meeting held on the 5th of April 2025 at 7pm in the Village Hall\n\nPresent: Mr A. Lowry (Chair), Ms B. Quell.\n\n1. APOLOGIES\nNone.\n', 'en').header;
    expect(h.sessionNumber).toBeNull();
  });
});
