// npm run bench — conversion throughput per format against the reader-library floor,
// scaling from 1 to 2 jobs, and peak memory against the number of files.
// Needs a build (npm install does it). Prints one "bench:" line per figure.
// BENCH_N (documents per format, default 1000), BENCH_MEMORY=0 to skip the 500/5,000 run,
// BENCH_FORMATS=doc,docx to bench only some formats.
// Where taskset(1) exists, one job is also run pinned to one core: on a small machine one job
// already keeps part of a second core busy (V8's concurrent compiler and collector, libuv's
// file-system threads), which a second job cannot also have.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildCorpus, listFiles } from './corpus.mjs';
import { floorTimes } from './floor.mjs';

const ROOT = 'bench/corpus';
const N = Number(process.env.BENCH_N ?? 1000);
mkdirSync(ROOT, { recursive: true });

const HAS_TASKSET = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

function convert(dir, jobs, { oneCore = false } = {}) {
  const out = join('bench/out', `${jobs}`);
  rmSync(out, { recursive: true, force: true });
  const report = join('bench/out', `report-${jobs}.json`);
  const args = ['bin/prikaz.js', 'convert', dir, '-o', out, '--jobs', String(jobs), '-q', '--report', report];
  const r = oneCore ? spawnSync('taskset', ['-c', '0', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`convert failed (${r.status}): ${r.stderr}`);
  const rep = JSON.parse(readFileSync(report, 'utf8'));
  return { seconds: rep.durationMs / 1000, cpuSeconds: rep.cpuMs / 1000, maxRssMiB: rep.maxRssKiB / 1024, cores: rep.cpuMs / rep.durationMs, converted: rep.converted, failed: rep.failed };
}

const line = (name, value, unit = '') => console.log(`bench: ${name} ${value}${unit ? ` ${unit}` : ''}`);
console.log(`# ${new Date().toISOString()} node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${N} documents per format`);

const FORMATS = process.env.BENCH_FORMATS ? process.env.BENCH_FORMATS.split(',') : ['txt', 'docx', 'doc', 'pdf'];

for (const format of FORMATS) {
  const dir = buildCorpus(ROOT, format, N);
  if (!dir) {
    console.log(`# ${format}: no fixtures, skipped`);
    continue;
  }
  const files = listFiles(dir);
  const floorRun = await floorTimes(format, files);
  const floor = floorRun.seconds;
  const one = convert(dir, 1);
  const two = convert(dir, 2);
  const pinned = HAS_TASKSET ? convert(dir, 1, { oneCore: true }) : null;
  if (one.failed) console.log(`# ${format}: ${one.failed} of ${files.length} failed to convert`);
  line(`${format} floor docs/s`, (files.length / floor).toFixed(1));
  line(`${format} jobs=1 docs/s`, (files.length / one.seconds).toFixed(1));
  line(`${format} jobs=2 docs/s`, (files.length / two.seconds).toFixed(1));
  line(`${format} conversion/floor time`, (one.seconds / floor).toFixed(2), `x (target ≤ ${format === 'doc' ? '1.0' : '1.3'})`);
  // CPU time against CPU time: on a machine shared with other work, wall time says more about the others.
  line(`${format} conversion/floor CPU time`, (one.cpuSeconds / floorRun.cpuSeconds).toFixed(2), 'x');
  line(`${format} jobs=2 speed-up`, (one.seconds / two.seconds).toFixed(2), 'x (target ≥ 1.7)');
  line(`${format} cores busy jobs=1/jobs=2`, `${one.cores.toFixed(2)}/${two.cores.toFixed(2)}`);
  if (pinned) {
    line(`${format} jobs=1 on one core docs/s`, (files.length / pinned.seconds).toFixed(1));
    line(`${format} jobs=2 speed-up over one core`, (pinned.seconds / two.seconds).toFixed(2), 'x');
  }
  line(`${format} jobs=2 peak RSS`, two.maxRssMiB.toFixed(0), 'MiB');
}

if (process.env.BENCH_MEMORY !== '0') {
  const small = convert(buildCorpus(ROOT, 'txt', 500), 2);
  const middle = convert(buildCorpus(ROOT, 'txt', 2000), 2);
  const large = convert(buildCorpus(ROOT, 'txt', 5000), 2);
  line('txt 500 files peak RSS', small.maxRssMiB.toFixed(0), 'MiB');
  line('txt 2000 files peak RSS', middle.maxRssMiB.toFixed(0), 'MiB');
  line('txt 5000 files peak RSS', large.maxRssMiB.toFixed(0), 'MiB');
  line('peak RSS 5000/500', (large.maxRssMiB / small.maxRssMiB).toFixed(2), 'x (target ≤ 1.2)');
}
