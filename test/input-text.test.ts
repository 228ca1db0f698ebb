import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeText } from '../src/input/text.js';
import { sniffMediaType } from '../src/input/sniff.js';
import { fromText } from '../src/input/index.js';
import { fixture } from './helpers.js';

const sample = readFileSync(fixture('acta-junta-vecinal-ocr.txt'), 'utf8');
const utf16le = (s: string): Uint8Array => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string): Uint8Array => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) { be[i] = le[i + 1]; be[i + 1] = le[i]; }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
};

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM to the same text', () => {
    const plain = decodeText(Buffer.from(sample, 'utf8'));
    const bom = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')]));
    expect(plain.encoding).toBe('utf-8');
    expect(bom.bom).toBe(true);
    expect(bom.text).toBe(plain.text);
    expect(plain.text).toContain('N° 14');
  });

  it('reads a Latin-1 twin and UTF-16 twins to the same text as the UTF-8 file', () => {
    const utf8 = decodeText(Buffer.from(sample, 'utf8')).text;
    const latin1 = decodeText(Buffer.from(sample, 'latin1'));
    expect(latin1.encoding).toBe('windows-1252');
    expect(latin1.text).toBe(utf8);
    expect(decodeText(utf16le(sample)).text).toBe(utf8);
    expect(decodeText(utf16be(sample)).text).toBe(utf8);
  });

  it('decodes Windows-1252 punctuation that Latin-1 lacks', () => {
    // 0x93/0x94 are curly quotes and 0x96 an en dash in Windows-1252.
    const bytes = Buffer.from([0x93, 0x41, 0x63, 0x63, 0x69, 0xf3, 0x6e, 0x94, 0x20, 0x96, 0x20, 0x61]);
    expect(decodeText(bytes).text).toBe('“Acción” – a');
  });

  it('normalises CRLF and lone CR to LF and keeps form feeds', () => {
    expect(decodeText(Buffer.from('a\r\nb\rc\fd\n', 'utf8')).text).toBe('a\nb\nc\fd\n');
  });

  it('composes decomposed accents (NFC)', () => {
    expect(decodeText(Buffer.from('Reunio\u0301n', 'utf8')).text).toBe('Reunión');
  });

  it('refuses empty, blank and binary input with stable codes', () => {
    expect(() => decodeText(new Uint8Array())).toThrow(expect.objectContaining({ code: 'empty-input' }));
    expect(() => decodeText(Buffer.from(' \n\t\n'))).toThrow(expect.objectContaining({ code: 'empty-input' }));
    expect(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02]))).toThrow(expect.objectContaining({ code: 'binary-input' }));
  });
});

describe('sniffMediaType and pages', () => {
  it('tells inputs apart by their bytes', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMediaType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('image/png');
    expect(sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMediaType(Buffer.from([0x49, 0x49, 0x2a, 0x00]))).toBe('image/tiff');
    expect(sniffMediaType(Buffer.from('ACTA'))).toBe('text/plain');
  });

  it('splits text pages at form feeds', () => {
    const doc = fromText('uno\fdos\ftres', null, '0'.repeat(64));
    expect(doc.pages).toBe(3);
    expect(doc.pageSpans.map((p) => doc.raw.slice(p.start, p.end))).toEqual(['uno', 'dos', 'tres']);
  });
});
