// Titles of many countries stay out of names: "Cllrs" before a list, "Lady", "Kum.", "Alhaji", "Pastor", "Bro."/"Sis.",
// "Chief (Mrs)"; "Mayor Pro Tem" is one role; "- P.R.O." after a name is an office, no body; "ABSENT WITH APOLOGY"
// heads excused members; a list's full stop does not hide its last role word ("..., Meetings Administrator.").
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const COOPERATIVE = `ILE-OWO GROWERS' CO-OPERATIVE SOCIETY LIMITED

MINUTES OF THE 9TH MANAGEMENT COMMITTEE MEETING HELD ON TUESDAY 3RD JUNE, 2014 AT THE SOCIETY'S OFFICE, AT 11.00AM

MEMBERS PRESENT:
1. Chief (Mrs) Folake Adeyemi - President
2. Alhaji Musa Bello - Treasurer
3. Kum. Asha Rao - Secretary

ABSENT WITH APOLOGY:
1. Pastor Daniel Okafor - P.R.O.

1.0 OPENING
The meeting started with an opening prayer. The President welcomed members to the meeting and thanked them for coming.

2.0 ADOPTION OF AGENDA
The agenda was adopted on the motion of Alhaji Musa Bello, seconded by Kum. Asha Rao.
`;

const COUNCIL = `Ballymore County Council
MINUTES OF THE MONTHLY MEETING OF THE MUNICIPAL DISTRICT OF DRUMKEEL

Date: Monday, 6 May 2024
Venue: Council Chamber, Drumkeel

Members present: Cllrs Eileen Doherty, Sean Malone and Niamh Burke.
Officials present: Mr Paul Kenny, District Manager; Ms Orla Tighe, Meetings Administrator.
Apologies: Lady Harriet Vane (President), Mayor Pro Tem Gail Storey.

1. Confirmation of Minutes
On the proposal of Cllr Malone, seconded by Cllr Burke, the minutes of the meeting held on 8 April 2024 were confirmed.
`;

const UNION = `LOCAL 12 EXECUTIVE BOARD
Minutes of the Executive Board Meeting

Present: Bro. Carl Novak (President), Sis. Ruth Ames (Recording Secretary) and Bro. Leo Marsh (Trustee).

1) Reading of the Minutes
The minutes of the last meeting were read and accepted.
`;

const rows = (text: string) => segment(text, 'en').attendees.map((a) => [a.name, a.organization, a.role, a.status]);

describe('titles out of names', () => {
  it('reads a Nigerian form list', () => {
    expect(rows(COOPERATIVE)).toEqual([
      ['Folake Adeyemi', null, 'Chief', 'present'],
      ['Musa Bello', null, 'Treasurer', 'present'],
      ['Asha Rao', null, 'Secretary', 'present'],
      ['Daniel Okafor', null, 'P.R.O.', 'excused'],
    ]);
  });
  it('reads plural and acting titles', () => {
    expect(rows(COUNCIL)).toEqual([
      ['Eileen Doherty', null, 'Member', 'present'],
      ['Sean Malone', null, 'Member', 'present'],
      ['Niamh Burke', null, 'Member', 'present'],
      ['Paul Kenny', null, 'District Manager', 'present'],
      ['Orla Tighe', null, 'Meetings Administrator', 'present'],
      ['Harriet Vane', null, 'President', 'excused'],
      ['Gail Storey', null, 'Mayor Pro Tem', 'excused'],
    ]);
  });
  it('reads union titles', () => {
    expect(rows(UNION)).toEqual([
      ['Carl Novak', null, 'President', 'present'],
      ['Ruth Ames', null, 'Recording Secretary', 'present'],
      ['Leo Marsh', null, 'Trustee', 'present'],
    ]);
  });
});
