import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { ENGLISH } from '../segment/samples.js';

describe('segment() on a hand-written English minute', () => {
  const s = segment(ENGLISH, 'en');

  it('reads the header', () => {
    expect(s.header.title).toBe('MINUTES OF THE REGULAR MEETING OF THE PLANNING BOARD');
    expect(s.header.organization).toBe('Maple Ridge Planning Board');
    expect(s.header.date).toBe('2015-04-02');
    expect(s.header.startTime).toBe('19:05');
    expect(s.header.endTime).toBe('20:40');
    expect(s.header.location).toBe('Community Room of Town Hall, 12 Elm Road');
  });

  it('reads labelled attendee lists, role prefixes and parentheses', () => {
    expect(s.attendees).toEqual([
      { name: 'Susan Clark', organization: null, role: 'Chair', status: 'present' },
      { name: 'Tom Reed', organization: null, role: 'Member', status: 'present' },
      { name: 'Amy Lowe', organization: null, role: 'Member', status: 'present' },
      { name: 'Raj Patel', organization: null, role: 'Member', status: 'present' },
      { name: 'Dan Frost', organization: null, role: 'Member', status: 'excused' },
      { name: 'Laura King', organization: 'King & Moss LLC', role: 'engineer', status: 'guest' },
    ]);
  });

  it('reads agenda, discussion, motions, resolutions and action items', () => {
    expect(s.agenda.map((a) => a.title)).toEqual(['Approval of minutes', 'Site plan review']);
    expect(s.discussion.map((d) => d.title)).toEqual(['Approval of minutes', 'Site plan review']);
    expect(s.agreements.map((a) => [a.text, a.responsible, a.due])).toEqual([
      ['Motion by Reed, seconded by Lowe, to approve the minutes of March 5. Motion carried 4-0.', null, null],
      ['RESOLVED, that the site plan for 40 Oak Lane is approved.', null, null],
      ['Send approval letter', 'Amy Lowe', '2015-04-10'],
    ]);
  });

  it('reads the closing block', () => {
    expect(s.closing).toEqual({ preparedBy: 'Amy Lowe', preparedOn: null, nextMeeting: '2015-05-07', distribution: null, adjournedAt: '20:40' });
  });
});

describe('a title wrapped over two lines', () => {
  it('joins the first half, but never an organization line above a whole title', () => {
    const wrapped = segment('Northern Rivers Water Quality\nWorking Group Meeting #7\nMay 3, 2019\n\nAttendees:\n\nAnn Lee\nTom Reed\n', 'en');
    expect(wrapped.header.title).toBe('Northern Rivers Water Quality Working Group Meeting #7');
    const org = segment('Maple Ridge Garden Club\nBoard Meeting Minutes\nMay 3, 2019\n\nAttendees:\n\nAnn Lee\nTom Reed\n', 'en');
    expect(org.header.title).toBe('Board Meeting Minutes');
    expect(org.header.organization).toBe('Maple Ridge Garden Club');
  });
});

describe('a parenthesised affiliation after a name', () => {
  it('is the organization when no word of it is a role word, else the role', () => {
    const doc = `Working Group Meeting Notes (2021-03-02)

Roll Call
* Attending:
  * Ana Lee (Acme Foundation)
  * Tom Hart (Verizon)
  * Sam Ruiz (WG Chair)

Agenda
1. Drafts
`;
    expect(segment(doc, 'en').attendees.map((a) => [a.name, a.organization, a.role])).toEqual([
      ['Ana Lee', 'Acme Foundation', null],
      ['Tom Hart', 'Verizon', null],
      ['Sam Ruiz', null, 'WG Chair'],
    ]);
  });
});

describe('an "(@handle, Org)" attendee list as OCR bends it', () => {
  it('reads the organization past bent brackets, a dot for the comma and a lost "@"', async () => {
    const doc = `Steering committee notes

Date 2023-09-12

Attendees

« Maria Lopez (smlopez . Acme Labs} chair
e Tom Reed (treed . Birch Cloud)”
« Sara Quinn i squinn . Acme Labs}
* Ben Ortiz ¢ bortiz . North Data

Agenda
1. Releases
`;
    // Through the whole pipeline: cleanup drops the bullets OCR read as "«" and "*".
    const { processText } = await import('../../src/index.js');
    expect(processText(doc, { lang: 'en' }).attendees.map((a) => [a.name, a.organization, a.role])).toEqual([
      ['Maria Lopez', 'Acme Labs', 'chair'],
      ['Tom Reed', 'Birch Cloud', null],
      ['Sara Quinn', 'Acme Labs', null],
      ['Ben Ortiz', 'North Data', null],
    ]);
  });
});

