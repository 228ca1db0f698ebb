// OCR benchmark (not a test): throughput of acta's tesseract.js pool on the corpus scan PDFs against native
// Tesseract on the very same page images (one single-threaded process per core), raw OCR quality against the
// corpus truth, born-digital pages per second, and peak RSS on a 100-page scanned PDF.
// Run: npx tsx scripts/bench-ocr.ts [--jobs N] [--only scan,digital,rss,real] [--dpi native,300] [--per-doc]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPdf } from '../src/input/pdf.js';
import { encodePgm, type GrayImage } from '../src/ocr/image.js';
import { measureImages, ocrDpiFor, renderForOcr } from '../src/ocr/pdf-render.js';
import { createOcrPool } from '../src/ocr/pool.js';
import { MODEL_VARIANT, readModel } from '../src/ocr/traineddata.js';
import { cer, corpusDocs, runPool } from './bench-ocr.lib.js';

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const jobs = Number(flag('jobs') ?? availableParallelism());
const only = new Set((flag('only') ?? 'scan,digital,rss,real').split(','));
const shared = path.resolve(flag('shared') ?? '/work/shared');
const log = (s: string) => process.stdout.write(`${s}\n`);

if (args[0] === '--rss-child') {
  // Child mode: read one PDF with a fresh pool and report this process's peak RSS (worker threads included).
  const pool = createOcrPool({ jobs });
  const t = performance.now();
  const pages = await readPdf(readFileSync(args[1]), { ocr: 'auto', lang: 'es', pool });
  await pool.close();
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))![1];
  log(JSON.stringify({ pages: pages.length, seconds: (performance.now() - t) / 1000, peakRssMiB: Number(hwm) / 1024 }));
  process.exit(0);
}

log(`acta OCR bench: ${jobs} jobs, models ${MODEL_VARIANT}, node ${process.version}`);

