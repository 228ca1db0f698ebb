// Run by offline.test.ts in an empty temporary working directory with block-network.cjs preloaded: reads a scanned
// PDF and a TIFF with a fresh pool (both language models), prints the text as JSON, then lets the process end
// on its own: if a worker thread were left running, the process would hang and the test time out.
import { readFileSync } from 'node:fs';
import { readImage } from '../../src/input/image.js';
import { readPdf } from '../../src/input/pdf.js';
import { createOcrPool } from '../../src/ocr/pool.js';

const [pdfPath, tiffPath] = process.argv.slice(2);
const pool = createOcrPool({ jobs: 2, recycleAfter: 1 });
try {
  const pdf = await readPdf(readFileSync(pdfPath), { ocr: 'auto', lang: 'auto', pool });
  const tiff = await readImage(readFileSync(tiffPath), 'image/tiff', { ocr: 'auto', lang: 'en', pool });
  process.stdout.write(JSON.stringify({ pdf: pdf.map((p) => p.text), tiff: tiff.map((p) => p.text) }));
} finally {
  await pool.close();
}
