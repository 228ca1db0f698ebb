// The keyword tables: every language has the same keys and every pattern compiles and matches its example.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '../../src/paths.js';
import { calendar, keywords } from '../../src/segment/keywords.js';

function keysOf(o: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keysOf(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
}

describe('segment keyword tables', () => {
  const es = JSON.parse(readFileSync(path.join(dataDir, 'segment', 'es.json'), 'utf8')) as Record<string, unknown>;
  const en = JSON.parse(readFileSync(path.join(dataDir, 'segment', 'en.json'), 'utf8')) as Record<string, unknown>;

  it('has the same keys in every language', () => expect(keysOf(en)).toEqual(keysOf(es)));

  it('compiles every pattern', () => {
    expect(() => keywords('es')).not.toThrow();
    expect(() => keywords('en')).not.toThrow();
  });

  const headings: Array<['es' | 'en', string, string]> = [
    ['es', 'attendees', 'Asistentes'], ['es', 'excused', 'Excusan su inasistencia'], ['es', 'absent', 'Ausentes'],
    ['es', 'guest', 'Invitados'], ['es', 'agenda', 'Orden del día'], ['es', 'agenda', 'Temas a tratar'],
    ['es', 'discussion', 'Desarrollo de la sesión'], ['es', 'agreements', 'Acuerdos y compromisos'],
    ['en', 'attendees', 'Present'], ['en', 'excused', 'Apologies'], ['en', 'absent', 'Absent'], ['en', 'guest', 'Guests'],
    ['en', 'agenda', 'Agenda'], ['en', 'discussion', 'Notes'], ['en', 'agreements', 'Action items'],
  ];
  for (const [lang, h, example] of headings) it(`${lang} ${h} matches "${example}"`, () => expect(keywords(lang).headings[h]!.test(example)).toBe(true));

  it('maps every month name to 1..12 and every number word to a number', () => {
    const c = calendar();
    for (const v of Object.values(c.months)) expect(v >= 1 && v <= 12).toBe(true);
    for (const v of Object.values(c.numberWords)) expect(Number.isInteger(v)).toBe(true);
  });
});
