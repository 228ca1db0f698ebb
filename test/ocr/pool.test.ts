// Exercises the real tesseract.js pool on a small page image drawn here: a few short OCR calls only.
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { grayFromRgba, type GrayImage } from '../../src/ocr/image.js';
import { createOcrPool } from '../../src/ocr/pool.js';
import { recognizePage } from '../../src/ocr/recognize-page.js';
import { rotateGray } from '../../src/ocr/image.js';

function drawLines(lines: string[]): GrayImage {
  const c = createCanvas(1400, 120 + lines.length * 70);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.fillStyle = '#000';
  ctx.font = '44px "DejaVu Serif"';
  lines.forEach((l, i) => ctx.fillText(l, 60, 100 + i * 70));
  return grayFromRgba(ctx.getImageData(0, 0, c.width, c.height).data, c.width, c.height, 300);
}

const spanish = drawLines(['Se aprueba el acta por unanimidad.', 'Asisten doce vecinos y la secretaria.']);

describe('OCR pool', () => {
  it('recognises with one or both language models and recycles workers after N pages', async () => {
    const pool = createOcrPool({ jobs: 2, recycleAfter: 1 });
    try {
      const results = await Promise.all([pool.recognize(spanish, 'spa'), pool.recognize(spanish, 'spa+eng'), pool.recognize(spanish, 'spa')]);
      for (const r of results) {
        expect(r.text).toBe('Se aprueba el acta por unanimidad.\nAsisten doce vecinos y la secretaria.');
        expect(r.confidence).toBeGreaterThan(85);
      }
      expect(results[0].words).toHaveLength(12);
    } finally {
      await pool.close();
    }
  });

  it('turns a sideways page upright before reading it', async () => {
    const pool = createOcrPool({ jobs: 2 });
    try {
      const page = await recognizePage(pool, rotateGray(spanish, 1), 'spa');
      expect(page.text).toContain('Se aprueba el acta por unanimidad.');
    } finally {
      await pool.close();
    }
  });

  it('refuses languages it has no offline model for, without reaching for a CDN', async () => {
    const pool = createOcrPool({ jobs: 1 });
    try {
      await expect(pool.recognize(spanish, 'fra')).rejects.toMatchObject({ code: 'ocr-failed', message: expect.stringContaining('fra') });
    } finally {
      await pool.close();
    }
  });

  it('close() rejects queued and running pages with ocr-cancelled and refuses new ones', async () => {
    const pool = createOcrPool({ jobs: 1 });
    const running = pool.recognize(spanish, 'spa');
    const queued = pool.recognize(spanish, 'spa');
    await new Promise((r) => setTimeout(r, 50));
    await pool.close();
    await expect(running).rejects.toMatchObject({ code: 'ocr-cancelled' });
    await expect(queued).rejects.toMatchObject({ code: 'ocr-cancelled' });
    await expect(pool.recognize(spanish, 'spa')).rejects.toMatchObject({ code: 'ocr-cancelled' });
  });

  it('an aborted page settles at once with the abort reason', async () => {
    const pool = createOcrPool({ jobs: 1 });
    try {
      const ctl = new AbortController();
      const p = pool.recognize(spanish, 'spa', ctl.signal);
      setTimeout(() => ctl.abort(new Error('user stop')), 30);
      await expect(p).rejects.toThrow('user stop');
      // The pool still works afterwards with a fresh worker.
      expect((await pool.recognize(spanish, 'spa')).text).toContain('unanimidad');
    } finally {
      await pool.close();
    }
  });
});
