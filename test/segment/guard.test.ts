// A failing extractor costs its own section, not the document: the closing extractor is made to throw here.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/extract/closing.js', async (original) => ({
  ...(await original<typeof import('../../src/extract/closing.js')>()),
  extractClosing: () => { throw new Error('boom'); },
}));

const { segment } = await import('../../src/segment/index.js');

describe('segment() with a failing extractor', () => {
  it('keeps the other sections and says which one was not read', () => {
    const s = segment('ACTA DE SESIÓN\nFecha: 4 de marzo de 2023\n\nPresentes: Sr. Julio Paredes, Presidente\n\nSe aprueba el presupuesto del año por unanimidad de los presentes.\n\nSe levanta la sesión a las 20:00 horas.\n', 'es');
    expect(s.header.date).toBe('2023-03-04');
    expect(s.attendees.map((a) => a.name)).toEqual(['Julio Paredes']);
    expect(s.closing).toEqual({ preparedBy: null, preparedOn: null, nextMeeting: null, distribution: null, adjournedAt: null });
    expect(s.warnings[0]).toBe('segment: closing not read (internal error: boom)');
  });
});
