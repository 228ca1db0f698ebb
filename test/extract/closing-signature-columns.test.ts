// Who prepared the minutes: the secretary's column of signatures side by side, a minute-taker named inside the
// parenthesis after a name, without the initials the minutes use; "Circulation:" is the distribution.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const head = 'MINUTES OF THE MEETING OF THE GARDENS COMMITTEE\nheld on Saturday 5 April 2025 at 10.00 am\n\nPresent: Mr A. Lowry (Chair), Ms B. Quell, Mr C. Dunn.\n\n1. ACCOUNTS\nThe accounts for the year were received and adopted after a short discussion of the costs.\n\n2. PLANTING\nThe committee agreed to plant the east border in May.\n\n3. ADJOURNMENT\nThe meeting was adjourned at 11.30am.\n\n';

describe('signatures side by side', () => {
  it('give the secretary\'s column as who prepared the minutes', () => {
    const a = segment(`${head}________________          ________________\nTobias Wren                 Chief (Mrs) Ada Lowry\nSECRETARY                   CHAIRMAN\n`, 'en').closing;
    expect(a.preparedBy).toBe('Tobias Wren');
    const b = segment(`${head}Sd/-                                    Sd/-\nK. L. Mehta                             Ada Lowry\nMember Secretary                        President, Gardens Committee\n`, 'en').closing;
    expect(b.preparedBy).toBe('K. L. Mehta');
  });
  it('give no one when no column is a secretary\'s', () => {
    const c = segment(`${head}Sd/-                                    Sd/-\nK. L. Mehta                             Ada Lowry\nTreasurer                               President, Gardens Committee\n`, 'en').closing;
    expect(c.preparedBy).toBeNull();
  });
});

describe('the minute-taker in an attendance line', () => {
  it('is read inside the parenthesis after the name', () => {
    const c = segment('MINUTES OF THE MEETING OF THE GARDENS COMMITTEE\nheld on Saturday 5 April 2025 at 10.00 am\n\nPresent: Mr A. Lowry (Chair), Ms B. Quell.\nIn attendance: Mrs Dora Penn (Assistant Clerk and minute taker).\n\n1. ACCOUNTS\nThe accounts were received and adopted.\n', 'en').closing;
    expect(c.preparedBy).toBe('Dora Penn');
  });
});

describe('initials and circulation', () => {
  it('drops the initials after the name and reads "Circulation:"', () => {
    const c = segment('Gardens Committee – meeting no. 2025/03\nDate: 5 April 2025, 10:00–11:30\nChair: Ada Lowry (AL)\nMinutes: Dora Penn (DP), Hon. Secretary\n\nPresent\n• Ada Lowry (AL) – Chair\n• Dora Penn (DP) – Hon. Secretary\n• Carl Dunn (CD) – Treasurer\n\nA. ACCOUNTS\nCD presented the accounts for the year. They were received and adopted.\n\nB. PLANTING\nThe committee agreed to plant the east border in May. AL to order the bulbs.\n\nNext meeting: 3 May 2025.\nCirculation: committee members; the noticeboard.\n', 'en').closing;
    expect(c.preparedBy).toBe('Dora Penn');
    expect(c.distribution).toBe('committee members; the noticeboard');
  });
});
