// The closed set of line labels, declared once. A zone never splits a line.
import type { Line } from './lines.js';

export const ZONES = ['header', 'attendees', 'agenda', 'discussion', 'agreements', 'closing', 'furniture', 'blank'] as const;
export type Zone = (typeof ZONES)[number];

/** Section headings a line can be. */
export const HEADINGS = ['attendees', 'excused', 'absent', 'guest', 'agenda', 'discussion', 'agreements'] as const;
export type Heading = (typeof HEADINGS)[number];

export interface Labelled extends Line {
  zone: Zone;
  /** Set when the line is (or starts with) a section heading or list label. */
  heading: Heading | null;
  /** Text after a heading label on the same line ("Ausentes: Pamela Reyes ..."), else ''. */
  after: string;
  /** Markdown/reStructuredText section level when the line is a markup heading (0 = outermost style). */
  markup?: number;
  /** Set on an agenda line that continues the item above it (hanging indent). */
  continues?: boolean;
  /**
   * Set on the lines of an agreements block written inside a discussion item ("ACUERDOS:" and its list running on
   * from the item's text, then the next item's heading): the list is the agreements', and the item's discussion text
   * keeps the block.
   */
  inItem?: boolean;
}
