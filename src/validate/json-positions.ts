import { parsePointer } from './pointer.js';
import type { Position, Range } from './types.js';

/**
 * Where values stand in a JSON text, for the findings a run reports: one tokenizing pass
 * over the text that records only the pointers asked for (and the values on their way),
 * instead of a syntax tree of the whole file. The text has already been read by JSON.parse,
 * so it is well-formed. Ranges are as SourcePositions gives them for YAML: a mapping entry
 * from its key to the end of its value, a list entry as the entry; a pointer that leads
 * nowhere gives the place of the nearest value on its way.
 */
export class JsonPositions {
  private readonly found = new Map<string, { start: number; end: number }>();
  private lineStarts: number[] | null = null;

  constructor(
    readonly text: string,
    wanted: Iterable<string>,
  ) {
    const want = new Set<string>(['']);
    for (const p of wanted) {
      // the pointer and every pointer on its way, so that a missing field falls back to its parent
      const segs = parsePointer(p);
      let at = '';
      for (const s of segs) {
        at += `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        want.add(at);
      }
    }
    this.scan(want);
  }

  rangeOf(pointer: string): Range {
    let segs = parsePointer(pointer);
    for (;;) {
      const p = segs.length ? `/${segs.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}` : '';
      const hit = this.found.get(p);
      if (hit) return this.range(hit.start, hit.end);
      if (!segs.length) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
      segs = segs.slice(0, -1);
    }
  }

  position(offset: number): Position {
    const starts = (this.lineStarts ??= lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  private range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /**
   * One pass, with an explicit stack (a deeply nested file must not overflow the call stack).
   * Each frame is an open object or array: its pointer, whether it is wanted at all (a value
   * under an unwanted one is never wanted), the next index of an array, and where the
   * current entry started (the key of an object entry).
   */
  private scan(want: Set<string>): void {
    const t = this.text;
    interface Frame {
      pointer: string;
      wanted: boolean;
      array: boolean;
      index: number;
    }
    const stack: Frame[] = [];
    let i = skipWs(t, 0);
    // the value about to be read: its pointer and where its entry starts
    let pointer = '';
    let entryStart = i;
    let wanted = true;
    const record = (start: number, end: number) => {
      if (wanted && want.has(pointer)) this.found.set(pointer, { start, end });
    };
    const afterValue = (): void => {
      // after a value: a comma opens the next entry of the frame; a closer ends the frame
      for (;;) {
        i = skipWs(t, i);
        const frame = stack[stack.length - 1];
        if (!frame) return;
        const c = t[i];
        if (c === ',') {
          i = skipWs(t, i + 1);
          if (frame.array) {
            frame.index++;
            beginArrayEntry(frame);
          } else beginObjectEntry(frame);
          return;
        }
        // "}" or "]": the frame's own value ends here
        i++;
        stack.pop();
        const end = i;
        const parentFrame = stack[stack.length - 1];
        pointer = frame.pointer;
        wanted = frame.wanted;
        if (wanted) {
          const start = this.found.get(pointer)?.start ?? end;
          this.found.set(pointer, { start, end });
        }
        if (!parentFrame) return;
      }
    };
    // below a value nobody asked about, no pointer is built: the scan only skips
    const beginArrayEntry = (frame: Frame): void => {
      entryStart = i;
      if (!frame.wanted) {
        wanted = false;
        return;
      }
      pointer = `${frame.pointer}/${frame.index}`;
      wanted = want.has(pointer);
    };
    const beginObjectEntry = (frame: Frame): void => {
      // at a key string
      entryStart = i;
      const keyEnd = endOfString(t, i);
      const key = frame.wanted ? (JSON.parse(t.slice(i, keyEnd)) as string) : null;
      i = skipWs(t, keyEnd);
      i = skipWs(t, i + 1); // the ":"
      if (key === null) {
        wanted = false;
        return;
      }
      pointer = `${frame.pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      wanted = want.has(pointer);
    };

    while (i < t.length) {
      const c = t[i];
      if (c === '{' || c === '[') {
        const frame: Frame = { pointer, wanted, array: c === '[', index: 0 };
        // the start is recorded now and the end when the collection closes
        record(entryStart, entryStart);
        stack.push(frame);
        i = skipWs(t, i + 1);
        if (t[i] === '}' || t[i] === ']') {
          afterValue();
          if (!stack.length) break;
          continue;
        }
        if (frame.array) beginArrayEntry(frame);
        else beginObjectEntry(frame);
        continue;
      }
      // a scalar: a string, a number, true, false or null
      const end = c === '"' ? endOfString(t, i) : endOfScalar(t, i);
      record(entryStart, end);
      i = end;
      afterValue();
      if (!stack.length) break;
    }
  }
}

function skipWs(t: string, i: number): number {
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

/** The offset just past the string that opens at `i` (a '"'). */
function endOfString(t: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = t.indexOf('"', j);
    if (q < 0) return t.length;
    // count the backslashes before the quote: an even number leaves it unescaped
    let b = q - 1;
    while (b > i && t.charCodeAt(b) === 0x5c) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1;
    j = q + 1;
  }
}

function endOfScalar(t: string, i: number): number {
  let j = i;
  while (j < t.length && !/[\s,\]}]/.test(t[j]!)) j++;
  return j;
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}
