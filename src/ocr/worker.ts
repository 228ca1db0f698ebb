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
  const loaded: string[] = [first]; // tesseract.js keeps this very array as its list of loaded languages
  const worker = await createWorker(loaded, OEM.LSTM_ONLY, {
    langPath: langDir(first),
    gzip: true,
    cacheMethod: 'none',
    // The default error handler throws inside the worker callback and kills the process; errors reach us as rejections.
    errorHandler: () => {},
  });
  try {
    if (rest.length > 0) {
      // tesseract.js takes one langPath, and the models sit in separate packages: write the others into the
      // worker's in-memory file system and mark them loaded, so reinitialize() goes straight to Tesseract's
      // Init('spa+eng') instead of fetching them. (tessedit_load_sublangs was tried: it is silently ignored.)
      // Should tesseract.js stop sharing the array, reinitialize fails loudly (no file at langPath), never silently.
      for (const l of rest) await worker.FS('writeFile', [`./${l}.traineddata`, readModel(l)]);
      loaded.push(...rest);
      await worker.reinitialize(langs, OEM.LSTM_ONLY);
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
