// The status words shared by list pieces and sentences: one list of stems, tried excused, guest, absent.
import { describe, expect, it } from 'vitest';
import { STATUS_STEMS, statusNamed } from '../../src/extract/attendee-prose.js';

describe('statusNamed', () => {
  it('reads each status from its stems', () => {
    expect(statusNamed('se excusa el director')).toBe('excused');
    expect(statusNamed('sent regrets')).toBe('excused');
    expect(statusNamed('invitados')).toBe('guest');
    expect(statusNamed('no asiste')).toBe('absent');
    expect(statusNamed('ausente')).toBe('absent');
  });
  it('tries excused before guest before absent, wherever each stands', () => {
    expect(statusNamed('guest, excused')).toBe('excused');
    expect(statusNamed('absent guest')).toBe('guest');
  });
  it('names no status for other text, "present" included', () => {
    expect(statusNamed('asisten los concejales')).toBeNull();
    expect(statusNamed('present')).toBeNull();
  });
  it('looks for every stem the gate is built from', () => {
    for (const stem of STATUS_STEMS.split('|')) expect(statusNamed(stem)).not.toBeNull();
  });
});
