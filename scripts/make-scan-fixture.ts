// Builds the scanned-document fixtures in fixtures/scan/ from fixtures/scan/acta-sample.txt (text written for
// acta, not taken from any corpus): the text is drawn on a page, degraded like a photocopy (slight rotation, blur,
// grey paper, noise, specks) and saved as a scanned PDF, a PNG, a two-page TIFF, a mixed PDF (digital page +
// scanned page), a scan with a junk invisible text layer, and an encrypted PDF. Deterministic: same output each run.
// Run: npx tsx scripts/make-scan-fixture.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { writePdf, type FixturePage } from './make-scan-fixture.pdf-writer.js';

const dir = path.join(import.meta.dirname, '..', 'fixtures', 'scan');
const DPI = 200;
// A5 portrait keeps every fixture well under 200 KB while holding the whole sample at a normal type size.
const PAGE_PT = { width: 420, height: 595 };
const PX = { width: Math.round((PAGE_PT.width / 72) * DPI), height: Math.round((PAGE_PT.height / 72) * DPI) };

let seed = 20240312;
const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const gauss = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());

/** Draws lines of text and returns grayscale pixels, degraded. */
function scanOf(lines: string[], rotationDeg: number): Uint8Array {
  const c = createCanvas(PX.width, PX.height);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#f4f4f0';
  ctx.fillRect(0, 0, PX.width, PX.height);
  ctx.translate(PX.width / 2, PX.height / 2);
  ctx.rotate((rotationDeg * Math.PI) / 180);
  ctx.translate(-PX.width / 2, -PX.height / 2);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = `${Math.round((10.5 / 72) * DPI)}px "DejaVu Serif"`;
  const lead = (15 / 72) * DPI;
  lines.forEach((l, i) => ctx.fillText(l, (36 / 72) * DPI, (60 / 72) * DPI + i * lead));
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.filter = 'blur(0.6px)';
  ctx.drawImage(c, 0, 0);
  const rgba = ctx.getImageData(0, 0, PX.width, PX.height).data;
  const gray = new Uint8Array(PX.width * PX.height);
  for (let i = 0; i < gray.length; i++) gray[i] = Math.max(0, Math.min(255, rgba[i * 4] + gauss() * 5));
  for (let s = 0; s < 40; s++) { // toner specks
    const x = Math.floor(random() * (PX.width - 3));
    const y = Math.floor(random() * (PX.height - 3));
    for (let dy = 0; dy < 2; dy++) for (let dx = 0; dx < 2; dx++) gray[(y + dy) * PX.width + x + dx] = 40;
  }
  return gray;
}

function toCanvas(gray: Uint8Array) {
  const c = createCanvas(PX.width, PX.height);
  const ctx = c.getContext('2d');
  const img = ctx.createImageData(PX.width, PX.height);
  for (let i = 0; i < gray.length; i++) { img.data[i * 4] = img.data[i * 4 + 1] = img.data[i * 4 + 2] = gray[i]; img.data[i * 4 + 3] = 255; }
  ctx.putImageData(img, 0, 0);
  return c;
}

