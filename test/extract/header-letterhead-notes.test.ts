// The letterhead names the body: not the committee a title names under it, nor a note in brackets or an address line
// under the name; a Scots "Minute of Meeting" is a title; "Place:" after a single space is a label.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const body = '\nPresent: Mr A. Lowry (Chair), Ms B. Quell.\n\n1. APOLOGIES\nNone were received.\n';

describe('the letterhead over the title', () => {
  it('gives the council over the committee a title names', () => {
    const h = segment(`PENWARDEN VALE TOWN COUNCIL\n\nMinutes of the Meeting of the Recreation and Grounds Committee\n\nheld in the Market Room, Penwarden, on Tuesday 4th March 2025 at 7.00pm\n${body}`, 'en').header;
    expect(h.title).toBe('Minutes of the Meeting of the Recreation and Grounds Committee');
    expect(h.organization).toBe('PENWARDEN VALE TOWN COUNCIL');
  });
  it('keeps the title\'s spelling of the body the letterhead names', () => {
    const h = segment(`UPPER TOLLARD PARISH COUNCIL\n\nMinutes of the Ordinary Meeting of Upper Tollard Parish Council\n\nheld in the Village Hall on Tuesday 4th March 2025 at 7.00pm\n${body}`, 'en').header;
    expect(h.organization).toBe('Upper Tollard Parish Council');
  });
  it('passes over a bracketed note and an address under the name', () => {
    const a = segment(`THE MERRIVALE ALMSHOUSE TRUST\n(A company limited by guarantee, Company No. 0123456)\n\nMINUTES OF THE ANNUAL GENERAL MEETING\n\nheld at the Chapel, Merrivale, on Saturday 5 April 2025 at 2.00 pm\n${body}`, 'en').header;
    expect(a.organization).toBe('THE MERRIVALE ALMSHOUSE TRUST');
    const b = segment(`ODO-ILE GROWERS' CO-OPERATIVE SOCIETY LIMITED\nPLOT 14, OLD MARKET ROAD, ILESA, OSUN STATE\n\nMINUTES OF THE 9TH MANAGEMENT COMMITTEE MEETING HELD ON SATURDAY 5TH APRIL, 2025\n${body}`, 'en').header;
    expect(b.organization).toBe("ODO-ILE GROWERS' CO-OPERATIVE SOCIETY LIMITED");
  });
});

describe('a Scots minute', () => {
  it('reads "Minute of Meeting of ..." as the title', () => {
    const h = segment(`GLENBURN TENANTS' ASSOCIATION\n\nMinute of Meeting of the Committee held in the Scout Hut, Burn Road, Glenburn, on Monday, 3rd March, 1980, at 7.30 p.m.\n${body}`, 'en').header;
    expect(h.title).toBe('Minute of Meeting of the Committee');
    expect(h.organization).toBe("GLENBURN TENANTS' ASSOCIATION");
  });
});

describe('a place label after one space', () => {
  it('is not kept in the location', () => {
    const h = segment(`Proceedings of the Parents Committee Meeting\nDate: 12.07.2024 Time: 3.00 p.m. Place: Staff Room\n${body}`, 'en').header;
    expect(h.location).toBe('Staff Room');
  });
});
