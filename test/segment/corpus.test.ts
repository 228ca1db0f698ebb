// Structural invariants of segment() over every corpus input and the real minutes (when present).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { segment, type Sections } from '../../src/segment/index.js';
import type { Lang } from '../../src/types.js';

const CORPUS = '/work/shared/corpus';
const REAL = '/work/shared/real';
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

function inputs(): Array<{ name: string; text: string; lang: Lang }> {
  const out: Array<{ name: string; text: string; lang: Lang }> = [];
  if (existsSync(CORPUS)) {
    for (const f of readdirSync(CORPUS).filter((n) => /\.(ocr|noaccent)\.txt$/.test(n))) {
      const id = f.replace(/\.(ocr|noaccent)\.txt$/, '');
      const truth = JSON.parse(readFileSync(path.join(CORPUS, `${id}.truth.json`), 'utf8')) as { language: Lang };
      out.push({ name: f, text: readFileSync(path.join(CORPUS, f), 'utf8'), lang: truth.language });
    }
  }
  if (existsSync(REAL)) {
    for (const f of readdirSync(REAL).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(path.join(REAL, f), 'utf8');
      out.push({ name: f, text, lang: /\b(the|and|of)\b/g.test(text.slice(0, 3000)) && !/\b(el|los|las|del)\b/.test(text.slice(0, 3000)) ? 'en' : 'es' });
    }
  }
  return out;
}

function strings(s: Sections): Array<string | null> {
  return [
    ...Object.values(s.header),
    ...s.attendees.flatMap((a) => [a.name, a.organization, a.role]),
    ...s.agenda.flatMap((a) => [a.number, a.title]),
    ...s.discussion.flatMap((d) => [d.agendaNumber, d.title, d.text]),
    ...s.agreements.flatMap((a) => [a.number, a.text, a.responsible, a.due]),
    ...Object.values(s.closing),
  ];
}

const docs = inputs();

describe.skipIf(docs.length === 0)('segment() invariants over the corpus and real minutes', () => {
  for (const d of docs) {
    it(d.name, () => {
      const s = segment(d.text, d.lang);
      for (const v of strings(s)) {
        if (v !== null) expect(v.trim().length, JSON.stringify(v)).toBeGreaterThan(0);
      }
      for (const v of [s.header.date, s.closing.preparedOn]) if (v !== null) expect(v).toMatch(ISO);
      for (const v of [s.header.startTime, s.header.endTime, s.closing.adjournedAt]) if (v !== null) expect(v).toMatch(HHMM);
      expect(s.text.includes('\f')).toBe(false);
      // Every attendee has a name or an organisation; every agenda item a title.
      for (const a of s.attendees) expect(a.name ?? a.organization).not.toBeNull();
      for (const a of s.agenda) expect(a.title.length).toBeGreaterThan(0);
      // Output text only drops lines: it is never longer than the input.
      expect(s.text.length).toBeLessThanOrEqual(d.text.length);
    });
  }
});

const SEED = path.join(CORPUS, 'seed-ogp-2016.ocr.txt');

describe.skipIf(!existsSync(SEED))('the seed minutes (raw OCR, no cleanup)', () => {
  const s = segment(existsSync(SEED) ? readFileSync(SEED, 'utf8') : '', 'es');

  it('has the two agenda items, numbered by their discussion headings', () => {
    expect(s.agenda.map((a) => a.number)).toEqual(['1', '2']);
    expect(s.agenda[1]!.title).toMatch(/^Generar grupo de trabajo/);
  });

  it('has two discussion parts linked to the agenda', () => {
    expect(s.discussion.map((d) => d.agendaNumber)).toEqual(['1', '2']);
  });

  it('has the two bulleted agreements, the second with its responsible', () => {
    expect(s.agreements).toHaveLength(2);
    expect(s.agreements[1]!.responsible).toBe('Andrea Sanhueza y subgrupo conformado al efecto');
  });

  it('reads start and end times and the flattened closing table', () => {
    expect([s.header.startTime, s.header.endTime]).toEqual(['16:30', '18:00']);
    expect(s.closing.preparedBy).toBe('FSL');
    expect(s.closing.preparedOn).toBe('2016-01-27');
    expect(s.closing.nextMeeting).toBe('Fecha por definir');
    expect(s.closing.distribution).toMatch(/^Publicado en p.gina web$/);
  });

  it('drops the repeated title and the page number from the text', () => {
    expect(s.text.match(/OPEN GOVERNMENT PARTNERSHIP/g)).toHaveLength(1);
    expect(s.text).not.toMatch(/P.gina 2\s*$/);
  });
});
