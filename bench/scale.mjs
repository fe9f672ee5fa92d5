// npm run bench:scale — how the verbs scale with the size of a plan and the number of files.
// Plans of SCALE_SIZES activities (default 1000,10000,50000) are made by replicating a fixture's
// rows (bench/plan.mjs); each verb runs once per size in a process of its own, timed with its peak
// memory by /usr/bin/time. Prints one "scale:" line per case and size, then the growth exponent
// between consecutive sizes (time ∝ size^k: k = 1 is linear; the goal is k ≤ 1.15).
// SCALE_BIN: the prikaz to run (default bin/prikaz.js; point it at another build to compare).
// SCALE_FILES: file counts for the many-files validate (default 100,1000,5000).
// SCALE_PDF_SIZES: sizes printed to PDF with LibreOffice (default 1000; slow, and skipped without soffice).
// SCALE_DIR: the scratch folder (default bench/scale-work, removed at the end).
// SCALE_TIMEOUT: seconds a case may take before it is stopped and reported as such (default 600).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { planDocx, planTxt } from './plan.mjs';

const BIN = resolve(process.env.SCALE_BIN ?? 'bin/prikaz.js');
const SIZES = (process.env.SCALE_SIZES ?? '1000,10000,50000').split(',').map(Number);
const FILES = (process.env.SCALE_FILES ?? '100,1000,5000').split(',').map(Number);
const PDF_SIZES = (process.env.SCALE_PDF_SIZES ?? '1000').split(',').filter(Boolean).map(Number);
const TIMEOUT = Number(process.env.SCALE_TIMEOUT ?? 600) * 1000;
const DIR = resolve(process.env.SCALE_DIR ?? 'bench/scale-work');
const HAS_TIME = existsSync('/usr/bin/time');
const HAS_SOFFICE = spawnSync('soffice', ['--version']).status === 0;

/** Runs prikaz with `args`; stdout to `out` (or discarded). Returns seconds, peak RSS in MiB, CPU seconds, exit code. */
function prikaz(args, out = null) {
  const stats = join(DIR, 'time.txt');
  const cmd = HAS_TIME ? '/usr/bin/time' : process.execPath;
  const argv = HAS_TIME ? ['-f', '%e %M %U %S', '-o', stats, process.execPath, BIN, ...args] : [BIN, ...args];
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { maxBuffer: 2 ** 31, timeout: TIMEOUT, stdio: ['ignore', out ? 'pipe' : 'ignore', 'pipe'], encoding: 'buffer' });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (out && r.stdout) writeFileSync(out, r.stdout);
  if (r.error || r.signal) return { seconds: wall, mib: NaN, cpu: NaN, code: 'timeout', err: '' };
  const err = r.stderr.toString('utf8');
  if (!HAS_TIME) return { seconds: wall, mib: NaN, cpu: NaN, code: r.status, err };
  const [e, kb, u, s] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { seconds: e, mib: kb / 1024, cpu: u + s, code: r.status, err };
}

/** --max-size 1024 for the verbs that take it (an older build may not: it then uses its own limit). */
const bigFor = (verb) => (spawnSync(process.execPath, [BIN, verb, '--help'], { encoding: 'utf8' }).stdout.includes('--max-size') ? ['--max-size', '1024'] : []);
const BIG = Object.fromEntries(['validate', 'diff', 'export'].map((v) => [v, bigFor(v)]));

const results = new Map(); // case → [{ n, seconds, mib }]
function record(name, n, r, ok = [0, 1]) {
  const failed = !ok.includes(r.code);
  const why = failed ? ` FAILED (exit ${r.code}${r.err ? `: ${r.err.trim().split('\n').pop().slice(0, 160)}` : ''})` : '';
  console.log(`scale: ${name} n=${n} ${r.seconds.toFixed(2)} s, cpu ${r.cpu.toFixed(2)} s, peak RSS ${Math.round(r.mib)} MiB${why}`);
  if (!failed) (results.get(name) ?? results.set(name, []).get(name)).push({ n, ...r });
}

