import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/segment/lines.js';
import { joinWrapped } from '../../src/segment/wrap.js';
import { segment } from '../../src/segment/index.js';

// Invented minutes: attendance label lines of four or five words, or bare, under the widest line of the list.
const texts = (doc: string) => joinWrapped(splitLines(doc), new Set()).logical.filter((l) => !l.blank).map((l) => l.text);

describe('attendance label lines stay apart from the line above', () => {
  it('keeps a four-word label line under a wide labelled line', () => {
    const also = 'Also in attendance: City Clerk Dana Ford, Finance Director Sam Ortiz, Attorney Ray Wells';
    expect(texts(`${also}\nMembers of the public: Ana Ruiz, Tom Hale`)).toEqual([also, 'Members of the public: Ana Ruiz, Tom Hale']);
  });

  it('keeps a bare label line under a wide list of names', () => {
    const present = 'Present: Chair Ellen Moss, Member Greg Till, Member Rosa Diaz, Member Ivan Cruz';
    expect(texts(`${present}\nAlso present:\nSgt. Mike Dunn`)).toEqual([present, 'Also present:', 'Sgt. Mike Dunn']);
  });

  it('still joins a sentence whose wrapped line holds a word and a colon', () => {
    const line = 'En la sesión la vecina del sector alto que vive en el pasaje de los aromos, doña Rosa de Los';
    expect(texts(`${line}\nOlmos dijo: Que se revise el cobro del agua.`)).toHaveLength(1);
  });

  it('gives the people under a bare label line their own status', () => {
    const doc = [
      'TOWN OF ELM RIDGE',
      'SELECT BOARD MEETING MINUTES',
      'May 6, 2025',
      '',
      'Present: Chair Ellen Moss, Member Greg Till, Member Rosa Diaz, Member Ivan Cruz',
      'Also in attendance:',
      'Nora Bell, Town Clerk',
      '',
      '1. CALL TO ORDER',
      'Chair Moss called the meeting to order at 6:00 p.m.',
    ].join('\n');
    const people = segment(doc, 'en').attendees.map((a) => [a.name, a.status]);
    expect(people).toContainEqual(['Rosa Diaz', 'present']);
    expect(people).toContainEqual(['Nora Bell', 'guest']);
  });
});
