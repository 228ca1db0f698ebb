// A roll call printed one officer a line: "Office – Name – present".
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `MINUTES OF THE EXECUTIVE BOARD
Local 88, Riverside Bakery Workers Union
January 12, 1983

1) Roll Call of Officers

President – Bro. Samuel Ortega – present
Vice President – Sis. Ida Brennan – present
Recording Secretary – Bro. Leon Tuck – absent

2) Minutes of the previous meeting

The minutes of the December meeting were read and approved as read.
`;

describe('a roll call of officers, one a line', () => {
  it('gives each officer, the office as role and the status the line says', () => {
    expect(segment(MINUTES, 'en').attendees).toEqual([
      { name: 'Samuel Ortega', organization: null, role: 'President', status: 'present' },
      { name: 'Ida Brennan', organization: null, role: 'Vice President', status: 'present' },
      { name: 'Leon Tuck', organization: null, role: 'Recording Secretary', status: 'absent' },
    ]);
  });
});
