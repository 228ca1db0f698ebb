// Property tests over the text pipeline: any string gives schema-valid JSON whose corrections point at the raw text,
// and the only error is 'empty-input' for blank text. Runs are bounded so the suite stays fast in CI.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActaError, processText, schemaErrors } from '../../src/index.js';
import { fromText } from '../../src/input/index.js';

const LINES = [
  'ACTA DE LA SESION ORDINARIA', 'ACTA N° 12/2021', 'En Sevilla, a 3 de marzo de 2021, siendo las 19:00 horas,', 'ASISTENTES:',
  'Dña. Ana Pérez (Presidenta)', 'D. Luis Gomez, Secretario', 'ORDEN DEL DIA', '1. Lectura y aprobación del acta anterior.',
  '2.- Ruegos y preguntas', 'ACUERDOS', 'Se aprueba por unanimidad el presupuesto.', 'Sin mas asuntos que tratar, se levanta la sesion.',
  'MINUTES OF THE BOARD MEETING', 'Present: John Smith (Chair), Mary Jones', 'Agenda', 'Resolved: the budget was approved.',
  'Meeting adjourned at 8:15 pm.', 'Pagina 2 de 3', '— 2 —', 'sesi6n extraordinaria', 'aprobaci0n', 'Mun1cipal', 'l a s e s i ó n', '',
  'Meeting ended. Next meeting: June 5, 2024, 7 PM.', 'Siendo las 21:15 horas se levanta la sesión; la próxima reunión será a las 19:30 horas.',
  'ACTION: Clerk to report the gully by 17 October 2023.', '24/31 Apologies for absence', 'PUNTO 1.- APROBACIÓN DEL ACTA', 'A.1 Call to Order',
  'Vocales titulares: Ana Ruiz, Luis Paz y Eva Sol', 'se acuerda fijar la cuota.', '\f', '   ', '\t\t', 'ñandú ÁÉÍÓÚ ü', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀', '\u0301\u0301', 'e\u0301', '\r', '\u00a0', '\u200b', '\ufeff',
];

const minutesLike = fc.array(fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 40 })), { maxLength: 40 })
  .map((ls) => ls.join('\n'));
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  minutesLike,
);

function check(text: string): void {
  let minutes;
  try {
    minutes = processText(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ActaError);
    expect((e as ActaError).code).toBe('empty-input');
    expect(text.trim()).toBe('');
    return;
  }
  expect(schemaErrors(minutes)).toEqual([]);
  // A section an extractor failed on is reported, not thrown: none may fail.
  expect(minutes.warnings.filter((w) => w.includes('internal error'))).toEqual([]);
  const raw = fromText(text, null, '').raw;
  for (const c of minutes.corrections) {
    expect(raw.slice(c.start, c.end)).toBe(c.original);
    expect(c.original).not.toBe(c.corrected);
  }
  const starts = minutes.corrections.map((c) => c.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  // Determinism: the same text gives the same document.
  expect(JSON.stringify(processText(text))).toBe(JSON.stringify(minutes));
}

export const RUNS = Number(process.env.ACTA_FUZZ_RUNS) || 1000;

describe('processText on any string', () => {
  it(`gives valid JSON and honest corrections (${RUNS} runs)`, () => {
    fc.assert(fc.property(anyText, (t) => { check(t); }), { numRuns: RUNS, seed: Number(process.env.ACTA_FUZZ_SEED) || 20260101 });
  }, 60_000);

  it('handles the edge cases fast-check may not reach', () => {
    for (const t of ['a', '\f', '\f\fx', 'x\f', '\r\n', '\u0000', 'Acta\u0000Acta', 'ACTA\n'.repeat(2000), 'á'.repeat(300), 'x '.repeat(3000)]) check(t);
  }, 60_000);
});
