// The output contract (schema/minutes.schema.json, schemaVersion "1") as TypeScript types.

export type Lang = 'es' | 'en';
export type MediaType = 'application/pdf' | 'text/plain' | 'image/png' | 'image/jpeg' | 'image/tiff';
export type TextOrigin = 'ocr' | 'pdf-text' | 'text';
export type CorrectionKind = 'accent' | 'ocr' | 'hyphenation' | 'spacing' | 'case' | 'other';
export type AttendeeStatus = 'present' | 'absent' | 'excused' | 'guest';

export interface Source {
  path: string | null;
  sha256: string;
  mediaType: MediaType;
  pages: number | null;
  textOrigin: TextOrigin;
  /** Extra (allowed by the contract): where each page's text came from. */
  pageOrigins?: Array<'ocr' | 'pdf-text' | 'text'>;
}

export interface Header {
  title: string | null;
  subtitle: string | null;
  organization: string | null;
  sessionNumber: string | null;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
}

export interface Attendee {
  name: string | null;
  organization: string | null;
  role: string | null;
  status: AttendeeStatus;
}

export interface AgendaItem {
  number: string | null;
  title: string;
}

export interface DiscussionPart {
  agendaNumber: string | null;
  title: string | null;
  text: string;
}

export interface Agreement {
  number: string | null;
  text: string;
  responsible: string | null;
  due: string | null;
}

export interface Closing {
  preparedBy: string | null;
  preparedOn: string | null;
  nextMeeting: string | null;
  distribution: string | null;
  adjournedAt: string | null;
}

export interface Correction {
  original: string;
  corrected: string;
  /** UTF-16 offsets into the raw decoded text. */
  start: number;
  end: number;
  kind: CorrectionKind;
  confidence: number;
}

export interface Minutes {
  schemaVersion: '1';
  source: Source;
  language: string;
  header: Header;
  attendees: Attendee[];
  agenda: AgendaItem[];
  discussion: DiscussionPart[];
  agreements: Agreement[];
  closing: Closing;
  text: string;
  corrections: Correction[];
  warnings: string[];
}
