import { rmSync } from 'node:fs';
import { isMainThread, parentPort } from 'node:worker_threads';

/**
 * What a run must undo if it is stopped at once (a second Ctrl-C, SIGTERM, a file past its
 * time limit): temporary files and folders not yet renamed or removed, and child processes
 * (LibreOffice) still running. A worker thread cannot clean up after itself when it is
 * terminated, so it tells the main thread what it holds, and the main thread cleans.
 */
export interface CleanupMessage {
  kind: 'cleanup';
  op: 'add' | 'remove';
  what: 'temp' | 'child';
  value: string;
}

export class CleanupSet {
  readonly temps = new Set<string>();
  /** Process ids, each the leader of its own process group. */
  readonly children = new Set<number>();

  apply(m: CleanupMessage): void {
    if (m.what === 'temp') {
      if (m.op === 'add') this.temps.add(m.value);
      else this.temps.delete(m.value);
    } else if (m.op === 'add') this.children.add(Number(m.value));
    else this.children.delete(Number(m.value));
  }

  /** Synchronous, so that it can run just before the process exits. */
  clean(): void {
    for (const pid of this.children) {
      try {
        process.kill(-pid, 'SIGKILL'); // the whole group: soffice starts soffice.bin
      } catch {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    this.children.clear();
    for (const path of this.temps) rmSync(path, { recursive: true, force: true });
    this.temps.clear();
  }
}

/** This thread's own set (the main thread's), and those of the live worker threads. */
const own = new CleanupSet();
const workers = new Set<CleanupSet>();

export function isCleanupMessage(m: unknown): m is CleanupMessage {
  return typeof m === 'object' && m !== null && (m as { kind?: unknown }).kind === 'cleanup';
}

function tell(op: CleanupMessage['op'], what: CleanupMessage['what'], value: string | number): void {
  const m: CleanupMessage = { kind: 'cleanup', op, what, value: String(value) };
  if (!isMainThread && parentPort) parentPort.postMessage(m);
  else own.apply(m);
}

/** A temporary file or folder to remove if the run is stopped before this code removes it. */
export const trackTemp = (path: string): void => tell('add', 'temp', path);
export const untrackTemp = (path: string): void => tell('remove', 'temp', path);
/** A child process (started as a group leader) to kill with the run. */
export const trackChild = (pid: number): void => tell('add', 'child', pid);
export const untrackChild = (pid: number): void => tell('remove', 'child', pid);

/** The pool keeps one set per worker thread while it lives. */
export function workerCleanupSet(): { set: CleanupSet; release: () => void } {
  const set = new CleanupSet();
  workers.add(set);
  return { set, release: () => workers.delete(set) };
}

/** Everything the run holds, removed and killed now. */
export function cleanAll(): void {
  own.clean();
  for (const s of workers) s.clean();
}
