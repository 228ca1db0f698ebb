// A minimal PDF writer for test fixtures: pages that show a JPEG scan, a text layer (visible or invisible), or
// both, and an optionally RC4-encrypted (revision 2) file. Only what the fixtures need; not a general library.
import { createHash } from 'node:crypto';

export interface FixturePage {
  /** Page size in points. */
  width: number;
  height: number;
  /** JPEG bytes drawn over the whole page. */
  jpeg?: { bytes: Uint8Array; width: number; height: number };
  /** Text lines (Latin-1 only) drawn from the top-left; render mode 3 makes them invisible. */
  text?: { lines: string[]; size: number; invisible?: boolean };
}

const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');

function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) { j = (j + s[i] + key[i % key.length]) & 255; [s[i], s[j]] = [s[j], s[i]]; }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255; j = (j + s[i]) & 255; [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

const md5 = (...parts: Uint8Array[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);

function escapeText(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`);
}

export function writePdf(pages: FixturePage[], encrypt?: { userPassword: string; ownerPassword: string }): Buffer {
  const objects: Buffer[] = []; // objects[i] is object number i + 1
  const add = (body: Buffer | string) => { objects.push(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1')); return objects.length; };
  const fileId = md5(Buffer.from(JSON.stringify(pages.map((p) => [p.width, p.height, p.text?.lines]))));
  let key: Buffer | undefined;
  let encryptDict = '';
  if (encrypt) {
    const o = rc4(md5(padded(encrypt.ownerPassword)).subarray(0, 5), padded(encrypt.userPassword));
    const p = Buffer.alloc(4); p.writeInt32LE(-44); // print/copy flags off; any value works for a fixture
    key = md5(padded(encrypt.userPassword), o, p, fileId).subarray(0, 5);
    const u = rc4(key, PAD);
    encryptDict = `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P -44 >>`;
  }
  const objKey = (num: number) => md5(key!, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
  const stream = (dict: string, data: Buffer) => {
    const num = objects.length + 1;
    const body = key ? rc4(objKey(num), data) : data;
    return add(Buffer.concat([Buffer.from(`<< ${dict} /Length ${body.length} >>\nstream\n`, 'latin1'), body, Buffer.from('\nendstream', 'latin1')]));
  };
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pageNums: number[] = [];
  const pagesNum = objects.length + 1 + pages.length * 3; // reserved below, after all page objects
  for (const pg of pages) {
    let content = '';
    let resources = `/Font << /F1 ${font} 0 R >>`;
    if (pg.jpeg) {
      const img = stream(`/Type /XObject /Subtype /Image /Width ${pg.jpeg.width} /Height ${pg.jpeg.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode`, Buffer.from(pg.jpeg.bytes));
      resources += ` /XObject << /Im1 ${img} 0 R >>`;
      content += `q ${pg.width} 0 0 ${pg.height} 0 0 cm /Im1 Do Q\n`;
    }
    if (pg.text) {
      const { size, lines, invisible } = pg.text;
      content += `BT /F1 ${size} Tf ${invisible ? 3 : 0} Tr ${size * 1.4} TL 50 ${pg.height - 60} Td\n`;
      for (const l of lines) content += `(${escapeText(l)}) Tj T*\n`;
      content += 'ET\n';
    }
    const contents = stream('', Buffer.from(content, 'latin1'));
    pageNums.push(add(`<< /Type /Page /Parent ${pagesNum} 0 R /MediaBox [0 0 ${pg.width} ${pg.height}] /Resources << ${resources} >> /Contents ${contents} 0 R >>`));
  }
  while (objects.length < pagesNum - 1) add('null'); // keep the reserved number for /Pages
  add(`<< /Type /Pages /Kids [${pageNums.map((n) => `${n} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  const catalog = add(`<< /Type /Catalog /Pages ${pagesNum} 0 R >>`);
  const enc = encrypt ? add(encryptDict) : 0;
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let pos = chunks[0].length;
  objects.forEach((body, i) => {
    offsets.push(pos);
    const c = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(c);
    pos += c.length;
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) xref += `${String(o).padStart(10, '0')} 00000 n \n`;
  const id = fileId.toString('hex');
  xref += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${enc ? ` /Encrypt ${enc} 0 R` : ''} /ID [<${id}> <${id}>] >>\nstartxref\n${pos}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}
