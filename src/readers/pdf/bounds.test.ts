import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkInflatedSize } from './bounds.js';

/** The bytes of a PDF-like file with one Flate stream of `content`. */
function withStream(content: Buffer): Uint8Array {
  const data = deflateSync(content);
  return new Uint8Array(Buffer.concat([Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, Buffer.from('\nendstream\nendobj\n%%EOF\n')]));
}

describe('checkInflatedSize', () => {
  it('refuses streams that inflate past the limit', () => {
    const d = checkInflatedSize(withStream(Buffer.alloc(2 ** 20, 32)), 'bomb.pdf', 2 ** 19);
    expect(d?.code).toBe('input/too-large');
  });

  it('inflates a stream that could pass the limit, and passes it when it does not', () => {
    // 64 KB of spaces deflate to about 100 bytes: at Deflate's largest ratio that could be 100 KB
    expect(checkInflatedSize(withStream(Buffer.alloc(2 ** 16, 32)), 'ok.pdf', 80 * 2 ** 10)).toBeNull();
    expect(checkInflatedSize(withStream(Buffer.alloc(2 ** 16, 32)), 'big.pdf', 60 * 2 ** 10)?.code).toBe('input/too-large');
  });

  it('passes streams too small to reach the limit whatever they hold', () => {
    expect(checkInflatedSize(withStream(Buffer.from('BT /F1 12 Tf (x) Tj ET')), 'small.pdf', 2 ** 20)).toBeNull();
  });
});