function growth() {
  for (const [name, rows] of results) {
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1];
      const b = rows[i];
      const k = Math.log(b.cpu / a.cpu) / Math.log(b.n / a.n);
      const m = Math.log(b.mib / a.mib) / Math.log(b.n / a.n);
      console.log(`scale: growth ${name} ${a.n}→${b.n}: cpu time ×${(b.cpu / a.cpu).toFixed(1)} (k=${k.toFixed(2)}), memory ×${(b.mib / a.mib).toFixed(1)} (k=${m.toFixed(2)})`);
    }
  }
}

/** A changed copy of a roadmap: every 50th activity reworded, every 70th rescheduled, every 100th dropped. */
function amended(json) {
  const doc = JSON.parse(readFileSync(json, 'utf8'));
  let k = 0;
  const walk = (sections) => {
    for (const s of sections) {
      s.items = s.items.filter(() => ++k % 100 !== 0);
      s.items.forEach((item, i) => {
        if (i % 50 === 7) item.text = `${item.text} (в редакции изменений)`;
        if (i % 70 === 3) item.deadline.raw = 'до 31.12.2025';
      });
      walk(s.sections ?? []);
    }
  };
  for (const r of doc.roadmaps) walk(r.sections);
  return JSON.stringify(doc, null, 2);
}

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
console.log(`# ${new Date().toISOString()} node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${BIN}`);
console.log(`# load average at start: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);

for (const what of [['--version'], ['schema']]) record(`start ${what[0]}`, 1, prikaz(what));

for (const n of SIZES) {
  const base = join(DIR, `plan-${n}`);
  const per = Math.max(10, Math.ceil(n / 500)); // at most ~500 sections: three-digit numbers
  writeFileSync(`${base}.txt`, planTxt(n, per));
  writeFileSync(`${base}.docx`, planDocx(n, per));
  record('convert txt→yaml', n, prikaz(['convert', `${base}.txt`], `${base}.roadmap.yaml`));
  record('convert txt→json', n, prikaz(['convert', `${base}.txt`, '--format', 'json'], `${base}.roadmap.json`));
  record('convert docx', n, prikaz(['convert', `${base}.docx`, '--format', 'json']));
  if (PDF_SIZES.includes(n) && HAS_SOFFICE) {
    spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', DIR, `${base}.docx`], { stdio: 'ignore', timeout: TIMEOUT });
    if (existsSync(`${base}.pdf`)) record('convert pdf', n, prikaz(['convert', `${base}.pdf`, '--format', 'json']));
  }
  if (!existsSync(`${base}.roadmap.json`) || readFileSync(`${base}.roadmap.json`).length === 0) continue;
  record('validate json', n, prikaz(['validate', `${base}.roadmap.json`, ...BIG.validate]));
  if (readFileSync(`${base}.roadmap.yaml`).length) record('validate yaml', n, prikaz(['validate', `${base}.roadmap.yaml`, ...BIG.validate]));
  writeFileSync(`${base}.v2.roadmap.json`, amended(`${base}.roadmap.json`));
  record('diff', n, prikaz(['diff', `${base}.roadmap.json`, `${base}.v2.roadmap.json`, '--format', 'json', ...BIG.diff]));
  for (const to of ['csv', 'ics', 'md', 'html']) record(`export ${to}`, n, prikaz(['export', `${base}.roadmap.json`, '--to', to, '-o', join(DIR, `out.${to}`), ...BIG.export]));
}

const small = 'tests/golden/101_plan-school-gia.roadmap.yaml';
for (const n of FILES) {
  const dir = join(DIR, `files-${n}`);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) copyFileSync(small, join(dir, `${String(i).padStart(5, '0')}.roadmap.yaml`));
  record('validate files', n, prikaz(['validate', dir]));
  rmSync(dir, { recursive: true, force: true });
}

growth();
rmSync(DIR, { recursive: true, force: true });
