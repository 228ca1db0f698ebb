#!/usr/bin/env node
// Generates a corpus of damaged and hostile PDFs from a valid PDF it writes itself (no fixtures needed): truncations,
// bit flips, deleted and repeated chunks, broken xref, zero pages, a page tree that loops, JavaScript and a form,
// RC4 encryption with a user password, and a 2,000-page PDF. Deterministic for a given seed.
//   node scripts/make-malformed-pdfs.mjs OUT_DIR [--seed N] [--flips N]
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const enc = (s) => Buffer.from(s, 'latin1');

/** Serialises numbered objects into a PDF with a correct xref table; `extraTrailer` goes into the trailer dict. */
export function buildPdf(objects, { extraTrailer = '', rootRef = '1 0 R' } = {}) {
  const parts = [enc('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const obj = Buffer.concat([enc(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : enc(body), enc('\nendobj\n')]);
    parts.push(obj);
    offset += obj.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(enc(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${rootRef} ${extraTrailer}>>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const stream = (data, dict = '') => Buffer.concat([enc(`<< /Length ${data.length} ${dict}>>\nstream\n`), data, enc('\nendstream')]);
const textOps = (lines) => enc(`BT /F1 12 Tf 72 760 Td 14 TL ${lines.map((l) => `(${l.replace(/[()\\]/g, '\\$&')}) '`).join(' ')} ET`);
const MINUTES = ['ACTA DE LA SESION ORDINARIA', 'En la ciudad, a 3 de marzo de 2021, se reune la Junta.', 'Asistentes: Ana Perez (Presidenta), Luis Gomez (Secretario)',
  'Orden del dia:', '1. Lectura y aprobacion del acta anterior.', '2. Presupuesto anual.', 'Acuerdos: Se aprueba el presupuesto por unanimidad.',
  'Sin mas asuntos, se levanta la sesion a las 20:15.'];

/** A valid PDF: `pages` pages of minutes text in Helvetica (not embedded), plus optional extra catalog entries/objects. */
export function validPdf({ pages = 2, catalogExtra = '', extraObjects = [] } = {}) {
  const first = 4 + extraObjects.length; // 1 catalog, 2 pages, 3 font, extras, then page/content pairs
  const kids = Array.from({ length: pages }, (_, i) => `${first + 2 * i} 0 R`).join(' ');
  const objects = [`<< /Type /Catalog /Pages 2 0 R ${catalogExtra}>>`, `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>', ...extraObjects];
  for (let i = 0; i < pages; i++) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${first + 2 * i + 1} 0 R >>`);
    objects.push(stream(textOps(i === 0 ? MINUTES : [`Pagina ${i + 1}`, ...MINUTES.slice(1, 4)])));
  }
  return buildPdf(objects);
}

// RC4 and the standard security handler (revision 2, 40-bit), enough for a real password-protected PDF.
function rc4(key, data) {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) { j = (j + s[i] + key[i % key.length]) & 255; [s[i], s[j]] = [s[j], s[i]]; }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255; j = (j + s[i]) & 255; [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}
const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
const padPw = (pw) => Buffer.concat([enc(pw), PAD]).subarray(0, 32);
const md5 = (...b) => createHash('md5').update(Buffer.concat(b)).digest();

export function encryptedPdf(userPw = 'secreto', ownerPw = 'owner') {
  const id = md5(enc('acta-fuzz'));
  const O = rc4(md5(padPw(ownerPw)).subarray(0, 5), padPw(userPw));
  const P = Buffer.alloc(4); P.writeInt32LE(-44);
  const key = md5(padPw(userPw), O, P, id).subarray(0, 5);
  const U = rc4(key, PAD);
  const objKey = (n) => md5(key, Buffer.from([n & 255, (n >> 8) & 255, (n >> 16) & 255, 0, 0])).subarray(0, 10);
  const content = rc4(objKey(5), textOps(MINUTES));
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    stream(content), `<< /Filter /Standard /V 1 /R 2 /O <${O.toString('hex')}> /U <${U.toString('hex')}> /P -44 >>`];
  return buildPdf(objects, { extraTrailer: `/Encrypt 6 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] ` });
}

/** Deterministic PRNG (mulberry32) so a failing case can be regenerated from its name. */
function prng(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

/** Every case as { name, bytes, expect }: 'error' must fail cleanly, 'ok' must convert, 'either' may do both. */
export function malformedPdfs({ seed = 1, flips = 40 } = {}) {
  const base = validPdf();
  const rnd = prng(seed);
  const cases = [{ name: 'valid', bytes: base, expect: 'ok' }];
  cases.push({ name: 'zero-pages', bytes: buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']), expect: 'error' });
  cases.push({ name: 'header-only', bytes: enc('%PDF-1.7\n'), expect: 'error' });
  cases.push({ name: 'encrypted', bytes: encryptedPdf(), expect: 'error' });
  cases.push({ name: 'javascript-and-form', expect: 'ok', bytes: validPdf({
    catalogExtra: '/OpenAction 4 0 R /AcroForm << /Fields [5 0 R] >> /Names << /JavaScript << /Names [(a) 4 0 R] >> >>',
    extraObjects: ['<< /S /JavaScript /JS (app.alert\\("hola"\\); while\\(true\\){}) >>', '<< /FT /Tx /T (nombre) /V (Ana) /Rect [0 0 10 10] /Subtype /Widget >>'] }) });
  cases.push({ name: 'page-tree-loop', expect: 'either', bytes: buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
    '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>']) });
  cases.push({ name: 'count-lies', expect: 'either', bytes: Buffer.from(base.toString('latin1').replace('/Count 2', '/Count 2000000'), 'latin1') });
  cases.push({ name: 'xref-garbage', expect: 'either', bytes: Buffer.from(base.toString('latin1').replace(/startxref\n\d+/, 'startxref\n999999'), 'latin1') });
  cases.push({ name: 'deep-nesting', expect: 'either', bytes: validPdf({ catalogExtra: `/X ${'['.repeat(5000)}${']'.repeat(5000)}` }) });
  for (const f of [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.95, 0.99]) {
    cases.push({ name: `truncated-${Math.round(f * 100)}`, bytes: base.subarray(0, Math.floor(base.length * f)), expect: 'either' });
  }
  for (let i = 0; i < flips; i++) {
    const b = Buffer.from(base);
    const n = 1 + Math.floor(rnd() * 8);
    for (let k = 0; k < n; k++) b[Math.floor(rnd() * b.length)] ^= 1 << Math.floor(rnd() * 8);
    cases.push({ name: `bitflip-${seed}-${i}`, bytes: b, expect: 'either' });
  }
  for (let i = 0; i < 6; i++) {
    const at = Math.floor(rnd() * base.length);
    const len = 1 + Math.floor(rnd() * 200);
    const cut = Buffer.concat([base.subarray(0, at), base.subarray(at + len)]);
    const dup = Buffer.concat([base.subarray(0, at + len), base.subarray(at, at + len), base.subarray(at + len)]);
    cases.push({ name: `chunk-deleted-${i}`, bytes: cut, expect: 'either' }, { name: `chunk-repeated-${i}`, bytes: dup, expect: 'either' });
  }
  return cases;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const out = args.find((a) => !a.startsWith('--'));
  if (!out) { process.stderr.write('usage: make-malformed-pdfs.mjs OUT_DIR [--seed N] [--flips N] [--big]\n'); process.exit(2); }
  const opt = (name, d) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : d; };
  mkdirSync(out, { recursive: true });
  const cases = malformedPdfs({ seed: opt('--seed', 1), flips: opt('--flips', 40) });
  if (args.includes('--big')) cases.push({ name: 'pages-2000', bytes: validPdf({ pages: 2000 }) });
  for (const c of cases) writeFileSync(path.join(out, `${c.name}.pdf`), c.bytes);
  process.stdout.write(`${cases.length} PDFs in ${out}\n`);
}