if (only.has('scan')) {
  const docs = corpusDocs(path.join(shared, 'corpus'));
  const dpiModes = (flag('dpi') ?? 'native,300').split(',') as ('native' | '300')[];
  for (const dpiMode of dpiModes) {
    // Same images for both engines: rendered once by acta, written as PGM for native tesseract.
    const images: { doc: string; img: GrayImage }[] = [];
    const tRender = performance.now();
    for (const d of docs) {
      const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(d.scanPdf)), isEvalSupported: false, verbosity: 0 }).promise;
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const dpi = dpiMode === '300' ? 300 : ocrDpiFor(await measureImages(page));
        images.push({ doc: d.id, img: await renderForOcr(pdf, page, dpi) });
        page.cleanup();
      }
      await pdf.destroy();
    }
    const renderS = (performance.now() - tRender) / 1000;
    const px = images.reduce((s, i) => s + i.img.width * i.img.height, 0) / images.length;
    log(`\n[scan, render at ${dpiMode === '300' ? '300 dpi (pdftoppm -r 300 style)' : 'scan resolution (what acta does)'}] ${docs.length} PDFs, ${images.length} pages, mean ${(px / 1e6).toFixed(1)} MP/page, render ${(images.length / renderS).toFixed(1)} pages/s`);

    const pool = createOcrPool({ jobs });
    const t0 = performance.now();
    const c0 = process.cpuUsage(); // the whole process: main thread and the tesseract.js worker threads
    const texts = await runPool(pool, images.map((i) => ({ img: i.img, langs: docs.find((d) => d.id === i.doc)!.lang === 'en' ? 'eng' : 'spa' })));
    const actaS = (performance.now() - t0) / 1000;
    const c1 = process.cpuUsage(c0);
    const actaCpu = (c1.user + c1.system) / 1e6;
    await pool.close();

    const dir = mkdtempSync(path.join(tmpdir(), 'acta-bench-'));
    const files = images.map((im, k) => { const f = path.join(dir, `p${k}.pgm`); writeFileSync(f, encodePgm(im.img)); return f; });
    // Native gets the same resolution hint acta's workers get (user_defined_dpi), so both see the same input.
    const langs = images.map((i) => (docs.find((d) => d.id === i.doc)!.lang === 'en' ? 'eng' : 'spa'));
    const dpis = images.map((i) => Math.round(i.img.dpi));
    // Twice: with the system's models (Debian and Ubuntu ship tessdata_fast, a network about a quarter the size of
    // tessdata_best), and with the very models acta loads (4.0.0_best_int), which isolates the engine itself.
    const native = await nativeTesseract(files, langs, dpis);
    const ownModels = path.join(dir, 'tessdata');
    mkdirSync(ownModels);
    for (const l of ['spa', 'eng'] as const) writeFileSync(path.join(ownModels, `${l}.traineddata`), readModel(l));
    const nativeSameModels = native ? await nativeTesseract(files, langs, dpis, ownModels) : null;
    rmSync(dir, { recursive: true, force: true });

    const perMin = (s: number) => (images.length / s) * 60;
    // Wall time suffers from whatever else runs on the machine; CPU time per page, scaled to `jobs` cores, does not.
    const cpuPerMin = (cpu: number) => perMin(cpu / jobs);
    log(`  load average now ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
    log(`  ${'acta pool'.padEnd(30)} wall ${perMin(actaS).toFixed(1)} pages/min | CPU ${(actaCpu / images.length).toFixed(2)} s/page = ${cpuPerMin(actaCpu).toFixed(1)} pages/min on ${jobs} idle cores`);
    const nativeRows: [string, typeof native][] = [['native, system models', native], [`native, acta's ${MODEL_VARIANT}`, nativeSameModels]];
    for (const [name, n] of nativeRows) {
      if (!n) continue;
      log(`  ${name.padEnd(30)} wall ${perMin(n.seconds).toFixed(1)} pages/min | CPU ${(n.cpu / images.length).toFixed(2)} s/page = ${cpuPerMin(n.cpu).toFixed(1)} pages/min on ${jobs} idle cores`);
      log(`    ratio acta/(${name}): wall ${(n.seconds / actaS).toFixed(2)}x, CPU ${(n.cpu / actaCpu).toFixed(2)}x`);
    }
    if (!native) log('  native tesseract not installed: apt-get install tesseract-ocr tesseract-ocr-spa');

    // Raw OCR quality: CER against the truth text (whitespace collapsed; page furniture inflates all rows alike).
    let rows = 0; let sumActa = 0; let sumNative = 0; let sumSame = 0; let sumCorpus = 0;
    for (const d of docs) {
      const idx = images.map((im, k) => (im.doc === d.id ? k : -1)).filter((k) => k >= 0);
      const acta = idx.map((k) => texts[k]).join('\n');
      sumActa += cer(acta, d.truth);
      if (native) sumNative += cer(idx.map((k) => native.texts[k]).join('\n'), d.truth);
      if (nativeSameModels) sumSame += cer(idx.map((k) => nativeSameModels.texts[k]).join('\n'), d.truth);
      sumCorpus += cer(d.ocrTxt, d.truth);
      rows++;
      if (args.includes('--per-doc')) {
        log(`    ${d.id}: CER acta ${(100 * cer(acta, d.truth)).toFixed(1)}%` + (native ? `, native ${(100 * cer(idx.map((k) => native.texts[k]).join('\n'), d.truth)).toFixed(1)}%` : '') + `, corpus ${(100 * cer(d.ocrTxt, d.truth)).toFixed(1)}%`);
      }
    }
    log(`  mean CER vs truth: acta ${(100 * sumActa / rows).toFixed(2)}%` + (native ? `, native same images ${(100 * sumNative / rows).toFixed(2)}% (system models), ${(100 * sumSame / rows).toFixed(2)}% (acta's models)` : '') + `, corpus .ocr.txt ${(100 * sumCorpus / rows).toFixed(2)}%`);
  }
}

if (only.has('digital')) {
  // Born-digital PDFs: --ocr never isolates text-layer speed; auto also shows which pages it decided to OCR.
  const pool = createOcrPool({ jobs });
  log('');
  // Warm-up: the first PDF a process opens pays for loading and compiling pdf.js (about a second under tsx).
  await readPdf(readFileSync(path.join(shared, 'real', '015.source.pdf')), { ocr: 'never', lang: 'en', pool });
  for (const name of ['001.source.pdf', '017.source.pdf']) {
    const bytes = readFileSync(path.join(shared, 'real', name));
    for (const ocr of ['never', 'auto'] as const) {
      const t = performance.now();
      const c0 = process.cpuUsage();
      const pages = await readPdf(bytes, { ocr, lang: 'es', pool });
      const s = (performance.now() - t) / 1000;
      const c = process.cpuUsage(c0);
      const cpu = (c.user + c.system) / 1e6;
      const ocrd = pages.filter((p) => p.origin === 'ocr').length;
      log(`[digital --ocr ${ocr}] ${name}: ${pages.length} pages in ${s.toFixed(2)} s wall = ${(pages.length / s).toFixed(0)} pages/s; CPU ${cpu.toFixed(2)} s = ${(pages.length / cpu).toFixed(0)} pages per CPU-second (${ocrd} OCR'd)`);
    }
  }
  await pool.close();
}

