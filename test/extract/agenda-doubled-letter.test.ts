import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

// Invented HOA minutes, as OCR read them: the lettered agenda's "c." and its heading came out "Cc.".
const HOA = [
  'BIRCH HOLLOW HOMEOWNERS ASSOCIATION',
  'Board of Directors Meeting Minutes',
  'June 3, 2024',
  '',
  'Agenda:',
  'a. Call to order',
  'b. Approval of the May minutes',
  "Cc. Treasurer's report",
  'd. New business',
  '',
  'a. Call to order. The meeting was called to order at 6:00 p.m. by the President.',
  'b. Approval of the May minutes. Ms. Vance moved to approve the minutes. Mr. Ortiz seconded. Approved unanimously.',
  "Cc. Treasurer's report. Ms. Vance reported operating cash of $52,300.",
  'd. New business. The board discussed bids for snow removal.',
  '',
  'The meeting was adjourned at 7:10 p.m.',
].join('\n');

describe('a list letter OCR read twice ("Cc.")', () => {
  it('numbers the agenda item by its place', () => {
    expect(segment(HOA, 'en').agenda.map((a) => a.number)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('heads its own discussion part instead of running into the part above', () => {
    const d = segment(HOA, 'en').discussion;
    expect(d.find((p) => p.agendaNumber === 'b')?.text).not.toMatch(/Treasurer/);
    expect(d.find((p) => p.agendaNumber === 'c')).toEqual({ agendaNumber: 'c', title: "Treasurer's report.", text: 'Ms. Vance reported operating cash of $52,300.' });
  });
});
