#!/usr/bin/env node
// Benchmark for `prikaz validate`: one call over 1,000 roadmap files against starting the
// process once per file. Runs against dist/ (npm run build first).
//
//   node bench/validate.mjs            # 1,000 files, 20 separate starts
//   BENCH_FILES=200 BENCH_STARTS=10 node bench/validate.mjs
//
// The 1,000 files are copies of the roadmaps `prikaz convert` writes for the five seeds in
// fixtures/txt, in a temporary folder that is removed afterwards. The one-process figure is
// the median of three runs; the per-file figure is measured on BENCH_STARTS single-file
// runs and extrapolated to all files.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'prikaz.js');
const FILES = Number(process.env.BENCH_FILES ?? 1000);
const STARTS = Number(process.env.BENCH_STARTS ?? 20);
const RUNS = 3;

if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench/validate.mjs runs against dist/: run `npm run build` first');
  process.exit(2);
}

function prikaz(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) {
    console.error(`prikaz ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
    process.exit(1);
  }
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

const work = mkdtempSync(join(tmpdir(), 'prikaz-bench-validate-'));
try {
  const seedsIn = join(root, 'fixtures', 'txt');
  const seeds = readdirSync(seedsIn).filter((f) => f.endsWith('.txt')).map((f) => join(seedsIn, f));
  const converted = join(work, 'seeds');
  prikaz(['convert', ...seeds, '-o', converted, '-q']);
  const roadmaps = readdirSync(converted).filter((f) => f.endsWith('.roadmap.yaml')).sort();
  if (roadmaps.length === 0) throw new Error('convert wrote no roadmap');

  const dir = join(work, 'many');
  mkdirSync(dir);
  let bytes = 0;
  const files = [];
  for (let i = 0; i < FILES; i++) {
    const seed = roadmaps[i % roadmaps.length];
    const target = join(dir, `${String(i).padStart(4, '0')}_${seed}`);
    copyFileSync(join(converted, seed), target);
    bytes += statSync(target).size;
    files.push(target);
  }

  // one process for all files (JSON output, so that the findings can be counted)
  const runs = [];
  let last;
  for (let r = 0; r < RUNS; r++) {
    last = prikaz(['validate', dir, '--format', 'json']);
    runs.push(last.ms);
  }
  const findings = JSON.parse(last.stdout).length;
  const one = median(runs);

  // one process per file, on a sample, extrapolated
  const single = [];
  for (let i = 0; i < STARTS; i++) single.push(prikaz(['validate', files[Math.floor((i * files.length) / STARTS)]]).ms);
  const perStart = single.reduce((a, b) => a + b, 0) / single.length;
  const extrapolated = perStart * FILES;

  console.log(`input: ${FILES} roadmap files (${roadmaps.length} seeds, ${(bytes / FILES / 1024).toFixed(0)} KB on average, ${(bytes / 1024 / 1024).toFixed(0)} MB in all); node ${process.version}`);
  console.log(`one call, all ${FILES} files: ${fmt(one)} (median of ${RUNS}; ${(one / FILES).toFixed(1)} ms a file; ${findings} findings)`);
  console.log(`one call per file: ${fmt(perStart)} a call (mean of ${STARTS}) → ${FILES} calls ≈ ${fmt(extrapolated)}`);
  console.log(`one call is ${(extrapolated / one).toFixed(0)}× faster than ${FILES} calls`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
