import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ConvertTask, TaskOutcome } from './task.js';
import { isCleanupMessage, workerCleanupSet } from '../core/cleanup.js';

export interface PoolOptions {
  jobs: number;
  /** Called as each task finishes, in the order they finish. */
  onOutcome: (outcome: TaskOutcome) => void;
  /** Set to stop handing out tasks (Ctrl-C); tasks under way finish. */
  signal?: AbortSignal;
  /** The worker script; the compiled dist/batch/worker.js unless a test brings its own. */
  workerFile?: string;
  /**
   * Milliseconds a file may take once handed to a worker; past it the worker is stopped
   * (with the processes it started), the file fails, and a new worker goes on. 0: no limit.
   */
  timeoutMs?: number;
}

/** The default per-file time limit: a real order takes well under ten seconds. */
export const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * Tasks each worker holds at once. With one, a worker's core idles while the file it just
 * converted is written (mkdir, write, rename on libuv's thread pool) and while the next
 * task travels from this thread; with two, it converts the next file meanwhile. On 5,000
 * text files: 1 job 23.9 → 20.3 s, 2 jobs 16.6 → 14.3 s (the two cores 78 → 90 % busy).
 */
export const TASKS_PER_WORKER = 2;

const DEFAULT_WORKER = fileURLToPath(new URL('../../dist/batch/worker.js', import.meta.url));

/**
 * Runs tasks on N worker threads. One job, even one file, is still a worker, so that the
 * main thread stays free for the progress bar and Ctrl-C, and a file that never ends can
 * be stopped (a thread cannot stop its own loop).
 * The worker is the compiled dist/batch/worker.js, found from the package root so that
 * tests running the TypeScript sources use the same build.
 *
 * A worker that crashes takes its tasks with it. They become suspects: each is tried again
 * alone in a worker, and one that crashes its worker alone is reported as crashed, so a
 * file that kills its worker fails by itself and the batch goes on.
 */
export async function runPool(tasks: ConvertTask[], opts: PoolOptions): Promise<void> {
  const workerFile = opts.workerFile ?? DEFAULT_WORKER;
  if (!existsSync(workerFile)) {
    // no compiled worker (the TypeScript sources run directly): convert in this thread
    const { runTask } = await import('./task.js');
    for (const t of tasks) {
      if (opts.signal?.aborted) return;
      opts.onOutcome(await runTask(t));
    }
    return;
  }
  const work: Work = { queue: [...tasks], suspects: [] };
  const n = Math.max(1, Math.min(opts.jobs, tasks.length));
  await Promise.all(Array.from({ length: n }, () => runWorker(workerFile, work, opts)));
}

interface Work {
  queue: ConvertTask[];
  /** Tasks that were in a worker when it crashed: each runs again alone. */
  suspects: ConvertTask[];
}

/** One worker slot: keeps up to TASKS_PER_WORKER tasks in flight (a suspect alone) until no work is left. */
function runWorker(workerFile: string, work: Work, opts: PoolOptions): Promise<void> {
  return new Promise((resolve) => {
    const inFlight = new Map<number, ConvertTask>();
    const timers = new Map<number, NodeJS.Timeout>();
    let suspectInFlight = false;
    let current: Worker | null = null;
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;

    const settle = (id: number): boolean => {
      clearTimeout(timers.get(id));
      timers.delete(id);
      return inFlight.delete(id);
    };
    const arm = (w: Worker, task: ConvertTask): void => {
      clearTimeout(timers.get(task.id));
      if (timeoutMs > 0) timers.set(task.id, setTimeout(() => timedOut(w, task), timeoutMs));
    };
    const send = (w: Worker, task: ConvertTask): void => {
      inFlight.set(task.id, task);
      arm(w, task);
      w.postMessage(task);
    };
    /** The file past its limit fails; the worker goes, with what it started; the others it held run again. */
    let timedOut: (w: Worker, task: ConvertTask) => void = () => undefined;
    const fill = (w: Worker): void => {
      if (!opts.signal?.aborted && !suspectInFlight) {
        if (inFlight.size === 0 && work.suspects.length > 0) {
          suspectInFlight = true;
          send(w, work.suspects.shift()!);
        }
        while (!suspectInFlight && inFlight.size < TASKS_PER_WORKER && work.queue.length > 0) send(w, work.queue.shift()!);
      }
      if (inFlight.size === 0) {
        current = null; // its exit is the end of the slot, not a crash
        void w.terminate().then(() => resolve());
      }
    };

    const start = (): void => {
      const w = new Worker(workerFile);
      const held = workerCleanupSet();
      current = w;
      let gone = false;
      const retire = (): void => {
        gone = true;
        for (const id of [...inFlight.keys()]) settle(id);
        held.set.clean();
        held.release();
        void w.terminate();
      };
      timedOut = (tw, task) => {
        if (tw !== w || gone || !inFlight.has(task.id)) return;
        const others = [...inFlight.values()].filter((t) => t.id !== task.id);
        retire();
        suspectInFlight = false;
        work.queue.unshift(...others);
        const seconds = Math.round(timeoutMs / 1000);
        opts.onOutcome({
          id: task.id,
          input: task.input,
          output: task.output,
          status: 'failed',
          diagnostics: [{ severity: 'error', code: 'input/timeout', message: `not converted within ${seconds} s; stopped`, location: { file: task.input }, hint: 'raise the limit with --timeout SECONDS if the file is genuine' }],
          reason: `input/timeout: not converted within ${seconds} s`,
        });
        start();
      };
      const crashed = (why: string): void => {
        if (gone) return;
        const lost = [...inFlight.values()];
        retire();
        if (suspectInFlight) {
          // it crashed its worker alone: this file is the cause
          for (const task of lost) {
            opts.onOutcome({ id: task.id, input: task.input, output: task.output, status: 'internal-error', diagnostics: [], reason: `worker crashed: ${why}` });
          }
        } else work.suspects.push(...lost);
        suspectInFlight = false;
        start();
      };
      w.on('message', (m: TaskOutcome | unknown) => {
        if (isCleanupMessage(m)) {
          held.set.apply(m);
          return;
        }
        const outcome = m as TaskOutcome;
        if (gone || !settle(outcome.id)) return;
        // the task that waited behind this one (a conversion holds the thread) gets its full time from now
        for (const t of inFlight.values()) arm(w, t);
        suspectInFlight = false;
        opts.onOutcome(outcome);
        fill(w);
      });
      w.once('error', (e: Error) => crashed(e.message));
      // a worker that exits on its own (process.exit in a library) would leave its tasks waiting forever
      w.once('exit', (code) => {
        if (current === w && inFlight.size > 0) crashed(`exited with code ${code}`);
        else if (!gone) {
          held.set.clean();
          held.release();
        }
      });
      fill(w);
    };

    start();
  });
}
