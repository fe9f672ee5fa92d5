import type { PageContent, Rule, Run } from './geometry.js';
import { pdfjs, type PDFPageProxy } from './pdfjs.js';

type Matrix = [number, number, number, number, number, number];

const { OPS, Util } = pdfjs;
const STROKE = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILL = new Set<number>([OPS.fill, OPS.eoFill]);
/** pdf.js's path commands inside constructPath (DrawOPS, not exported). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const CLOSE = 3;

/** A drawn rectangle thinner than this is a line (Word draws borders as filled rectangles). */
const THIN = 3;
/** Shorter strokes are marks, not rules. */
const MIN_RULE = 4;

/**
 * One page's text runs (with font size, bold, italic) and ruling lines, in top-down
 * page coordinates. The operator list is read first: it loads the fonts whose names
 * tell bold and italic.
 */
export async function extractPage(page: PDFPageProxy): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const ops = await page.getOperatorList();
  const { rules, images } = readOperators(ops.fnArray, ops.argsArray, viewport.transform as Matrix);
  const text = await page.getTextContent();
  const runs: Run[] = [];
  const fonts = new Map<string, { bold: boolean; italic: boolean }>();
  for (const item of text.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    let font = fonts.get(item.fontName);
    if (!font) {
      font = fontStyle(page, item.fontName);
      fonts.set(item.fontName, font);
    }
    const style = text.styles[item.fontName];
    const run = toRun(item.str, item.transform as Matrix, item.width, viewport.transform as Matrix, style?.ascent ?? 0.8, style?.descent ?? -0.2, font);
    if (run) runs.push(run);
  }
  return { number: page.pageNumber, width: viewport.width, height: viewport.height, runs, rules, images };
}

/** The images painted on the page, from its operator list. */
export async function pageImages(page: PDFPageProxy): Promise<number> {
  const ops = await page.getOperatorList();
  return readOperators(ops.fnArray, ops.argsArray, page.getViewport({ scale: 1 }).transform as Matrix).images;
}

function toRun(str: string, tm: Matrix, width: number, vt: Matrix, ascent: number, descent: number, font: { bold: boolean; italic: boolean }): Run | null {
  const m = Util.transform(vt, tm) as Matrix;
  const size = Math.hypot(m[2], m[3]);
  const scaleX = Math.hypot(m[0], m[1]);
  if (size === 0 || scaleX === 0) return null;
  // text that does not run left to right (rotated headings) is placed by its origin only
  const horizontal = Math.abs(m[1]) < 0.05 * scaleX && m[0] > 0;
  const advance = horizontal ? width * (Math.hypot(vt[0], vt[1]) || 1) : 0;
  // keep the glyphs, drop the spaces around them, moving the edges proportionally
  const lead = str.length - str.trimStart().length;
  const trail = str.length - str.trimEnd().length;
  const per = str.length > 0 ? advance / str.length : 0;
  const x0 = m[4] + lead * per;
  const x1 = m[4] + advance - trail * per;
  const baseline = m[5];
  return {
    text: str.trim(),
    x0,
    x1: Math.max(x1, x0 + 0.1),
    top: baseline - Math.max(ascent, 0.5) * size,
    bottom: baseline - Math.min(descent, -0.1) * size,
    baseline,
    size,
    bold: font.bold,
    italic: font.italic,
  };
}

/** Bold and italic from the font's PostScript name ("ABCDEF+LiberationSerif-BoldItalic", "TimesNewRoman,Bold"). */
function fontStyle(page: PDFPageProxy, loadedName: string): { bold: boolean; italic: boolean } {
  let name = '';
  try {
    if (page.commonObjs.has(loadedName)) {
      const font = page.commonObjs.get(loadedName) as { name?: string; bold?: boolean; italic?: boolean; black?: boolean } | null;
      name = font?.name ?? '';
      if (font?.bold === true || font?.black === true) return { bold: true, italic: /italic|oblique/i.test(name) || font.italic === true };
    }
  } catch {
    // a font pdf.js could not load: regular
  }
  const style = name.replace(/^[A-Z]{6}\+/, '');
  return { bold: /bold|black|heavy|semibold|demi|-bd\b|,bd\b/i.test(style), italic: /italic|oblique|inclined|-it\b|,it\b/i.test(style) };
}

/**
 * The page's ruling lines: straight horizontal and vertical strokes, and filled
 * rectangles thin enough to be lines; rectangles drawn with a stroke give their four
 * sides. White lines are not rules. Transforms, saves and form XObjects are followed.
 */
