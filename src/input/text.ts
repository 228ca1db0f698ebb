// Decodes text input bytes: UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1252/Latin-1 when the bytes are
// not valid UTF-8 (old archive exports). The result is acta's "raw" text: line endings normalised to \n and Unicode NFC,
// so that offsets mean the same thing whatever the input encoding was.
import { ActaError } from '../errors.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ActaError('empty-input', 'the file is empty', 'check that the export or scan finished', 'decode');
  let encoding: TextEncodingName;
  let body = bytes;
  let bom = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8'; body = bytes.subarray(3); bom = true;
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le'; body = bytes.subarray(2); bom = true;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be'; body = bytes.subarray(2); bom = true;
  } else {
    const utf16 = sniffUtf16WithoutBom(bytes);
    if (utf16) encoding = utf16;
    else {
      if (looksBinary(bytes)) {
        throw new ActaError('binary-input', 'this is not a text file (it contains binary data)',
          'pass a .txt export, a PDF, or a PNG/JPEG/TIFF page image', 'decode');
      }
      encoding = isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
    }
  }
  const decoded = encoding === 'windows-1252' ? decodeWindows1252(body) : new TextDecoder(encoding).decode(body);
  const text = normaliseText(decoded);
  if (encoding.startsWith('utf-16') && looksBinaryText(text)) {
    throw new ActaError('binary-input', 'this is not a text file (it contains binary data)',
      'pass a .txt export, a PDF, or a PNG/JPEG/TIFF page image', 'decode');
  }
  if (text.trim() === '') throw new ActaError('empty-input', 'the file has no text (only blank space)', 'check that the export or scan finished', 'decode');
  return { text, encoding, bom };
}

/** Line endings to \n, Unicode NFC; form feeds (page breaks) are kept. */
export function normaliseText(s: string): string {
  return s.replace(/\r\n?/g, '\n').normalize('NFC');
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 text saved without a BOM shows a NUL in every other byte for Latin text. */
function sniffUtf16WithoutBom(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** NUL bytes or many C0 control bytes (other than tab, newline, CR, form feed) mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > n * 0.02;
}

function looksBinaryText(s: string): boolean {
  const n = Math.min(s.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0 || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c) || (c >= 0xfff0 && c <= 0xffff)) control++;
  }
  return control > n * 0.02;
}

// Node's TextDecoder treats 'windows-1252' as ISO-8859-1, so the 0x80-0x9F block (curly quotes, dashes, €) is mapped
// here; the five undefined bytes stay as their C1 code points.
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, i + CHUNK);
    for (let j = i; j < end; j++) {
      const b = bytes[j];
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}
