/**
 * The channel between pdf.js's document side and its worker side, which under Node run in
 * this thread (pdf.js's "fake worker"). pdf.js's own port for that deep-copies every message
 * (structuredClone), as a real worker's would: about a tenth of reading a PDF, nearly all of
 * it operator-list chunks — whose text operators carry an array of glyph objects per string,
 * which nothing here reads — and text-content chunks. This port hands those two kinds of
 * chunk over without copying what the worker no longer touches once it has sent them:
 *
 *  - an operator-list chunk: the worker empties its op arrays after sending, so they are
 *    copied (one level), each op's arguments shared; a text-showing op's glyphs are dropped
 *    (null), which only drawing reads;
 *  - a text-content chunk: the worker replaces its item list and styles after sending, never
 *    changes them, so the chunk object is copied and the items shared.
 *
 * Buffers listed to transfer are left attached: in a real worker they would be gone, so the
 * worker never uses them again. Every other message is cloned as pdf.js's port does, and all
 * are delivered the same way (each on a microtask, to the listeners of the moment).
 */

type Listener = (event: { data: unknown }) => void;

/** pdf.js's stream message kind for a chunk (StreamKind.ENQUEUE in its message handler). */
const ENQUEUE = 4;

export class SameThreadPort {
  readonly #listeners = new Map<Listener, (() => void) | null>();
  readonly #textOps: ReadonlySet<number>;

  /** `textOps`: the operators whose arguments are glyphs (pdf.js's OPS.showText and kin). */
  constructor(textOps: ReadonlySet<number>) {
    this.#textOps = textOps;
  }

  postMessage(message: unknown, transfer?: Transferable[]): void {
    const event = { data: this.#handOver(message, transfer) };
    void Promise.resolve().then(() => {
      for (const [listener] of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal }): void {
    const signal = options?.signal;
    let off: (() => void) | null = null;
    if (signal) {
      if (signal.aborted) return;
      const onAbort = (): void => this.removeEventListener(_type, listener);
      signal.addEventListener('abort', onAbort);
      off = () => signal.removeEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, off);
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const off of this.#listeners.values()) off?.();
    this.#listeners.clear();
  }

  #handOver(message: unknown, transfer?: Transferable[]): unknown {
    const m = message as { stream?: unknown; chunk?: unknown } | null;
    if (m && m.stream === ENQUEUE && m.chunk && typeof m.chunk === 'object') {
      const chunk = m.chunk as { fnArray?: unknown; argsArray?: unknown; items?: unknown; styles?: unknown };
      if (Array.isArray(chunk.fnArray) && Array.isArray(chunk.argsArray)) {
        const fnArray = chunk.fnArray.slice() as unknown[];
        const argsArray = (chunk.argsArray as unknown[]).map((args, i) => (this.#textOps.has(fnArray[i] as number) ? null : args));
        return { ...m, chunk: { ...chunk, fnArray, argsArray } };
      }
      if (Array.isArray(chunk.items) && chunk.styles && typeof chunk.styles === 'object') return { ...m, chunk: { ...chunk } };
    }
    if (!transfer?.length) {
      const copy = plainCopy(message, 0);
      if (copy !== NOT_PLAIN) return copy;
    }
    return structuredClone(message, transfer ? { transfer } : undefined);
  }
}

const NOT_PLAIN = Symbol('not plain data');

/**
 * A copy of small JSON-like data (plain objects, short arrays, primitives), which is what
 * structuredClone would give for it at a fraction of the cost: most messages are a stream's
 * "pull" and its answer, a few numbers each, and structuredClone costs tens of microseconds
 * a call whatever the size. Anything else (typed arrays, errors, long arrays, deep nesting)
 * is NOT_PLAIN and goes to structuredClone.
 */
function plainCopy(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? NOT_PLAIN : value;
  if (depth > 4) return NOT_PLAIN;
  if (Array.isArray(value)) {
    if (value.length > 32 || Object.getPrototypeOf(value) !== Array.prototype) return NOT_PLAIN;
    const out: unknown[] = [];
    for (const item of value as unknown[]) {
      const copy = plainCopy(item, depth + 1);
      if (copy === NOT_PLAIN) return NOT_PLAIN;
      out.push(copy);
    }
    return out;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__') return NOT_PLAIN;
    const copy = plainCopy((value as Record<string, unknown>)[key], depth + 1);
    if (copy === NOT_PLAIN) return NOT_PLAIN;
    out[key] = copy;
  }
  return out;
}