describe('a letterhead whose date a PDF sets in a cell of its own', () => {
  it('names the organization', () => {
    const doc = 'PARKS COMMISSION\tMay 4, 2019\n\nREGULAR MEETING\n\nHonorable Ann Lee, President\nHonorable Tom Reed, Mayor\n\nThe meeting was called to order by the President.\n';
    const s = segment(doc, 'en');
    expect([s.header.organization, s.header.date, s.header.title]).toEqual(['PARKS COMMISSION', '2019-05-04', 'REGULAR MEETING']);
  });
});

describe('a body named only in the title', () => {
  const minutes = (title: string) => `${title}

Date: 2021-03-09
Attendees: Ana Ruiz, Tom Reed

1. Roadmap
The group reviewed the roadmap for the next release.
`;

  it('is what comes before "Meeting" when it ends in an acronym or a body\'s noun', () => {
    expect(segment(minutes('Kestrel Parser WG Meeting Notes'), 'en').header.organization).toBe('Kestrel Parser WG');
    expect(segment(minutes('Riverside Parks Committee Regular Meeting'), 'en').header.organization).toBe('Riverside Parks Committee');
  });

  it('is no lone noun, nor a title without a body before "Meeting"', () => {
    expect(segment(minutes('Board Meeting Minutes'), 'en').header.organization).toBeNull();
    expect(segment(minutes('Notes of the Weekly Sync Meeting'), 'en').header.organization).toBeNull();
  });
});

describe('minutes whose header gives no time nor place', () => {
  const text = `RIVERBEND LIBRARY BOARD
Minutes of the Regular Meeting
Tuesday, May 4, 2021

Members present: Ana Ruiz, Tom Reed, Eva Lind

1. CALL TO ORDER
President Ruiz called the meeting to order at 7:02 p.m. in the Council Chambers, 210 Main Street.

2. BUDGET
The board reviewed the budget for the summer reading program and asked for a revised estimate.

3. ADJOURNMENT
The meeting was adjourned at 8:15 p.m.
`;
  const { header } = segment(text, 'en');

  it('take them from the sentence calling the meeting to order', () => {
    expect(header.startTime).toBe('19:02');
    expect(header.location).toBe('Council Chambers, 210 Main Street');
    expect(header.endTime).toBe('20:15');
  });

  it('take no body from a place ("Council Chambers")', () => {
    expect(header.organization).toBe('RIVERBEND LIBRARY BOARD');
  });
});

describe('British parish-council minutes', () => {
  const text = `HOLLYBROOK PARISH COUNCIL
Minutes of the meeting held on Tuesday 12 March 2024 at 7.00pm in the Village Hall

Present: Cllr A Marsh (Chair), Cllr B Okoro, Cllr C Lind
In attendance: Mrs D Vale (Clerk)
Apologies: Cllr E Ward

1. Minutes of the previous meeting
The minutes of the meeting held on 13 February 2024 were approved and signed as a true record.

2. Bus shelter
The Clerk reported that the bus shelter roof was damaged in the storm last week. It was RESOLVED to accept the quote of £380 from Dale Joinery for its repair.
ACTION: Clerk to order the repair and inform the bus company.

3. Date of next meeting
Tuesday 9 April 2024 at 7.00pm.

The meeting closed at 8.41pm.
`;
  const { header, attendees, agreements, closing } = segment(text, 'en');

  it('reads the date, time and place from the line giving the date', () => {
    expect([header.date, header.startTime, header.location]).toEqual(['2024-03-12', '19:00', 'Village Hall']);
  });

  it('reads councillors without their "Cllr"', () => {
    expect(attendees.map((a) => [a.name, a.status])).toEqual([['A Marsh', 'present'], ['B Okoro', 'present'], ['C Lind', 'present'], ['D Vale', 'present'], ['E Ward', 'excused']]);
  });

  it('takes "It was RESOLVED" sentences, the approval of the minutes and actions naming their owner first', () => {
    expect(agreements).toEqual([
      { number: null, text: 'The minutes of the meeting held on 13 February 2024 were approved and signed as a true record.', responsible: null, due: null },
      { number: null, text: 'It was RESOLVED to accept the quote of £380 from Dale Joinery for its repair.', responsible: null, due: null },
      { number: null, text: 'order the repair and inform the bus company', responsible: 'Clerk', due: null },
    ]);
  });

  it('takes the next meeting from the line under its heading', () => {
    expect(closing.nextMeeting).toBe('2024-04-09');
    expect(closing.adjournedAt).toBe('20:41');
  });
});

