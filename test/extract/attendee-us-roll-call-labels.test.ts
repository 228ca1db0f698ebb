// US minutes: outsiders listed "in attendance" or as the public are guests, and a roll call's line may hold several
// labelled lists ("Roll call: Present: ...; Absent: ..."), the later ones after a semicolon or glued to the line above.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const BOARD = `WILLOW CREEK SCHOOL DISTRICT
MINUTES OF THE REGULAR BOARD MEETING
February 3, 2025

Roll call: Present: Trustees Pemberton, Alvarado and Kinsey; Absent: Trustee Harlow (excused).
Staff present: Dr. Irene Vos, Superintendent; Paul Dent, Business Manager
Also in attendance: Nadia Quill, auditor; Sgt. Omar Frey, Sheriff's Office
Members of the public: Lena Marsh, Victor Ames

APPROVAL OF AGENDA
Motion by Alvarado, second by Kinsey, to approve the agenda. Carried 3-0.
`;

const COMMISSION = `LAKE BEND PLANNING COMMISSION
MINUTES
April 9, 2025

COMMISSIONERS PRESENT: Ruth Calder, Chair; Simon Orr, Vice Chair
Others in attendance: Tessa Wynn, applicant; Hugo Bell, Bell Surveying Members of the public: Carmen Diaz

NEW BUSINESS
Motion by Orr, seconded by Calder, to approve the site plan. Motion carried 2-0.
`;

const read = (text: string) => segment(text, 'en').attendees.map((a) => `${a.status} ${a.name} | ${a.role} | ${a.organization}`);

describe('US roll-call labels', () => {
  it('reads the status of each labelled list on a roll call line', () => {
    const found = read(BOARD);
    expect(found).toContain('present Pemberton | Trustee | null');
    expect(found).toContain('present Kinsey | Trustee | null');
    expect(found).toContain('excused Harlow | Trustee | null');
  });

  it('keeps staff present, and reads outsiders in attendance and the public as guests', () => {
    const found = read(BOARD);
    expect(found).toContain('present Irene Vos | Superintendent | null');
    expect(found).toContain('guest Nadia Quill | auditor | null');
    expect(found).toContain('guest Omar Frey | null | Sheriff\'s Office');
    expect(found).toContain('guest Lena Marsh | null | null');
    expect(found).toContain('guest Victor Ames | null | null');
  });

  it('splits a public list glued to the line above', () => {
    const found = read(COMMISSION);
    expect(found).toContain('guest Tessa Wynn | applicant | null');
    expect(found).toContain('guest Carmen Diaz | null | null');
    expect(found.some((f) => f.includes('Members of the public'))).toBe(false);
  });
});

const COUNCIL = `TOWN OF HARLAN RIDGE
TOWN COUNCIL MINUTES
June 2, 2025

Council Members Present: Quist, Barlow and Ferrante
Council Members Absent: Mendel
Also Present: Town Manager Joyce Pike

OLD BUSINESS
Motion by Quist, seconded by Barlow, to table the item. Motion carried 3-0.
`;

describe('surnames under a roll-call label', () => {
  it('gives each surname the label\'s role and status', () => {
    const found = read(COUNCIL);
    expect(found).toContain('present Quist | Council Member | null');
    expect(found).toContain('present Ferrante | Council Member | null');
    expect(found).toContain('absent Mendel | Council Member | null');
    expect(found).toContain('present Joyce Pike | Town Manager | null');
  });
});
