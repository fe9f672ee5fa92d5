import { describe, expect, it } from 'vitest';
import { SameThreadPort } from './port.js';

const SHOW_TEXT = 44;

/** Posts one message and resolves with what a listener receives. */
async function deliver(port: SameThreadPort, message: unknown, transfer?: Transferable[], after?: () => void): Promise<unknown> {
  const got = new Promise<unknown>((resolve) => port.addEventListener('message', (e) => resolve(e.data)));
  port.postMessage(message, transfer);
  after?.();
  return got;
}

describe('SameThreadPort', () => {
  it('delivers a copy of a plain message, not the object the sender goes on changing', async () => {
    const message = { sourceName: 'a', targetName: 'b', stream: 6, streamId: 3, data: { n: [1, 2] } };
    const got = await deliver(new SameThreadPort(new Set()), message, undefined, () => {
      message.streamId = 99;
      message.data.n.push(3);
    });
    expect(got).toEqual({ sourceName: 'a', targetName: 'b', stream: 6, streamId: 3, data: { n: [1, 2] } });
  });

  it("hands an operator-list chunk over with its ops intact after the worker empties its arrays, and the glyphs dropped", async () => {
    const fnArray = [1, SHOW_TEXT, 2];
    const argsArray: unknown[] = [[1], [[{ unicode: 'a' }]], ['x']];
    const got = (await deliver(new SameThreadPort(new Set([SHOW_TEXT])), { stream: 4, streamId: 1, chunk: { fnArray, argsArray, lastChunk: false, length: 3 } }, undefined, () => {
      fnArray.length = 0;
      argsArray.length = 0;
    })) as { chunk: { fnArray: number[]; argsArray: unknown[]; length: number } };
    expect(got.chunk.fnArray).toEqual([1, SHOW_TEXT, 2]);
    expect(got.chunk.argsArray).toEqual([[1], null, ['x']]);
    expect(got.chunk.length).toBe(3);
  });

  it('hands a text chunk over with its items, though the worker then starts a new list', async () => {
    const textContent = { items: [{ str: 'Приказ', transform: [1, 0, 0, 1, 10, 20] }], styles: { f1: { ascent: 0.8 } } };
    const got = (await deliver(new SameThreadPort(new Set()), { stream: 4, streamId: 2, chunk: textContent }, undefined, () => {
      textContent.items = [];
      textContent.styles = {} as typeof textContent.styles;
    })) as { chunk: typeof textContent };
    expect(got.chunk.items.map((i) => i.str)).toEqual(['Приказ']);
    expect(got.chunk.styles.f1?.ascent).toBe(0.8);
  });

  it('clones what is not plain data, and transfers what it is told to', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const got = (await deliver(new SameThreadPort(new Set()), { action: 'GetDocRequest', data: bytes }, [bytes.buffer])) as { data: Uint8Array };
    expect([...got.data]).toEqual([1, 2, 3]);
    expect(bytes.byteLength).toBe(0);
  });

  it('stops delivering to a listener whose signal is aborted', async () => {
    const port = new SameThreadPort(new Set());
    const ac = new AbortController();
    const seen: unknown[] = [];
    port.addEventListener('message', (e) => seen.push(e.data), { signal: ac.signal });
    ac.abort();
    await deliver(port, { n: 1 });
    expect(seen).toEqual([]);
  });
});