describe('city council minutes with headings in capitals and no agenda', () => {
  const text = `CITY OF PINE BLUFF
CITY COUNCIL REGULAR MEETING MINUTES
Monday, June 5, 2023

The City Council of the City of Pine Bluff met in regular session on Monday, June 5, 2023, at 6:00 p.m. in the Council Chamber at City Hall.

ROLL CALL
Present: Mayor Dana Price; Council Members Luis Ortega, Kim Tran and Rita Moss.
Staff: City Clerk Ann Ford.

CONSENT AGENDA
Council Member Tran moved, seconded by Council Member Moss, to approve the consent agenda as presented. Motion carried 4-0.

STREET MAINTENANCE PLAN
The City Manager presented the street maintenance plan for the coming year and answered questions from the council.
`;
  const { header, attendees, discussion } = segment(text, 'en');

  it('names the body from the opening sentence, without its article, and no council member as one', () => {
    expect(header.organization).toBe('City Council of the City of Pine Bluff');
  });

  it('ends the attendee list at the first heading in capitals over a paragraph', () => {
    expect(attendees.map((a) => a.name)).toEqual(['Dana Price', 'Luis Ortega', 'Kim Tran', 'Rita Moss', 'Ann Ford']);
  });

  it('cuts the discussion at those headings', () => {
    expect(discussion.map((d) => d.title)).toEqual(['CONSENT AGENDA', 'STREET MAINTENANCE PLAN']);
  });
});

describe('Markdown meeting notes', () => {
  const text = `# Parser Working Group Meeting — 2023-11-07

**Time:** 15:00–16:00 UTC
**Location:** Zoom

## Attendees

Ana Ruiz (Orbital Labs), Tom Reed (Northwind)

## Notes

The group reviewed the release plan for version 4.0 and agreed to freeze features on December 1.

## Action items

Owner | Task | Due
Ana Ruiz | Publish the release schedule | 2023-11-14
Tom Reed | Send the budget report to the board | 2023-11-21

**Next meeting:** 2023-12-05
**Minutes by:** Tom Reed
`;
  const { header, agreements, closing } = segment(text, 'en');

  it('reads bold labels', () => {
    expect(header.location).toBe('Zoom');
    expect([closing.nextMeeting, closing.preparedBy]).toEqual(['2023-12-05', 'Tom Reed']);
  });

  it('reads a table whose cells bars set apart, in its header\'s column order', () => {
    expect(agreements).toEqual([
      { number: null, text: 'Publish the release schedule', responsible: 'Ana Ruiz', due: '2023-11-14' },
      { number: null, text: 'Send the budget report to the board', responsible: 'Tom Reed', due: '2023-11-21' },
    ]);
  });
});

describe('labelled header and closing lines', () => {
  const text = `Minutes - Harbor Finance Committee
Date: 03/14/2022
Time: 5:30 PM - 6:45 PM

Present: Amy Cole, Ben Diaz

The committee reviewed the quarterly report and asked for more detail on the travel line.

Adjournment: 6:45 pm
Recorder: Ben Diaz
`;
  const { header, closing } = segment(text, 'en');

  it('read a range whose two ends carry a meridiem, and the body named after "Minutes"', () => {
    expect([header.startTime, header.endTime, header.organization]).toEqual(['17:30', '18:45', 'Harbor Finance Committee']);
  });

  it('read "Adjournment:" and "Recorder:"', () => {
    expect([closing.adjournedAt, closing.preparedBy]).toEqual(['18:45', 'Ben Diaz']);
  });
});

describe('a "Present:" line followed by a short numbered item', () => {
  it('ends the attendee list there', () => {
    const text = 'ASHFORD PARISH COUNCIL\nMinutes of the meeting held on 3 March 2025 at 7pm\n\nPresent: Alan Lowe (Chairman), Brian Nash, Carol Moss\n\n1. Welcome\nThe Chairman welcomed all.\n\n2. Finance\nRESOLVED that the payments be approved.\n';
    const s = segment(text, 'en');
    expect(s.attendees.map((a) => a.name)).toEqual(['Alan Lowe', 'Brian Nash', 'Carol Moss']);
    expect(s.discussion.map((d) => d.title)).toEqual(['Welcome', 'Finance']);
    expect(s.agreements.map((a) => a.text)).toEqual(['RESOLVED that the payments be approved.']);
  });
});

describe('who prepared the minutes, and when, on one line', () => {
  const closingOf = (line: string) => segment(`MINUTES OF THE GARDEN CLUB\nMay 3, 2025\n\nThe club discussed the spring planting schedule and the purchase of new tools for members.\n\n${line}\n`, 'en').closing;

  it('splits the date off the name', () => {
    expect(closingOf('Minutes prepared by Tom Keller on 7 May 2025.')).toMatchObject({ preparedBy: 'Tom Keller', preparedOn: '2025-05-07' });
    expect(closingOf('Respectfully submitted by Priya Raghunathan, Secretary, on June 24, 2024.')).toMatchObject({ preparedBy: 'Priya Raghunathan', preparedOn: '2024-06-24' });
  });
});

