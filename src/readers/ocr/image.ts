/**
 * A page image as pdftoppm renders it (`-gray`: binary PGM, one byte a pixel, 0 black),
 * and the few transforms OCR needs: quarter turns for a page scanned sideways, a small
 * rotation for one scanned askew. Plain loops over a byte array: a 300 dpi A4 page is
 * 8.7 million pixels, a pass over it takes tens of milliseconds.
 */
export interface Gray {
  width: number;
  height: number;
  /** Row by row, top to bottom; 0 is black, 255 white. */
  data: Uint8Array;
}

/** Darker than this is ink (scans are rarely pure black and white after rendering). */
export const INK = 150;

/** Reads a binary PGM (P5, 8 bits). Null when the bytes are not one. */
export function parsePgm(bytes: Uint8Array): Gray | null {
  // header: "P5" whitespace width whitespace height whitespace maxval, one whitespace, then the pixels
  const fields: number[] = [];
  let i = 2;
  if (bytes[0] !== 0x50 || bytes[1] !== 0x35) return null;
  while (fields.length < 3 && i < bytes.length) {
    const c = bytes[i]!;
    if (c === 0x23) {
      while (i < bytes.length && bytes[i] !== 0x0a) i++; // a comment
    } else if (c >= 0x30 && c <= 0x39) {
      let n = 0;
      while (i < bytes.length && bytes[i]! >= 0x30 && bytes[i]! <= 0x39) n = n * 10 + bytes[i++]! - 0x30;
      fields.push(n);
      continue;
    }
    i++;
  }
  const [width, height, max] = fields;
  if (!width || !height || max !== 255) return null;
  i++; // the one whitespace after maxval
  const data = bytes.subarray(i, i + width * height);
  if (data.length !== width * height) return null;
  return { width, height, data: new Uint8Array(data) };
}

export function writePgm(img: Gray): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(head.length + img.data.length);
  out.set(head);
  out.set(img.data, head.length);
  return out;
}

/** The image turned clockwise by a quarter turn, `turns` times (what tesseract's OSD "Rotate:" asks for). */
export function turn(img: Gray, turns: number): Gray {
  const t = ((turns % 4) + 4) % 4;
  if (t === 0) return img;
  const { width: w, height: h, data } = img;
  const W = t === 2 ? w : h;
  const H = t === 2 ? h : w;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // where the source pixel (x, y) lands
      const [X, Y] = t === 1 ? [h - 1 - y, x] : t === 2 ? [w - 1 - x, h - 1 - y] : [y, w - 1 - x];
      out[Y * W + X] = data[y * w + x]!;
    }
  }
  return { width: W, height: H, data: out };
}

/**
 * The image turned by `degrees` (positive: clockwise) about its centre, same size,
 * corners filled white. Nearest pixel: at 300 dpi the loss is below what OCR notices.
 */
export function rotate(img: Gray, degrees: number): Gray {
  if (degrees === 0) return img;
  const { width: w, height: h, data } = img;
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  const out = new Uint8Array(w * h).fill(255);
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    // the source of (x, y) is (x, y) turned back by the angle
    let sx = cx + -cx * cos + dy * sin;
    let sy = cy - -cx * sin + dy * cos;
    for (let x = 0; x < w; x++) {
      const ix = Math.round(sx);
      const iy = Math.round(sy);
      if (ix >= 0 && ix < w && iy >= 0 && iy < h) out[y * w + x] = data[iy * w + ix]!;
      sx += cos;
      sy -= sin;
    }
  }
  return { width: w, height: h, data: out };
}

/** Half the size each way, a pixel as dark as the darkest of its four (thin strokes survive). */
export function half(img: Gray): Gray {
  const W = img.width >> 1;
  const H = img.height >> 1;
  const out = new Uint8Array(W * H);
  const { width: w, data } = img;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = 2 * y * w + 2 * x;
      out[y * W + x] = Math.min(data[i]!, data[i + 1]!, data[i + w]!, data[i + w + 1]!);
    }
  }
  return { width: W, height: H, data: out };
}