/** A bilevel, Deflate-compressed multi-page TIFF (fax-style), written by hand: UTIF only encodes uncompressed. */
function tiffOf(pagesGray: Uint8Array[]): Buffer {
  const { width: w, height: h } = PX;
  const rowBytes = Math.ceil(w / 8);
  const strips = pagesGray.map((g) => {
    const bits = Buffer.alloc(rowBytes * h);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (g[y * w + x] < 140) bits[y * rowBytes + (x >> 3)] |= 0x80 >> (x & 7);
    return deflateSync(bits, { level: 9 });
  });
  const parts: Buffer[] = [Buffer.from([0x49, 0x49, 42, 0, 0, 0, 0, 0])]; // little-endian header, first IFD offset patched below
  let pos = 8;
  const ifdOffsets: number[] = [];
  const dataOffsets: number[] = [];
  for (const s of strips) { dataOffsets.push(pos); parts.push(s); pos += s.length; if (pos % 2) { parts.push(Buffer.alloc(1)); pos++; } }
  const tags = (i: number): [number, number, number, number][] => [ // tag, type (3 short, 4 long, 5 rational), count, value
    [256, 4, 1, w], [257, 4, 1, h], [258, 3, 1, 1], [259, 3, 1, 8], [262, 3, 1, 1], // BlackIsZero... inverted below
    [273, 4, 1, dataOffsets[i]], [277, 3, 1, 1], [278, 4, 1, h], [279, 4, 1, strips[i].length],
    [282, 5, 1, 0], [283, 5, 1, 0], [296, 3, 1, 2],
  ];
  for (let i = 0; i < strips.length; i++) {
    ifdOffsets.push(pos);
    const t = tags(i);
    const ifd = Buffer.alloc(2 + t.length * 12 + 4 + 16);
    ifd.writeUInt16LE(t.length, 0);
    const ratOff = pos + 2 + t.length * 12 + 4;
    t.forEach(([tag, type, count, value], k) => {
      const o = 2 + k * 12;
      ifd.writeUInt16LE(tag, o); ifd.writeUInt16LE(type, o + 2); ifd.writeUInt32LE(count, o + 4);
      if (type === 3) ifd.writeUInt16LE(tag === 262 ? 0 : value, o + 8); // 0 = WhiteIsZero: set bits are ink
      else if (type === 4) ifd.writeUInt32LE(value, o + 8);
      else ifd.writeUInt32LE(ratOff + (tag === 282 ? 0 : 8), o + 8);
    });
    const next = i + 1 < strips.length ? pos + ifd.length : 0;
    ifd.writeUInt32LE(next, 2 + t.length * 12);
    ifd.writeUInt32LE(DPI, 2 + t.length * 12 + 4); ifd.writeUInt32LE(1, 2 + t.length * 12 + 8);
    ifd.writeUInt32LE(DPI, 2 + t.length * 12 + 12); ifd.writeUInt32LE(1, 2 + t.length * 12 + 16);
    parts.push(ifd);
    pos += ifd.length;
  }
  parts[0].writeUInt32LE(ifdOffsets[0], 4);
  return Buffer.concat(parts);
}

const text = readFileSync(path.join(dir, 'acta-sample.txt'), 'utf8').trimEnd().split('\n');
const half = text.indexOf('Desarrollo de la sesión:');
const [first, second] = [text.slice(0, half), text.slice(half)];
const g1 = scanOf(first, -0.6);
const g2 = scanOf(second, 0.4);
const jpeg = (g: Uint8Array) => ({ bytes: toCanvas(g).toBuffer('image/jpeg', 30), ...PX });
const scanPage = (g: Uint8Array): FixturePage => ({ ...PAGE_PT, jpeg: jpeg(g) });
const latin1 = (s: string) => s; // the sample is Latin-1 representable, as WinAnsiEncoding needs

const out: Record<string, Buffer> = {
  'scan.pdf': writePdf([scanPage(g1), scanPage(g2)]),
  // Photocopy-like PNG: grey levels quantised to 4, which also keeps the file small.
  'page.png': toCanvas(g1.map((v) => (v >> 6) * 85)).toBuffer('image/png'),
  'pages.tiff': tiffOf([g1, g2]),
  'mixed.pdf': writePdf([{ ...PAGE_PT, text: { lines: first.map(latin1), size: 10 } }, scanPage(g2)]),
  // A scan whose invisible OCR layer is junk, as archives often have: acta must OCR it, not trust the layer.
  'junk-layer.pdf': writePdf([{ ...scanPage(g1), text: { lines: first.map(junk), size: 10, invisible: true } }]),
  'encrypted.pdf': writePdf([{ ...PAGE_PT, text: { lines: ['Acta confidencial'], size: 12 } }], { userPassword: 'acta', ownerPassword: 'owner' }),
};
for (const [name, bytes] of Object.entries(out)) {
  writeFileSync(path.join(dir, name), bytes);
  console.log(`${name}\t${bytes.length} bytes`);
}

/** Deterministic junk in the style of a failed OCR layer: letters swapped for look-alikes and symbols. */
function junk(line: string): string {
  const table: Record<string, string> = { a: '@', e: '3', o: '0', i: '|', s: '$', n: 'ñ~', r: 'r\'', l: '1', t: '+' };
  return line.split('').map((ch, i) => (i % 3 !== 0 && table[ch.toLowerCase()]) || (i % 5 === 0 ? '^' : ch)).join('');
}