describe('open-source meeting notes', () => {
  const text = `# Kestrel Steering Meeting 2025-01-15

**When:** 2025-01-15 16:00 UTC
**Where:** Jitsi

## Attendees
- Nadia Kovacs
- Diego Saavedra (contributor, guest)

## Notes
The group reviewed the release candidate and the deprecation plan for the old plugin API.

## Action items
- [ ] @nkovacs: cut 3.2.0-rc1 (due 2025-01-29)
- [ ] @dsaavedra: write the deprecation notice for the docs

Next sync: 2025-01-29, same time.
`;
  const { header, attendees, agreements, closing } = segment(text, 'en');

  it('reads "Where:", a status among a parenthesis\'s parts and the next sync', () => {
    expect(header.location).toBe('Jitsi');
    expect(attendees[1]).toMatchObject({ name: 'Diego Saavedra', status: 'guest' });
    expect(closing.nextMeeting).toBe('2025-01-29');
  });

  it('reads task boxes after a bullet, with a handle as owner', () => {
    expect(agreements).toEqual([
      { number: null, text: 'cut 3.2.0-rc1', responsible: '@nkovacs', due: '2025-01-29' },
      { number: null, text: 'write the deprecation notice for the docs', responsible: '@dsaavedra', due: null },
    ]);
  });
});

describe('titles and bodies from the first lines', () => {
  it('take a letterhead naming the body more fully than the title\'s words, and a "Minutes of ..." title without when and where it was held', () => {
    const text = 'LITTLE BROOKFORD PARISH COUNCIL\n\nMinutes of the Meeting of the Parish Council held on Wednesday 11th September 2024\nat 7.30pm in the Village Hall, Church Lane, Little Brookford\n\nPresent: Cllr M. Ashworth (Chairman), Cllr P. Green\n\n1. Apologies\nApologies were received from Cllr Lee and accepted by the council.\n';
    const { header } = segment(text, 'en');
    expect(header.organization).toBe('LITTLE BROOKFORD PARISH COUNCIL');
    expect(header.title).toBe('Minutes of the Meeting of the Parish Council');
    expect([header.date, header.startTime, header.location]).toEqual(['2024-09-11', '19:30', 'Village Hall, Church Lane, Little Brookford']);
  });

  it('take a Markdown title heading, the body before its dash, and no motion\'s words for a body', () => {
    const md = segment('# Kestrel Steering Committee – Weekly Sync\n\n**Date:** 2025-01-22\n\n## Notes\nThe group reviewed the release candidate and the plan for the old plugin API.\n', 'en').header;
    expect([md.title, md.organization]).toEqual(['Kestrel Steering Committee – Weekly Sync', 'Kestrel Steering Committee']);
    const motion = segment('NORTHERN PINES LITERACY SOCIETY\nBoard of Directors – Minutes\n\nDate: June 20, 2024\n\nMOTION 2024-06-01: That the Board approve the audited financial statements for the year as presented by the auditor.\n', 'en').header;
    expect(motion.organization).toBe('NORTHERN PINES LITERACY SOCIETY');
  });
});

describe('a list of names with initials', () => {
  it('keeps the names before an initial that reads like the Spanish "D."', () => {
    // "Cllr" before a name is the councillor's role, as the probe answers write it (p3-en-03, en-p6-03).
    const s = segment('MINUTES OF THE PARISH COUNCIL\n\nPresent: Cllr M. Ashworth (Chairman), Cllr P. Green, Cllr D. Okonjo\n\n1. Apologies\nApologies were received from Cllr Lee and accepted by the council.\n', 'en');
    expect(s.attendees.map((a) => [a.name, a.role])).toEqual([['M. Ashworth', 'Chairman'], ['P. Green', 'Councillor'], ['D. Okonjo', 'Councillor']]);
  });
});

describe('a "Finish:" label', () => {
  it('gives the end time', () => {
    const { header } = segment('Riverside Tenants Association\nMinutes of the Committee Meeting\nDate: 5 March 2024\nStart: 6.45pm   Finish: 8.20pm\n\nPresent: Ana Ruiz, Tom Reed\n\nThe committee reviewed the repairs list and the landlord\'s reply about the heating.\n', 'en');
    expect([header.startTime, header.endTime]).toEqual(['18:45', '20:20']);
  });
});

