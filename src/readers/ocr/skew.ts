import { INK, type Gray } from './image.js';

/**
 * How far a scanned page is turned, from the ink alone (the projection-profile method
 * Leptonica and most deskew tools use): summed along the right angle, the ink of text
 * lines and ruling lines piles up into sharp peaks; along a wrong one it smears. The
 * angle whose profile is sharpest is the page's skew.
 *
 * `skew` is in degrees, clockwise (the image turned by −skew is straight). `sideways`
 * says the ink lines up better in columns than in rows: the text runs up or down the
 * page, which OCR must be told (tesseract's orientation detection decides which way).
 */
export interface SkewEstimate {
  skew: number;
  sideways: boolean;
}

/** Sampling step (pixels): every other pixel of a 300 dpi page is plenty for a profile. */
const STEP = 2;
/** The largest skew looked for: a page fed askew into a scanner, not a photograph. */
const MAX_DEGREES = 5;

export function estimateSkew(img: Gray): SkewEstimate {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < img.height; y += STEP) {
    const row = y * img.width;
    for (let x = 0; x < img.width; x += STEP) {
      if (img.data[row + x]! < INK) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 200) return { skew: 0, sideways: false };
  const rows = best(xs, ys, 0.2, MAX_DEGREES);
  const fine = best(xs, ys, 0.02, 0.2, rows.angle);
  const cols = best(ys, xs, 0.2, MAX_DEGREES);
  return { skew: Math.round(fine.angle * 100) / 100, sideways: cols.sharpness > 1.3 * rows.sharpness };
}

/**
 * The angle (degrees) in `around ± range` whose profile across `v` is sharpest, and how
 * sharp it is: the sum of squared bin counts against what ink spread evenly would give.
 */
function best(u: number[], v: number[], step: number, range: number, around = 0): { angle: number; sharpness: number } {
  let top = { angle: around, sharpness: -1 };
  for (let a = around - range; a <= around + range + 1e-9; a += step) {
    const s = sharpness(u, v, a);
    // ties go to the smaller angle: a straight page stays straight
    if (s > top.sharpness * 1.000001 || (Math.abs(s - top.sharpness) <= top.sharpness * 1e-6 && Math.abs(a) < Math.abs(top.angle))) top = { angle: a, sharpness: s };
  }
  return top;
}

/** Ink points (u along, v across) projected across lines turned by `degrees`, in bins of STEP pixels. */
function sharpness(u: number[], v: number[], degrees: number): number {
  const t = Math.tan((degrees * Math.PI) / 180);
  let lo = Infinity;
  let hi = -Infinity;
  const at = new Int32Array(u.length);
  for (let i = 0; i < u.length; i++) {
    // a line turned clockwise by the angle climbs down to the right: v = v0 + u·tan
    const p = Math.round((v[i]! - u[i]! * t) / STEP);
    at[i] = p;
    if (p < lo) lo = p;
    if (p > hi) hi = p;
  }
  const bins = new Int32Array(hi - lo + 1);
  for (let i = 0; i < at.length; i++) bins[at[i]! - lo]!++;
  let sum = 0;
  for (let i = 0; i < bins.length; i++) sum += bins[i]! * bins[i]!;
  return (sum * bins.length) / (u.length * u.length);
}
