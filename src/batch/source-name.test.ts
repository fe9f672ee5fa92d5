import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from './inputs.js';
import { runTask } from './task.js';

describe('the source name a batch records', () => {
  it('is the path below the inputs\' common folder for absolute inputs: same names in different folders stay apart', async () => {
    const d = mkdtempSync(join(tmpdir(), 'prikaz-source-name-'));
    for (const y of ['2021', '2022']) {
      mkdirSync(join(d, 'orders', y), { recursive: true });
      writeFileSync(join(d, 'orders', y, 'x.txt'), 'x');
    }
    const r = await expandInputs([join(d, 'orders')]);
    expect(r.files.map((f) => f.sourceName)).toEqual(['2021/x.txt', '2022/x.txt']);
    const one = await expandInputs([join(d, 'orders', '2021', 'x.txt')]);
    expect(one.files.map((f) => f.sourceName)).toEqual(['x.txt']);
  });

  it('is the path as given when it is relative and stays below the working folder', async () => {
    const r = await expandInputs(['fixtures/txt/002_d8146b65e7b6d256.txt', './fixtures/txt/000_72fc9603205c0c49.txt']);
    expect(r.files.map((f) => f.sourceName)).toEqual(['fixtures/txt/002_d8146b65e7b6d256.txt', 'fixtures/txt/000_72fc9603205c0c49.txt']);
  });

  it('reaches the roadmap', async () => {
    const out = await runTask({ id: 0, input: 'fixtures/txt/002_d8146b65e7b6d256.txt', sourceName: 'orders/2021/x.txt', output: null, format: 'json', skipUnchanged: false });
    expect(JSON.parse(out.text!).source.file).toBe('orders/2021/x.txt');
  });
});