describe('more ways of recording motions and places', () => {
  it('read "Motion (Mover/Seconder): That ... CARRIED." and "Proposed by ... / Seconded by ... Carried."', () => {
    const agreementsOf = (body: string) => segment(`MINUTES OF THE SENATE\nMarch 3, 2020\n\n1. Agenda\n${body}\n\n2. Budget\nThe treasurer presented the budget for the coming year and answered questions.\n`, 'en').agreements.map((a) => a.text);
    expect(agreementsOf('Motion (Bouchard/Patel): That the agenda be approved as circulated. CARRIED.')).toEqual(['That the agenda be approved as circulated. CARRIED.']);
    expect(agreementsOf('Proposed by Helen Cart / Seconded by Jacob Lim that the accounts be adopted. Carried.')).toEqual(['Proposed by Helen Cart / Seconded by Jacob Lim that the accounts be adopted. Carried.']);
  });

  it('read the place "held at" names, up to its date', () => {
    const { header } = segment('WALLABY CREEK RURAL FIRE BRIGADE\nMinutes of the General Meeting\nHeld at the Wallaby Creek Fire Station, 8 Tuckers Lane, on Sunday 4 February 2024 at 10:00 am\n\nPresent: Ana Ruiz, Tom Reed\n\nThe brigade reviewed the fire season and the new tanker for the station.\n', 'en');
    expect(header.location).toBe('Wallaby Creek Fire Station, 8 Tuckers Lane');
  });
});

describe('letterheads naming churches, trusts and companies', () => {
  it('give the organization', () => {
    const orgOf = (letterhead: string) => segment(`${letterhead}\nMinutes of the Annual General Meeting\n\nPresent: Ana Ruiz, Tom Reed\n\nThe members reviewed the accounts for the year and the plans for the garden beds.\n`, 'en').header.organization;
    expect(orgOf('ST. BRENDAN\'S EPISCOPAL CHURCH')).toBe('ST. BRENDAN\'S EPISCOPAL CHURCH');
    expect(orgOf('KAPITI COAST COMMUNITY GARDENS TRUST')).toBe('KAPITI COAST COMMUNITY GARDENS TRUST');
    expect(orgOf('HARTWELL & PRYCE PRECISION LIMITED')).toBe('HARTWELL & PRYCE PRECISION LIMITED');
  });
});

describe('roles that lead with their body\'s word, and church and university offices', () => {
  it('are roles, not organizations', () => {
    const s = segment('MINUTES OF THE SENATE\nMarch 3, 2024\n\nPresent: Farah Haddad, University Secretary; Olivia Grant, Registrar; Margaret Ellison (Rector); Laura Kim, Library Director\n\n1. Budget\nThe senate reviewed the budget for the coming year and asked for a revised estimate.\n', 'en');
    expect(s.attendees.map((a) => [a.name, a.role, a.organization])).toEqual([
      ['Farah Haddad', 'University Secretary', null], ['Olivia Grant', 'Registrar', null], ['Margaret Ellison', 'Rector', null], ['Laura Kim', 'Library Director', null],
    ]);
  });
});

describe('ranks and roles inside a comma list', () => {
  it('give a singular rank to its own name only, and a role part to the name before it', () => {
    const s = segment('MINUTES OF THE BRIGADE MEETING\nMarch 3, 2024\n\nPresent: Captain Darren White, Senior Deputy Captain Kylie Baxter, Sharon Reed, Parish Administrator\n\n1. Budget\nThe brigade reviewed the budget for the coming year and asked for a revised estimate.\n', 'en');
    expect(s.attendees.map((a) => [a.name, a.role, a.organization])).toEqual([
      ['Darren White', 'Captain', null], ['Kylie Baxter', 'Senior Deputy Captain', null], ['Sharon Reed', 'Parish Administrator', null],
    ]);
  });

  it('still give a plural role to every name after it', () => {
    const s = segment('MINUTES OF THE CITY COUNCIL\nMarch 3, 2024\n\nPresent: Mayor Ana Ruiz; Council Members Tom Reed, Eva Lind and Luis Paz\n\n1. Budget\nThe council reviewed the budget for the coming year and asked for a revised estimate.\n', 'en');
    expect(s.attendees.map((a) => a.role)).toEqual(['Mayor', 'Council Member', 'Council Member', 'Council Member']);
  });
});

