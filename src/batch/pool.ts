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
 * Runs tasks on N worker threads (or in this thread when N is 1). The worker is the
 * compiled dist/batch/worker.js, found from the package root so that tests running the
 * TypeScript sources use the same build.
 */
export async function runPool(tasks: ConvertTask[], opts: PoolOptions): Promise<void> {
  const workerFile = fileURLToPath(new URL('../../dist/batch/worker.js', import.meta.url));
  if (opts.jobs <= 1 || tasks.length <= 1 || !existsSync(workerFile)) {
    for (const t of tasks) {
      if (opts.signal?.aborted) return;
      opts.onOutcome(await runTask(t));
    }
    return;
  }
  let next = 0;
  const n = Math.min(opts.jobs, tasks.length);
  await Promise.all(
    Array.from({ length: n }, async () => {
      let worker = new Worker(workerFile);
      try {
        while (next < tasks.length && !opts.signal?.aborted) {
          const task = tasks[next++]!;
          const { outcome, crashed } = await send(worker, task);
          opts.onOutcome(outcome);
          if (crashed) {
            // a crashed worker is gone: the rest of the batch goes on with a new one
            await worker.terminate();
            worker = new Worker(workerFile);
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
