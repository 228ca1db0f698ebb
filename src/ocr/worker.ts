// One tesseract.js worker thread, configured so it can only read local files: models from the npm data packages,
// core and worker script from tesseract.js itself, no cache written anywhere.
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { langDir, parseLangs, readModel } from './traineddata.js';

export interface TessWorker {
  langs: string;
  worker: Worker;
  /** Pages recognised since start; the pool recycles workers to keep wasm heaps from growing. */
  pages: number;
}

export async function startWorker(langs: string): Promise<TessWorker> {
  const [first, ...rest] = parseLangs(langs);
  const worker = await createWorker(first, OEM.LSTM_ONLY, {
    langPath: langDir(first),
    gzip: true,
    cacheMethod: 'none',
    // The default error handler throws inside the worker callback and kills the process; errors reach us as rejections.
    errorHandler: () => {},
  });
  try {
    if (rest.length > 0) {
      // tesseract.js takes one langPath, and the models sit in separate packages: put the others into the
      // worker's in-memory file system and have Tesseract load them as sub-languages of the first.
      for (const l of rest) await worker.FS('writeFile', [`./${l}.traineddata`, readModel(l)]);
      await worker.reinitialize(first, OEM.LSTM_ONLY, { tessedit_load_sublangs: rest.join('+') } as never);
    }
    await worker.setParameters({
      // The library default is one uniform block (PSM 6); the tesseract CLI, and the layout of real minutes with
      // tables, headers and signature blocks, want full page segmentation (corpus scan CER 9.0% -> 5.7%).
      tessedit_pageseg_mode: PSM.AUTO,
      // Tesseract's diagnostics ("Image too small to scale!!") would otherwise land on the user's stderr.
      debug_file: '/dev/null',
    } as never);
  } catch (e) {
    await worker.terminate().catch(() => {});
    throw e;
  }
  return { langs, worker, pages: 0 };
}
