// Resolutions with recitals ("WHEREAS ...; NOW, THEREFORE, BE IT RESOLVED that ..."), resolutions said adopted in a
// sentence, and decisions taken by consensus, in US board and council minutes.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const minutes = (body: string): string => `TOWN OF WILLOW BEND
TOWN COUNCIL MINUTES
September 9, 2024

Present: Mayor Ida Crane, Councilmember Rob Lusk, Councilmember Amy Fong

${body}

ADJOURNMENT
Mayor Crane adjourned the meeting at 8:05 p.m.
`;

const texts = (body: string) => segment(minutes(body), 'en').agreements.map((a) => ({ number: a.number, text: a.text }));

describe('a resolution with recitals', () => {
  it('is its RESOLVED clause, a FURTHER RESOLVED added, numbered by its heading', () => {
    const body = `1. RESOLUTION NO. 2024-31
WHEREAS, the Town received two bids for snow removal; and
WHEREAS, Lusk Brothers LLC submitted the lower bid;
NOW, THEREFORE, BE IT RESOLVED that the Town Council awards the snow removal contract to Lusk Brothers LLC.
BE IT FURTHER RESOLVED that the Town Manager is authorized to sign the contract.
Roll call vote: Ayes: Crane, Fong. Nays: none. Abstain: Lusk.`;
    expect(texts(body)).toEqual([
      { number: '2024-31', text: 'BE IT RESOLVED that the Town Council awards the snow removal contract to Lusk Brothers LLC. BE IT FURTHER RESOLVED that the Town Manager is authorized to sign the contract.' },
    ]);
  });
});

describe('a resolution said adopted in a sentence', () => {
  it('is a decision carrying its number', () => {
    const body = `1. PARKS
Resolution No. 2024-32, a resolution approving the lease of the boathouse, was adopted on a 3-0 vote.`;
    expect(texts(body)).toEqual([{ number: '2024-32', text: 'Resolution No. 2024-32, a resolution approving the lease of the boathouse, was adopted on a 3-0 vote.' }]);
  });
});

describe('a decision by consensus', () => {
  it('is read, with the other decisions of its paragraph', () => {
    const body = `1. PARKS
Resolution No. 2024-32 was adopted unanimously. It was the consensus of the council that staff report on the trail lights in October.

2. EVENTS
The council reviewed the fall calendar. By consensus, the council agreed to move the harvest fair to October 19.`;
    expect(texts(body).map((a) => a.text)).toEqual([
      'Resolution No. 2024-32 was adopted unanimously.',
      'It was the consensus of the council that staff report on the trail lights in October.',
      'By consensus, the council agreed to move the harvest fair to October 19.',
    ]);
  });
});
