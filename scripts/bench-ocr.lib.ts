// Helpers for scripts/bench-ocr.ts: the corpus list, CER, running a batch through the pool, scan dpi, and a
// 100-page scanned PDF assembled from the corpus scan pages (for the memory measurement).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import levenshtein from 'fast-levenshtein';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { GrayImage } from '../src/ocr/image.js';
import { renderForOcr } from '../src/ocr/pdf-render.js';
import type { OcrPool } from '../src/ocr/pool.js';
import { writePdf, type FixturePage } from './make-scan-fixture.pdf-writer.js';

export interface CorpusDoc { id: string; lang: string; scanPdf: string; truth: string; ocrTxt: string }

export function corpusDocs(dir: string): CorpusDoc[] {
  return readdirSync(dir).filter((f) => f.endsWith('.scan.pdf')).sort().map((f) => {
    const id = f.slice(0, -'.scan.pdf'.length);
    const truth = JSON.parse(readFileSync(path.join(dir, `${id}.truth.json`), 'utf8')) as { language: string; text: string };
    return { id, lang: truth.language, scanPdf: path.join(dir, f), truth: truth.text, ocrTxt: readFileSync(path.join(dir, `${id}.ocr.txt`), 'utf8') };
  });
}

/** Character error rate after collapsing whitespace: edit distance / reference length. */
export function cer(hyp: string, ref: string): number {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const r = norm(ref);
  return r.length === 0 ? 0 : levenshtein.get(norm(hyp), r) / r.length;
}

export async function runPool(pool: OcrPool, pages: { img: GrayImage; langs: string }[]): Promise<string[]> {
  return Promise.all(pages.map((p) => pool.recognize(p.img, p.langs).then((r) => r.text)));
}

export async function buildHundredPagePdf(corpusDir: string, count: number): Promise<Buffer> {
  const pages: FixturePage[] = [];
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.scan.pdf')).sort();
  while (pages.length < count) {
    for (const f of files) {
      const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path.join(corpusDir, f))), isEvalSupported: false, verbosity: 0 }).promise;
      for (let n = 1; n <= pdf.numPages && pages.length < count; n++) {
        const page = await pdf.getPage(n);
        const img = await renderForOcr(pdf, page, 200);
        const c = createCanvas(img.width, img.height);
        const ctx = c.getContext('2d');
        const id = ctx.createImageData(img.width, img.height);
        for (let i = 0; i < img.pixels.length; i++) { id.data[4 * i] = id.data[4 * i + 1] = id.data[4 * i + 2] = img.pixels[i]; id.data[4 * i + 3] = 255; }
        ctx.putImageData(id, 0, 0);
        const vp = page.getViewport({ scale: 1 });
        pages.push({ width: vp.width, height: vp.height, jpeg: { bytes: c.toBuffer('image/jpeg', 60), width: img.width, height: img.height } });
      }
      await pdf.destroy();
      if (pages.length >= count) break;
    }
  }
  return writePdf(pages);
}
