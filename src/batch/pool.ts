import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runTask, type ConvertTask, type TaskOutcome } from './task.js';

export interface PoolOptions {
  jobs: number;
  /** Called as each task finishes, in the order they finish. */
  onOutcome: (outcome: TaskOutcome) => void;
  /** Set to stop handing out tasks (Ctrl-C); tasks under way finish. */
  signal?: AbortSignal;
}

/**
 * The young generation each worker's heap gets. Conversion allocates many short-lived
 * strings and nodes per file (zip entries, XML, mammoth's tree, pdf.js text runs); with
 * V8's default (16 MB semi-spaces) they are copied by scavenges over and over, and the
 * collector's helper threads compete with the other worker for the cores. 64 MB
 * semi-spaces (V8 sizes the young generation at three of them) made .docx conversion
 * 1.4× faster in one thread and lifted 2 jobs from 1.35× to 1.67× one job, for ≈ 70 MB
 * more RSS per worker (bench/RESULTS.md).
 */
export const WORKER_YOUNG_GENERATION_MB = 3 * 64;

/**
 * Runs tasks on N worker threads; a batch of one file runs in this thread. One job is
 * still a worker, so that it gets the same heap as each of N. The worker is the compiled
 * dist/batch/worker.js, found from the package root so that tests running the TypeScript
 * sources use the same build.
 */
export async function runPool(tasks: ConvertTask[], opts: PoolOptions): Promise<void> {
  const workerFile = fileURLToPath(new URL('../../dist/batch/worker.js', import.meta.url));
  if (tasks.length <= 1 || !existsSync(workerFile)) {
    for (const t of tasks) {
      if (opts.signal?.aborted) return;
      opts.onOutcome(await runTask(t));
    }
    return;
  }
  let next = 0;
  const n = Math.max(1, Math.min(opts.jobs, tasks.length));
  const start = (): Worker => new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
  await Promise.all(
    Array.from({ length: n }, async () => {
      let worker = start();
      try {
        while (next < tasks.length && !opts.signal?.aborted) {
          const task = tasks[next++]!;
          const { outcome, crashed } = await send(worker, task);
          opts.onOutcome(outcome);
          if (crashed) {
            // a crashed worker is gone: the rest of the batch goes on with a new one
            await worker.terminate();
            worker = start();
          }
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
}

function send(worker: Worker, task: ConvertTask): Promise<{ outcome: TaskOutcome; crashed: boolean }> {
  return new Promise((resolve) => {
    const done = (outcome: TaskOutcome): void => {
      worker.off('error', failed);
      resolve({ outcome, crashed: false });
    };
    const failed = (e: Error): void => {
      worker.off('message', done);
      resolve({
        outcome: { id: task.id, input: task.input, output: task.output, status: 'internal-error', diagnostics: [], reason: `worker crashed: ${e.message}` },
        crashed: true,
      });
    };
    worker.once('message', done);
    worker.once('error', failed);
    worker.postMessage(task);
  });
}