describe('a board whose discussion headings start past item 1', () => {
  const text = `NORTHERN PINES LITERACY SOCIETY
Board of Directors – Minutes
Date: June 20, 2024

AGENDA
1. Welcome
2. Approval of the agenda
3. Audited financial statements
4. Other business

3. Audited financial statements
Mr. Mehta presented the statements and an unqualified opinion.
MOTION 2024-06-01: That the Board approve the audited financial statements for the year. Moved: S. Kakegamic. Seconded: O. McAllister. CARRIED.

4. Other business
Fiona reported that the summer reading camp has 64 registrations, up from 41 last year.
`;
  const { agenda, discussion, agreements } = segment(text, 'en');

  it('ends the agenda where a number goes back after a blank line', () => {
    expect(agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4']);
    expect(discussion.map((d) => d.agendaNumber)).toEqual(['3', '4']);
  });

  it('reads "MOTION 2024-06-01:" as a numbered decision', () => {
    expect(agreements.map((a) => a.number)).toEqual(['2024-06-01']);
  });
});

describe('"Action items:" under each agenda item', () => {
  it('are the agreements, and the next item\'s heading goes on with the discussion', () => {
    const text = 'Garden Club Committee Minutes\nDate: May 6, 2024\n\nPresent: Rosa Lind, Omar Pike\n\nAgenda\n1. Plant sale\n2. Newsletter\n\n' +
      '1. Plant sale\nRosa reported on the plant sale.\nAction items:\n- Omar to book the hall by May 20, 2024.\n\n2. Newsletter\nThe summer issue was discussed.\n\nThe meeting adjourned at 8:10 pm.\n';
    const s = segment(text, 'en');
    expect(s.discussion.map((d) => [d.agendaNumber, d.text])).toEqual([
      ['1', 'Rosa reported on the plant sale.\n\nAction items:\n\n- Omar to book the hall by May 20, 2024.'],
      ['2', 'The summer issue was discussed.'],
    ]);
    expect(s.agreements.map((a) => [a.text, a.responsible, a.due])).toEqual([['book the hall', 'Omar', '2024-05-20']]);
  });
});

describe('a US school board with a roll-call table and lettered sections', () => {
  const text = ['LAKEVIEW UNIFIED SCHOOL DISTRICT', 'Board of Trustees', 'Regular Meeting Minutes', 'March 3, 2016', '',
    'Trustee\tPosition\tAttendance', 'Mara Delgado\tPresident\tPresent', 'Owen Petrakis\tClerk\tPresent', 'Hugo Lindqvist\tMember\tAbsent', '',
    'Also present: Dr. Iris Mendel, Superintendent', '',
    'A. OPENING', 'A.1 Call to Order', '', 'President Delgado called the meeting to order at 6:00 p.m.', '',
    'B. PUBLIC COMMENTS', '', 'No member of the public spoke at this meeting.', '',
    'C. ADJOURNMENT', '', 'The meeting adjourned at 7:15 p.m. The next regular session will be held March 17, 2016.', ''].join('\n');
  const s = segment(text, 'en');

  it('reads the trustees from the table and ends the list at the first section', () => {
    expect(s.attendees.map((a) => [a.name, a.role, a.status])).toEqual([
      ['Mara Delgado', 'President', 'present'], ['Owen Petrakis', 'Clerk', 'present'], ['Hugo Lindqvist', 'Member', 'absent'], ['Iris Mendel', 'Superintendent', 'present'],
    ]);
  });

  it('numbers the parts "A.1", "B", "C" and reads "next regular session"', () => {
    expect(s.discussion.map((d) => d.agendaNumber)).toEqual(['A.1', 'B', 'C']);
    expect([s.closing.adjournedAt, s.closing.nextMeeting]).toEqual(['19:15', '2016-03-17']);
  });

  it('reads "Commissioners present:" and "Commissioners absent:" lists, not a roll-call vote', () => {
    const c = segment('BOARD OF COMMISSIONERS\nMinutes of July 9, 2019\n\nCommissioners present: Ada Quill, Chair; Ben Soto\nCommissioners absent: Cy Marr\n\n1. Budget\nRoll call vote: Quill, aye; Soto, aye.\n', 'en');
    expect(c.attendees.map((a) => [a.name, a.status])).toEqual([['Ada Quill', 'present'], ['Ben Soto', 'present'], ['Cy Marr', 'absent']]);
  });

  it('"Ended 16:10 UTC." gives the adjournment', () => {
    expect(segment('Weekly sync\n2025-03-11\n\nNotes\nWe shipped the release.\n\nEnded 16:10 UTC.\n', 'en').closing.adjournedAt).toBe('16:10');
  });
});

describe('task lines: the owner and the deadline go to their fields, the task stays', () => {
  const text = 'Project sync notes\n2025-03-11\n\nAction items\n- [ ] Lena + Omar: add the nightly build job (due before v2.1)\n- [ ] Pia: draft the migration plan (next sync)\n\n' +
    'Decisions\nACTION: Treasurer to file the annual return by 30 June 2025.\n';
  it('reads joined owners, a closing "(next sync)" and "X to do Y by DATE"', () => {
    expect(segment(text, 'en').agreements.map((a) => [a.text, a.responsible, a.due])).toEqual([
      ['add the nightly build job', 'Lena + Omar', 'before v2.1'],
      ['draft the migration plan', 'Pia', 'next sync'],
      ['file the annual return', 'Treasurer', '2025-06-30'],
    ]);
  });
});

describe('an "Ordinary Meeting of" title held in a hall named without an article', () => {
  it('gives the body without the meeting words and the hall after the date and time', () => {
    const h = segment('Minutes of the Ordinary Meeting of Upper Wenford Parish Council\nheld on Monday 9 October 2023 at 7.30 pm in Wenford Memorial Hall, Mill Road\n\nPresent: Cllr A Dunmore\n', 'en').header;
    expect([h.title, h.organization, h.location]).toEqual(['Minutes of the Ordinary Meeting of Upper Wenford Parish Council', 'Upper Wenford Parish Council', 'Wenford Memorial Hall, Mill Road']);
  });
});

describe('an action-items table between two numbered items, with no agenda', () => {
  it('is the agreements, and the next item takes up the discussion again', () => {
    const text = 'Riverbend Food Bank\nBoard Meeting Minutes\nJanuary 25, 2024\n\n1. Call to order\nThe Chair called the meeting to order at 6:00 pm and confirmed quorum.\n\n' +
      '2. Spring drive\nThe board discussed the spring food drive and its sponsors at some length.\n\nAction items\nAction\tOwner\tDue\nBook the hall\tAna Reyes\tMarch 1, 2024\n\n' +
      '3. Adjournment\nMOTION 24-04: Moved by Ben Kowal that the meeting be adjourned. CARRIED.\n';
    const s = segment(text, 'en');
    expect(s.discussion.map((d) => d.agendaNumber)).toEqual(['1', '2', '3']);
    expect(s.agreements.map((a) => [a.text, a.responsible])).toEqual([['Moved by Ben Kowal that the meeting be adjourned. CARRIED.', null], ['Book the hall', 'Ana Reyes']]);
  });
});

describe('an adjournment with no time of its own before the next meeting\'s', () => {
  it('gives no adjournment time, and does not fail', () => {
    const s = segment('Tenants meeting\nMay 1, 2024\n\nWe discussed repairs at length with the landlord representative.\n\nMeeting ended. Next meeting: June 5, 2024, 7 PM.\n', 'en');
    expect([s.closing.adjournedAt, s.closing.nextMeeting]).toEqual([null, '2024-06-05']);
  });
});

describe('short minutes whose adjournment the header runs on to', () => {
  it('take no start time from the adjournment', () => {
    const s = segment('Tenants meeting\nMay 1, 2024\n\nWe discussed repairs with the landlord.\n\nThe meeting adjourned at 8:46 p.m.\n', 'en');
    expect([s.header.startTime, s.header.endTime, s.closing.adjournedAt]).toEqual([null, '20:46', '20:46']);
  });
});

describe('motion and closing wordings of New Zealand, union and Irish minutes', () => {
  const text = 'Kauri Bay School Board\nMinutes of the Board Meeting\nTuesday 21 May 2019\n\nPresent: Mere Walden (Presiding Member), Tomas Fale\n\n' +
    '1. Minutes\nIt was moved THAT the minutes of the meeting held on 16 April 2019 be taken as a true and correct record. Walden/Fale CARRIED\n\n' +
    '2. Finance\nM/S/C (Walden/Fale) to approve the April accounts as presented.\n\n' +
    '3. Property\nProposed by Mere Walden, seconded by Tomas Fale, that the roof repair quote be accepted. Agreed.\n\n' +
    'The meeting concluded at 9.50 p.m. The next Board meeting will be held on Tuesday, 18 June 2019.\nNotes taken by Tomas Fale.\n';
  const s = segment(text, 'en');

  it('lists "It was moved THAT ... A/B CARRIED", "M/S/C (A/B) to ..." and "Proposed by ..., seconded by ... Agreed."', () => {
    expect(s.agreements.map((a) => a.text.slice(0, 20))).toEqual(['It was moved THAT th', 'M/S/C (Walden/Fale) ', 'Proposed by Mere Wal']);
  });

  it('reads "concluded at", "the next Board meeting" and "Notes taken by"', () => {
    expect([s.closing.adjournedAt, s.closing.nextMeeting, s.closing.preparedBy]).toEqual(['21:50', '2019-06-18', 'Tomas Fale']);
  });

  it('reads "Who | What | By when" action tables and "ACTIONS ARISING"', () => {
    const t = segment('Tenants Association Minutes\nMay 1, 2024\n\nWe talked about the repairs that the landlord has promised since March.\n\nACTIONS ARISING\nWho\tWhat\tBy when\nImran\tSend the letter to the landlord\tMay 8, 2024\n', 'en');
    expect(t.agreements).toEqual([{ number: null, text: 'Send the letter to the landlord', responsible: 'Imran', due: '2024-05-08' }]);
  });
});

describe('unnumbered headings in ordinary case', () => {
  const body = (lead: string) => `Vestry Meeting Minutes\nTuesday, January 17, 2023\n\nPresent: Ann Lowe, Rector; Tom Garr, Senior Warden\n\n${lead}` +
    'Approval of Minutes\n\nThe minutes of the December meeting were approved as circulated by the clerk.\n\n' +
    'Treasurer\'s Report\n\nThe Treasurer reported that the year closed with income slightly below the budget.\n\n' +
    'Stewardship\n\nThe committee reported that 148 pledges have been received for the coming year so far.\n';
  it('cut the discussion into parts when three or more open it, each over its paragraph', () => {
    expect(segment(body(''), 'en').discussion.map((d) => d.title)).toEqual(['Approval of Minutes', "Treasurer's Report", 'Stewardship']);
  });
  it('do not, when a paragraph comes before the first (it would belong to no part)', () => {
    expect(segment(body('The Rector opened the meeting with a prayer and welcomed two visitors from the diocese.\n\n'), 'en').discussion.map((d) => d.title)).toEqual([null]);
  });
});

describe('a tenants\' association roll and a range with one meridiem', () => {
  const s = segment('Tenants Association Minutes\nMay 1, 2024, 7:00-8:20 PM\n\nPresent: Rosa Delgado (co-chair), Imran Qureshi (treasurer), Lorraine Figgis (Vice-President), Dana Ruiz (via Zoom), Revd Paul Lowe\n\nWe talked about the repairs the landlord has promised since March.\n', 'en');
  it('applies the end\'s PM to the start', () => {
    expect([s.header.startTime, s.header.endTime]).toEqual(['19:00', '20:20']);
  });
  it('reads lower-case and hyphenated roles, leaves "(via Zoom)" and drops "Revd"', () => {
    expect(s.attendees.map((a) => [a.name, a.role, a.organization])).toEqual([
      ['Rosa Delgado', 'co-chair', null], ['Imran Qureshi', 'treasurer', null], ['Lorraine Figgis', 'Vice-President', null], ['Dana Ruiz', null, null], ['Paul Lowe', null, null],
    ]);
  });
});

describe('a place on the line under the date', () => {
  it('is the location when its first part ends in a place\'s noun, not a meeting\'s or a body\'s', () => {
    const h = (line: string) => segment(`Board of Trustees\nRegular Meeting Minutes\nFebruary 24, 2015\n${line}\n\nThe President called the meeting to order and the board heard the reports.\n`, 'en').header.location;
    expect(h('District Office Board Room, 4410 Canyon Oak Drive, Ridgemont')).toBe('District Office Board Room, 4410 Canyon Oak Drive, Ridgemont');
    expect(h('REGULAR MEETING')).toBeNull();
  });
});

describe('a union board whose roll is a sentence after the call to order', () => {
  it('reads "Present were <role> <name>, ..." and leaves the letterhead out of the attendees', () => {
    const text = 'UNITED FOOD WORKERS, LOCAL 1186\nExecutive Board Meeting Minutes\nSeptember 8, 2022\n\n' +
      'President Rosa Delgado called the meeting to order at 6:05 p.m. Present were President Rosa Delgado, Vice President Curt Bannon, Secretary-Treasurer Dana Whit, Trustees Amir Faro and Holly Grant.\n\n' +
      '1. Minutes\nThe minutes of the August meeting were approved as read by the board.\n';
    expect(segment(text, 'en').attendees.map((a) => [a.name, a.role])).toEqual([
      ['Rosa Delgado', 'President'], ['Curt Bannon', 'Vice President'], ['Dana Whit', 'Secretary-Treasurer'], ['Amir Faro', 'Trustee'], ['Holly Grant', 'Trustee'],
    ]);
  });
});

describe('a body whose name holds "St."', () => {
  it('is not cut at the abbreviation', () => {
    const text = "St. Brendan's Parish Church\nVestry Meeting Minutes\nTuesday, January 17, 2023\n\nThe regular meeting of the Vestry of St. Brendan's Parish Church was held in the Parish Hall Library at 7:00 p.m.\n";
    expect(segment(text, 'en').header.organization).toBe("Vestry of St. Brendan's Parish Church");
  });
});

describe('"Junior Warden" after a name', () => {
  it('is that name\'s role, as "Senior Warden" is', () => {
    const text = 'Vestry Meeting Minutes\nTuesday, January 17, 2023\n\nPresent: Tom Garr, Senior Warden; Lucy Pry, Junior Warden; Gordon Ash.\n\nApproval of Minutes\n\nThe minutes were approved as circulated by the clerk of the vestry.\n';
    expect(segment(text, 'en').attendees.map((a) => [a.name, a.role])).toEqual([['Tom Garr', 'Senior Warden'], ['Lucy Pry', 'Junior Warden'], ['Gordon Ash', null]]);
  });
});
