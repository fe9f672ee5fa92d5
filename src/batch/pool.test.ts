import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPool, TASKS_PER_WORKER } from './pool.js';
import type { ConvertTask, TaskOutcome } from './task.js';

// A stand-in worker: "converts" a task by echoing it, and dies on inputs that ask it to,
// by an uncaught error or by process.exit, after a moment (so other tasks are in flight).
const WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (task) => {
  setTimeout(() => {
    if (task.input.includes('throw')) throw new Error('boom');
    if (task.input.includes('exit')) process.exit(7);
    if (task.input.includes('hang')) for (;;); // a loop only stopping the thread ends
    parentPort.postMessage({ id: task.id, input: task.input, output: task.output, status: 'converted', diagnostics: [] });
  }, 5);
});
`;

function workerFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'prikaz-pool-')), 'worker.mjs');
  writeFileSync(file, WORKER);
  return file;
}

const tasks = (inputs: string[]): ConvertTask[] => inputs.map((input, id) => ({ id, input, output: null, format: 'yaml', skipUnchanged: false }));

async function run(inputs: string[], jobs: number, timeoutMs?: number): Promise<TaskOutcome[]> {
  const outcomes: TaskOutcome[] = [];
  await runPool(tasks(inputs), { jobs, workerFile: workerFile(), onOutcome: (o) => outcomes.push(o), ...(timeoutMs ? { timeoutMs } : {}) });
  return outcomes.sort((a, b) => a.id - b.id);
}

describe('worker pool', () => {
  it(`keeps ${TASKS_PER_WORKER} tasks per worker and reports each task once`, async () => {
    const inputs = Array.from({ length: 25 }, (_, i) => `f${i}.txt`);
    for (const jobs of [1, 2, 3]) {
      const out = await run(inputs, jobs);
      expect(out.map((o) => [o.input, o.status])).toEqual(inputs.map((i) => [i, 'converted']));
    }
  });

  it.each([
    ['throws', 'boom'],
    ['exits', 'exited with code 7'],
  ])('a file whose worker %s fails alone; the tasks it took down are retried and the batch goes on', async (how, why) => {
    const bad = how === 'throws' ? 'throw.txt' : 'exit.txt';
    const inputs = ['a.txt', 'b.txt', bad, 'c.txt', 'd.txt', 'e.txt', 'f.txt'];
    const out = await run(inputs, 2);
    expect(out.map((o) => o.input)).toEqual(inputs);
    expect(out.filter((o) => o.status !== 'converted')).toEqual([
      { id: 2, input: bad, output: null, status: 'internal-error', diagnostics: [], reason: `worker crashed: ${why}` },
    ]);
  });

  it('a file past the time limit fails alone; its worker is replaced and the tasks it held run again', async () => {
    const inputs = ['a.txt', 'hang.txt', 'b.txt', 'c.txt', 'd.txt'];
    for (const jobs of [1, 2]) {
      const out = await run(inputs, jobs, 1000);
      expect(out.map((o) => [o.input, o.status])).toEqual(inputs.map((i) => [i, i === 'hang.txt' ? 'failed' : 'converted']));
      expect(out[1]!.diagnostics.map((d) => d.code)).toEqual(['input/timeout']);
    }
  });

  it('runs a single file in a worker too, so that it can be stopped', async () => {
    const out = await run(['hang.txt'], 1, 1000);
    expect(out.map((o) => o.status)).toEqual(['failed']);
  });
});