if (only.has('rss')) {
  const { buildHundredPagePdf } = await import('./bench-ocr.lib.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'acta-bench-'));
  const file = path.join(dir, 'hundred.pdf');
  writeFileSync(file, await buildHundredPagePdf(path.join(shared, 'corpus'), 100));
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1], '--rss-child', file, '--jobs', String(jobs)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    child.stdout.on('data', (c) => { buf += c; });
    child.on('exit', (code) => (code === 0 ? resolve(buf) : reject(new Error(`rss child exited ${code}`))));
  });
  rmSync(dir, { recursive: true, force: true });
  const r = JSON.parse(out.trim().split('\n').pop()!);
  log(`\n[rss] 100-page scanned PDF: ${r.pages} pages in ${r.seconds.toFixed(0)} s (${(r.pages / r.seconds * 60).toFixed(1)} pages/min), peak RSS ${r.peakRssMiB.toFixed(0)} MiB`);
}

if (only.has('real')) {
  const dir = path.join(shared, 'real');
  const pool = createOcrPool({ jobs });
  log('\n[real] readPdf over shared/real/*.pdf');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.pdf')).sort()) {
    const t = performance.now();
    try {
      const pages = await readPdf(readFileSync(path.join(dir, f)), { ocr: 'auto', lang: 'auto', pool });
      const origins = pages.map((p) => (p.origin === 'ocr' ? 'O' : 'p')).join('');
      let note = '';
      const ref = path.join(dir, f.replace(/\.(source|scan)\.pdf$/, '') + (f.startsWith('003') ? '.page4.ocr-tesseract.txt' : '.ocr-tesseract.txt'));
      try {
        const refText = readFileSync(ref, 'utf8');
        const mine = f.startsWith('003') ? pages[3].text : pages.map((p) => p.text).join('\f');
        note = ` | differs from native -r 300 OCR by ${(100 * cer(mine, refText)).toFixed(1)}% chars`;
      } catch { /* no reference OCR for this file */ }
      log(`  ${f}: ${pages.length} pages [${origins}] ${((performance.now() - t) / 1000).toFixed(1)} s${note}`);
    } catch (e) {
      log(`  ${f}: ERROR ${(e as Error).message}`);
    }
  }
  await pool.close();
}

async function nativeTesseract(files: string[], langs: string[], dpis: number[], tessdataDir?: string): Promise<{ seconds: number; cpu: number; texts: string[] } | null> {
  const ok = await new Promise<boolean>((r) => { const c = spawn('tesseract', ['--version'], { stdio: 'ignore' }); c.on('error', () => r(false)); c.on('exit', (code) => r(code === 0)); });
  if (!ok) return null;
  const texts: string[] = new Array(files.length);
  let cpu = 0;
  let next = 0;
  const t = performance.now();
  const lane = async () => {
    while (next < files.length) {
      const k = next++;
      // `times` reports the CPU the shell's child (tesseract) used: load from other processes does not count.
      const script = `tesseract "$1" "$2" -l "$3" --dpi "$4" \${5:+--tessdata-dir "$5"} 2>/dev/null || exit 1; times`;
      const out = await new Promise<string>((resolve, reject) => {
        const c = spawn('sh', ['-c', script, 'sh', files[k], files[k], langs[k], String(dpis[k]), tessdataDir ?? ''], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['ignore', 'pipe', 'ignore'] });
        let buf = '';
        c.stdout.on('data', (d) => { buf += d; });
        c.on('exit', (code) => (code === 0 ? resolve(buf) : reject(new Error(`tesseract exited ${code}`))));
      });
      const [user, sys] = [...out.trim().split('\n').pop()!.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
      cpu += user + sys;
      texts[k] = readFileSync(`${files[k]}.txt`, 'utf8');
    }
  };
  await Promise.all(Array.from({ length: jobs }, lane));
  return { seconds: (performance.now() - t) / 1000, cpu, texts };
}
