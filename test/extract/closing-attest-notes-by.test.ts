// Who prepared the minutes: the clerk under a lone "ATTEST:", a closing sentence "Notes by ...", and a note-taker's
// label after another label on one header line.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const body = 'MINUTES OF THE REGULAR MEETING\nTOWN OF BIRCH FALLS\nMarch 3, 2025\n\nPresent: Mayor Ada Lowry, Alderman Carl Dunn, Alderman Rita Vance.\n\nI. CALL TO ORDER\nMayor Lowry called the meeting to order at 7:00 p.m.\n\nII. STREETS\nAlderman Dunn moved to repave Elm Street; seconded by Alderman Vance. Motion carried.\n\nIII. ADJOURNMENT\nThere being no further business, the meeting adjourned at 8:10 p.m.\n\n';

describe('a lone "Attest:"', () => {
  it('gives the clerk signing below it', () => {
    expect(segment(`${body}ATTEST:\nDora Penn, Town Clerk\nAda Lowry, Mayor\n`, 'en').closing.preparedBy).toBe('Dora Penn');
    expect(segment(`${body}A true record.\nAttest:\nDora Penn\nClerk to the Board of Aldermen\n`, 'en').closing.preparedBy).toBe('Dora Penn');
  });
});

describe('a closing sentence', () => {
  it('"Notes by ..." names who took them', () => {
    const c = segment(`${body}Meeting ended at 8:12. Notes by Wes Okafor; they go on the noticeboard.\n`, 'en').closing;
    expect(c.preparedBy).toBe('Wes Okafor');
  });
});

describe('a header line of two labels', () => {
  it('reads the note-taker after the facilitator', () => {
    const c = segment('Harbor Analytics – Data Platform\nPipeline weekly sync\nMonday 2025-03-03, 09:30–10:15\nFacilitator: Ada Lowry    Notes: Wes Okafor\n\nAttendees\nAda Lowry – Manager\nWes Okafor – Engineer\nRita Vance – Analyst\n\n1. Backfill status\nThe backfill finished on Friday; Rita checked the counts.\n\n2. Alerts\nWes will tune the lag alert thresholds this week.\n', 'en').closing;
    expect(c.preparedBy).toBe('Wes Okafor');
  });
});
