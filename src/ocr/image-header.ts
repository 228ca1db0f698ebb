// Reads what a PNG or JPEG header declares without decoding pixels: its size (to refuse decompression bombs
// before allocating them) and its resolution (PNG pHYs, JPEG JFIF density), so OCR knows the scale of the text.

/** Scanners write 200-600 dpi; anything outside this range is a placeholder (72/96 from screen tools) and ignored. */
const PLAUSIBLE = [100, 1200] as const;

export function declaredDpi(bytes: Uint8Array): number | undefined {
  const dpi = bytes[0] === 0x89 && bytes[1] === 0x50 ? pngDpi(bytes) : bytes[0] === 0xff && bytes[1] === 0xd8 ? jpegDpi(bytes) : undefined;
  return dpi !== undefined && dpi >= PLAUSIBLE[0] && dpi <= PLAUSIBLE[1] ? dpi : undefined;
}

function pngDpi(b: Uint8Array): number | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let p = 8; p + 8 <= b.length;) {
    const len = view.getUint32(p);
    const type = String.fromCharCode(b[p + 4], b[p + 5], b[p + 6], b[p + 7]);
    if (type === 'pHYs' && len >= 9 && b[p + 16] === 1) return Math.round(view.getUint32(p + 8) * 0.0254); // unit 1 = metre
    if (type === 'IDAT' || type === 'IEND') return undefined;
    p += 12 + len;
  }
  return undefined;
}

function jpegDpi(b: Uint8Array): number | undefined {
  // JFIF APP0 sits right after SOI: FFE0 len 'JFIF\0' ver(2) units(1) xdensity(2)
  if (b[2] !== 0xff || b[3] !== 0xe0 || String.fromCharCode(b[6], b[7], b[8], b[9]) !== 'JFIF') return undefined;
  const units = b[13];
  const x = (b[14] << 8) | b[15];
  return units === 1 ? x : units === 2 ? Math.round(x * 2.54) : undefined;
}

/** Width and height from the PNG IHDR or the JPEG frame header; undefined when the header cannot be read. */
export function declaredSize(b: Uint8Array): { width: number; height: number } | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b[0] === 0x89 && b[1] === 0x50 && b.length >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  for (let p = 2; p + 9 < b.length;) {
    if (b[p] !== 0xff) return undefined;
    const marker = b[p + 1];
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(p + 5), width: view.getUint16(p + 7) };
    }
    p += 2 + view.getUint16(p + 2);
  }
  return undefined;
}