export function readOperators(fnArray: number[], argsArray: unknown[], viewportTransform: Matrix): { rules: Rule[]; images: number } {
  const rules: Rule[] = [];
  let images = 0;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let stroke = '#000000';
  let fill = '#000000';
  const stack: { ctm: Matrix; stroke: string; fill: string }[] = [];
  const toPage = (x: number, y: number): [number, number] => {
    const m = Util.transform(viewportTransform, ctm) as Matrix;
    return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push({ ctm, stroke, fill });
        break;
      case OPS.restore: {
        const s = stack.pop();
        if (s) ({ ctm, stroke, fill } = s);
        break;
      }
      case OPS.transform:
        ctm = Util.transform(ctm, args as Matrix) as Matrix;
        break;
      case OPS.paintFormXObjectBegin:
        stack.push({ ctm, stroke, fill });
        if (Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0])) ctm = Util.transform(ctm, Array.from(args![0] as ArrayLike<number>) as Matrix) as Matrix;
        break;
      case OPS.paintFormXObjectEnd: {
        const s = stack.pop();
        if (s) ({ ctm, stroke, fill } = s);
        break;
      }
      case OPS.setStrokeRGBColor:
      case OPS.setStrokeGray:
      case OPS.setStrokeCMYKColor:
        stroke = colorOf(args);
        break;
      case OPS.setFillRGBColor:
      case OPS.setFillGray:
      case OPS.setFillCMYKColor:
        fill = colorOf(args);
        break;
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject:
      case OPS.paintImageXObjectRepeat:
      case OPS.paintInlineImageXObjectGroup:
        images++;
        break;
      case OPS.constructPath: {
        const op = args?.[0] as number;
        const data = (args?.[1] as ArrayLike<number>[] | undefined)?.[0];
        if (!data || !(STROKE.has(op) || FILL.has(op))) break;
        const subpaths = pathPoints(data, toPage);
        if (STROKE.has(op) && !isWhite(stroke)) for (const pts of subpaths) rules.push(...strokeRules(pts));
        if (FILL.has(op) && !isWhite(fill)) for (const pts of subpaths) {
          const r = thinRectangle(pts);
          if (r) rules.push(r);
        }
        break;
      }
      default:
        break;
    }
  }
  return { rules, images };
}

/** The subpaths of a pdf.js path as page points; a closed subpath repeats its first point at the end. */
function pathPoints(data: ArrayLike<number>, toPage: (x: number, y: number) => [number, number]): [number, number][][] {
  const out: [number, number][][] = [];
  let cur: [number, number][] = [];
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === MOVE) {
      if (cur.length > 1) out.push(cur);
      cur = [toPage(data[i]!, data[i + 1]!)];
      i += 2;
    } else if (op === LINE) {
      cur.push(toPage(data[i]!, data[i + 1]!));
      i += 2;
    } else if (op === CURVE) {
      // a curve is not a rule: break the subpath here
      const end = toPage(data[i + 4]!, data[i + 5]!);
      if (cur.length > 1) out.push(cur);
      cur = [end];
      i += 6;
    } else if (op === CLOSE) {
      if (cur.length > 1) {
        cur.push(cur[0]!);
        out.push(cur);
      }
      cur = cur.length ? [cur[0]!] : [];
    } else break;
  }
  if (cur.length > 1) out.push(cur);
  return out;
}

function strokeRules(pts: [number, number][]): Rule[] {
  const out: Rule[] = [];
  for (let k = 1; k < pts.length; k++) {
    const [ax, ay] = pts[k - 1]!;
    const [bx, by] = pts[k]!;
    if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= MIN_RULE) out.push({ dir: 'h', at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= MIN_RULE) out.push({ dir: 'v', at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
  }
  return out;
}

/** A filled axis-aligned rectangle thin in one direction is a line along the other. */
function thinRectangle(pts: [number, number][]): Rule | null {
  if (pts.length < 4 || pts.length > 6) return null;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const axis = pts.every(([x, y], k) => k === 0 || Math.abs(x - pts[k - 1]![0]) < 0.5 || Math.abs(y - pts[k - 1]![1]) < 0.5);
  if (!axis) return null;
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= THIN && w >= MIN_RULE && w > h) return { dir: 'h', at: (y0 + y1) / 2, from: x0, to: x1 };
  if (w <= THIN && h >= MIN_RULE && h > w) return { dir: 'v', at: (x0 + x1) / 2, from: y0, to: y1 };
  return null;
}

function colorOf(args: unknown[] | null): string {
  const a = args?.[0];
  if (typeof a === 'string') return a;
  if (typeof a === 'number') {
    // gray 0..1 or RGB components
    const parts = (args as number[]).map((v) => Math.round((v <= 1 ? v : v / 255) * 255));
    if (parts.length === 1) return `#${parts[0]!.toString(16).padStart(2, '0').repeat(3)}`;
    if (parts.length === 3) return `#${parts.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  }
  return '#000000';
}

function isWhite(color: string): boolean {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return !!m && [m[1], m[2], m[3]].every((h) => parseInt(h!, 16) > 0xf0);
}
