// "Mr. R. Stanley Lohnes of the Nova Scotia Department of Fisheries, by invitation": in a titled sentence, the body
// right after a name ("of the ...") is the person's organisation.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const MINUTES = `HERON BAY LOBSTER CO-OPERATIVE LIMITED
Minutes of Directors' Meeting No. 88

Present were: Alasdair Rory MacNeil, President, in the chair; Yvon Poirier, Secretary.
In attendance: Mr. Clement Doucette, Manager; and Mrs. E. Harriet Boyd of the Cape Breton Fisheries Board, by invitation.

(a) Minutes of Meeting No. 87
Moved and carried that the minutes be adopted.
`;

describe('a body after a titled name', () => {
  it('is the organisation', () => {
    const found = segment(MINUTES, 'en').attendees.map((a) => [a.name, a.organization, a.role]);
    expect(found).toContainEqual(['E. Harriet Boyd', 'Cape Breton Fisheries Board', null]);
    expect(found).toContainEqual(['Clement Doucette', null, 'Manager']);
  });
});
