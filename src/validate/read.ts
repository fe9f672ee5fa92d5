import { Buffer, isUtf8 } from 'node:buffer';
import { open, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import type { RawFinding } from './types.js';
import { isPipeName, readRoadmapPipe } from './read-stream.js';

/**
 * The size limit of a roadmap file, for every verb that reads one (validate, diff, export;
 * `--max-size MB`): past it a file is refused unread. A usual roadmap is well under 1 MB; the
 * default admits what `convert` writes for a plan of 100,000 activities (about 120 MB of JSON).
 */
export const DEFAULT_MAX_MB = 256;
export const DEFAULT_MAX_BYTES = DEFAULT_MAX_MB * 1024 * 1024;

/** `--max-size MB` as bytes; undefined means the default. */
export function parseMaxSize(value: string | number | undefined): { ok: true; bytes: number } | { ok: false; message: string } {
  if (value === undefined) return { ok: true, bytes: DEFAULT_MAX_BYTES };
  const mb = Number(value);
  if (String(value).trim() === '' || !Number.isFinite(mb) || mb <= 0) return { ok: false, message: `--max-size takes a number of megabytes, not "${String(value)}"` };
  return { ok: true, bytes: Math.floor(mb * 1024 * 1024) };
}

export type ReadResult = { ok: true; text: string } | { ok: false; finding: RawFinding; io: boolean };

/**
 * Reads a file as UTF-8 text, refusing what cannot be a roadmap before parsing it: a file
 * over the size limit (not even read), a binary file (NUL bytes or invalid UTF-8).
 * `io` tells a missing or unreadable file (exit code 2) from a file with bad content.
 */
/** A roadmap refused for its size: the one finding every reader of roadmaps gives. */
export function tooLarge(message: string, hint: string): ReadResult {
  return { ok: false, io: false, finding: { ruleId: 'input/too-large', severity: 'error', path: '', message, hint } };
}

export async function readRoadmapText(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) return ioFailure('it is a folder, not a file');
    if ((s.isFIFO() || s.isSocket()) && isPipeName(path)) return readRoadmapPipe(path, maxBytes);
    if (!s.isFile()) return ioFailure('it is not a regular file (a FIFO, device or socket); it is not read');
    size = s.size;
  } catch (e) {
    return ioFailure(describeIoError(e));
  }
  if (size > maxBytes) {
    return tooLarge(`the file is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit, and was not read`, `if this file is genuine, raise the limit with --max-size ${Math.ceil(size / 1024 / 1024) + 1}`);
  }
  let bytes: Buffer;
  try {
    // read at most limit+1 bytes even if the file grew after stat
    // without blocking: a FIFO put in its place after the check above would wait for ever
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!(await handle.stat()).isFile()) return ioFailure('it is not a regular file (a FIFO, device or socket); it is not read');
      const buf = Buffer.alloc(Math.min(size, maxBytes) + 1);
      let n = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buf, n, buf.length - n, n);
        if (bytesRead === 0) break;
        n += bytesRead;
        if (n === buf.length) break;
      }
      bytes = buf.subarray(0, n);
    } finally {
      await handle.close();
    }
  } catch (e) {
    return ioFailure(describeIoError(e));
  }
  if (bytes.length > maxBytes) return readRoadmapText(path, maxBytes); // grew meanwhile: stat again
  return decodeRoadmapBytes(bytes);
}

export function decodeRoadmapBytes(bytes: Uint8Array): ReadResult {
  if (bytes.subarray(0, 8192).includes(0)) {
    return binary('it holds NUL bytes: a binary file (or UTF-16 text), not YAML or JSON');
  }
  // isUtf8 checks a big file many times faster than a fatal TextDecoder
  if (!isUtf8(bytes)) return binary('it is not UTF-8 text');
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

function binary(message: string): ReadResult {
  return {
    ok: false,
    io: false,
    finding: {
      ruleId: 'input/binary',
      severity: 'error',
      path: '',
      message,
      hint: 'pass roadmap files written by `prikaz convert` (.roadmap.yaml or .roadmap.json)',
    },
  };
}

function ioFailure(message: string): ReadResult {
  return { ok: false, io: true, finding: { ruleId: 'io/read', severity: 'error', path: '', message } };
}

export function describeIoError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    default:
      return `cannot be read (${code ?? (e instanceof Error ? e.message : String(e))})`;
  }
}

function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}
