import { chmod, chown, lstat, mkdir, readdir, readlink, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { dirname, join, basename, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { trackTemp, untrackTemp } from '../core/cleanup.js';

export interface WriteOptions {
  /** Files that must never be replaced ("dev:ino"): the run's inputs. */
  protect?: ReadonlySet<string>;
}

/** An output that is one of the inputs: refused before anything is written. */
export class OutputIsInputError extends Error {
  readonly code = 'EINPUT';
  constructor(readonly path: string) {
    super(`${path} is one of the inputs; it is not overwritten`);
  }
}

export const fileId = (s: Stats): string => `${s.dev}:${s.ino}`;

/**
 * Writes a file so that readers see either the old content or the whole new one: a
 * temporary file beside the target, then a rename (atomic within one file system). What is
 * already there is respected, as the shell's `>` does: a symbolic link is followed and its
 * target written; a FIFO, character device or socket is written to as a stream (a rename
 * would replace the node); a regular file keeps its permissions; an input is never replaced.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array, opts: WriteOptions = {}): Promise<void> {
  const dest = await followLinks(target);
  let existing: Stats | null = null;
  try {
    existing = await stat(dest);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (existing && opts.protect?.has(fileId(existing))) throw new OutputIsInputError(target);
  if (existing && (existing.isFIFO() || existing.isCharacterDevice() || existing.isSocket())) {
    await writeFile(dest, content, { flag: 'w' });
    return;
  }
  if (existing?.isDirectory()) throw Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR' });
  const dir = dirname(dest);
  await makeDirs(dir);
  const tmp = join(dir, `.${basename(dest)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  trackTemp(tmp);
  try {
    await writeFile(tmp, content, { flag: 'wx' });
    if (existing) {
      await chmod(tmp, existing.mode & 0o7777); // the file keeps its permissions (600 stays 600)
      if (process.getuid?.() === 0) await chown(tmp, existing.uid, existing.gid).catch(() => undefined);
    }
    await rename(tmp, dest);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  } finally {
    untrackTemp(tmp);
  }
}

/** The path a chain of symbolic links ends at (which need not exist yet: `>` creates it). */
async function followLinks(path: string): Promise<string> {
  let p = path;
  for (let hops = 0; hops < 40; hops++) {
    let s: Stats;
    try {
      s = await lstat(p);
    } catch {
      return p;
    }
    if (!s.isSymbolicLink()) return p;
    p = resolve(dirname(p), await readlink(p));
  }
  throw Object.assign(new Error(`${path}: too many levels of symbolic links`), { code: 'ELOOP' });
}

/**
 * `mkdir -p` that always ends: Node's recursive mkdir loops for ever where the parent
 * exists but refuses new entries with ENOENT (as /proc does). Each missing folder is made
 * once, top down, and any refusal is the error.
 */
export async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  let d = resolve(dir);
  for (;;) {
    try {
      const s = await stat(d);
      if (!s.isDirectory()) throw Object.assign(new Error(`${d} is not a folder`), { code: 'ENOTDIR' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      missing.push(d);
      const up = dirname(d);
      if (up === d) throw e;
      d = up;
    }
  }
  for (const m of missing.reverse()) {
    try {
      await mkdir(m);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && (await stat(m)).isDirectory()) continue;
      throw e;
    }
  }
}

/** ".NAME.PID.HEX.tmp": the temporary files writeFileAtomic makes. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;
/** Writing one output takes milliseconds; a temporary file this old is left over. */
const STALE_MS = 10 * 60 * 1000;
/** Past this even a live process with that id is not the one that wrote it. */
const ABANDONED_MS = 24 * 60 * 60 * 1000;

/**
 * Removes what a run killed before it could rename (SIGKILL, a crash) left in these
 * folders: a temporary file whose process is gone here and that is older than a few
 * minutes (so that a live run on another machine sharing the folder keeps its own).
 * Returns how many were removed.
 */
export async function removeStaleTemps(dirs: Iterable<string>, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TEMP_NAME.exec(name);
      if (!m) continue;
      const path = join(dir, name);
      try {
        const s = await lstat(path);
        const age = now - s.mtimeMs;
        if (!s.isFile() || age < STALE_MS || (age < ABANDONED_MS && processAlive(Number(m[1])))) continue;
        await rm(path, { force: true });
        removed++;
      } catch {
        // gone meanwhile
      }
    }
  }
  return removed;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
