import { open } from 'node:fs/promises';
import { constants, type Stats } from 'node:fs';

export type InputRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; why: 'too-large'; size: number }
  | { ok: false; why: 'not-a-file'; kind: string }
  | { ok: false; why: 'io'; code: string };

/**
 * Reads a regular file, at most `maxBytes` of it. Opened without blocking (a FIFO would
 * wait for a writer for ever) and checked on the open descriptor, so a link to /dev/zero,
 * a FIFO or a device is refused, not read; the limit holds while reading, so a file that
 * grows (or lies about its size) is stopped at the limit, not after it has filled memory.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<InputRead> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    return { ok: false, why: 'io', code: (e as NodeJS.ErrnoException).code ?? 'error' };
  }
  try {
    const s = await handle.stat();
    if (!s.isFile()) return { ok: false, why: 'not-a-file', kind: kindOf(s) };
    if (s.size > maxBytes) return { ok: false, why: 'too-large', size: s.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(Math.max(s.size - total, 0) + 1, maxBytes + 1 - total, 1 << 20) || 1);
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return { ok: false, why: 'too-large', size: total };
      chunks.push(buf.subarray(0, bytesRead));
    }
    return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } catch (e) {
    return { ok: false, why: 'io', code: (e as NodeJS.ErrnoException).code ?? 'error' };
  } finally {
    await handle.close();
  }
}

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}
