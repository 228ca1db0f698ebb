// The lexicon file: "ACTALEX2", u32 line count n, u32 filter word count m, u32 line-start offsets[n + 1]
// (relative to the text), u32 filter[m] (a Bloom filter over the keys), then the sorted text lines ("key" or
// "key\tform,form", each ending in "\n"); integers little-endian. Reading it is one file read and typed-array
// views: no gunzip, no scan for line breaks; the filter turns most made-up keys away without a search.
import os from 'node:os';

const MAGIC = 'ACTALEX2';
const HEAD = 16;
const PROBES = 4;

export interface LexiconFile {
  /** The text lines, as bytes. */
  text: Uint8Array;
  /** Start of line i in `text` is starts[i]; starts[n] is the text length. */
  starts: Uint32Array;
  /** Bloom filter bits over the keys (length a power of two). */
  filter: Uint32Array;
}

/** Two 32-bit FNV-style hashes of the key's UTF-16 code units (double hashing gives the probes). */
function hashes(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, (b | 1) >>> 0];
}

/** False when `key` is surely not in the lexicon; true when it may be. */
export function mayHave(filter: Uint32Array, key: string): boolean {
  const mask = filter.length * 32 - 1;
  const [a, b] = hashes(key);
  for (let i = 0; i < PROBES; i++) {
    const bit = (a + Math.imul(i, b)) & mask;
    if ((filter[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

/** Packs sorted text lines ("...\n" each) behind their offset table and key filter. */
export function packLexicon(text: Buffer): Buffer {
  const starts: number[] = [0];
  for (let i = text.indexOf(10); i >= 0; i = text.indexOf(10, i + 1)) starts.push(i + 1);
  if (starts[starts.length - 1] !== text.length) starts.push(text.length);
  const n = starts.length - 1;
  // About 14 bits a key: with 4 probes, under 0.5% false positives.
  let bits = 1024;
  while (bits < n * 14) bits *= 2;
  const filter = new Uint32Array(bits / 32);
  const mask = bits - 1;
  for (const line of text.toString('utf8').split('\n')) {
    if (!line) continue;
    const [a, b] = hashes(line.split('\t')[0]);
    for (let i = 0; i < PROBES; i++) {
      const bit = (a + Math.imul(i, b)) & mask;
      filter[bit >>> 5] |= 1 << (bit & 31);
    }
  }
  const head = Buffer.alloc(HEAD + 4 * (n + 1) + 4 * filter.length);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(n, 8);
  head.writeUInt32LE(filter.length, 12);
  starts.forEach((s, i) => head.writeUInt32LE(s, HEAD + 4 * i));
  filter.forEach((w, i) => head.writeUInt32LE(w, HEAD + 4 * (n + 1) + 4 * i));
  return Buffer.concat([head, text]);
}

function u32s(file: Buffer, at: number, count: number): Uint32Array {
  if ((file.byteOffset + at) % 4 === 0 && os.endianness() === 'LE') return new Uint32Array(file.buffer, file.byteOffset + at, count);
  // Unaligned or big-endian: copy once.
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = file.readUInt32LE(at + 4 * i);
  return out;
}

/** Views a packed lexicon without copying its text. Throws on a file that is not one. */
export function unpackLexicon(file: Buffer): LexiconFile {
  if (file.length < HEAD || file.toString('latin1', 0, 8) !== MAGIC) throw new Error('not an acta lexicon file (rebuild: npx tsx scripts/build-lexicon.ts)');
  const n = file.readUInt32LE(8);
  const m = file.readUInt32LE(12);
  const starts = u32s(file, HEAD, n + 1);
  const filter = u32s(file, HEAD + 4 * (n + 1), m);
  return { text: file.subarray(HEAD + 4 * (n + 1 + m)), starts, filter };
}
