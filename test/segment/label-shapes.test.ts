// Line shapes the labeller reads: a letterhead sentence above the title, lettered sections, observers, a call's end.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const zoneOf = (s: ReturnType<typeof segment>, start: string) => s.zones.find((z) => z.text.startsWith(start))?.zone;

describe('the labeller', () => {
  it('keeps a letterhead\'s sentence above the title in the header', () => {
    const s = segment('ASOCIACIÓN DE VECINOS «LOS OLIVOS»\nInscrita en el Registro Municipal de Asociaciones con el número 1.874 de la\nsección primera.\nACTA DE LA REUNIÓN DE LA JUNTA DIRECTIVA\n\nEn Jaén, a 12 de febrero de 2014, siendo las diecinueve horas, se reúne la Junta Directiva.\n', 'es');
    expect(zoneOf(s, 'Inscrita')).toBe('header');
    expect(s.header.title).toBe('ACTA DE LA REUNIÓN DE LA JUNTA DIRECTIVA');
    expect(s.header.date).toBe('2014-02-12');
  });
  it('reads "Concurre además ..." as attendance', () => {
    const s = segment('ACTA DE SESIÓN\n\nAsisten: Ana Ruiz, presidenta; Luis Paz, secretario.\nConcurre además el profesor Andrés Cabrera, coordinador de básquetbol formativo.\n\nSe abre la sesión.\n', 'es');
    expect(zoneOf(s, 'Concurre')).toBe('attendees');
  });
  it('reads "Observers:" as a guest list', () => {
    const s = segment('Working Group Teleconference\n\nPresent: Ann Lee, Bob Stone\nObservers: Carla Diaz (Acme Transit)\n\nThe chair opened the call.\n', 'en');
    expect(s.attendees.find((a) => a.name === 'Carla Diaz')?.status).toBe('guest');
  });
  it('ends the attendee list at a lettered section heading over a paragraph', () => {
    const s = segment('Curriculum Committee\n\nPresent: Prof. Ann Lee (chair), Prof. Bob Stone\n\nA. Approval of minutes\nThe minutes of March 6 were approved with one correction to the course list.\n', 'en');
    expect(s.attendees.map((a) => a.name)).toEqual(['Ann Lee', 'Bob Stone']);
    expect(zoneOf(s, 'A. Approval')).toBe('discussion');
  });
  it('closes at "The call ended at ..." after the action items', () => {
    const s = segment('Working Group Teleconference\n\nPresent: Ann Lee, Bob Stone\n\nAction items\n\nACTION: Ann to merge the pull request by 2025-02-26.\n\nThe call ended at 15:27 UTC.\n\nMinutes: Bob Stone.\n', 'en');
    expect(zoneOf(s, 'The call ended')).toBe('closing');
    expect(zoneOf(s, 'Minutes: Bob')).toBe('closing');
    expect(s.agreements).toHaveLength(1);
  });
});
