#!/usr/bin/env node
// Benchmark for `prikaz diff`: two roadmaps of about 3,000 activities each, built from the
// activities of the five golden roadmaps (tests/golden), the second an amended version of the
// first. Runs in-process against dist/ (npm run build first). Prints one line per figure.
//
//   node bench/diff.mjs                 # ~3,000 items, median of 5 runs
//   BENCH_ITEMS=10000 node bench/diff.mjs
//
// The amendment, with a seeded random generator so that every run compares the same pair:
// 5% of the activities reworded, 3% removed, 3% added, 2% moved to another section, 6% with
// a deadline moved, 2% with a party added; two whole sections inserted near the top, so that
// every section after them is renumbered. Other figures: the file against itself, the file
// against a version with every activity reworded (no exact text to pair on), loading, each
// formatter, and the whole command in-process on the pair as YAML and as JSON files.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import YAML from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ITEMS = Number(process.env.BENCH_ITEMS ?? 3000);
const RUNS = 5;
const PER_SECTION = 25;

if (!existsSync(join(root, 'dist', 'diff', 'index.js'))) {
  console.error('bench/diff.mjs runs against dist/: run `npm run build` first');
  process.exit(2);
}
const lib = await import(pathToFileURL(join(root, 'dist', 'diff', 'index.js')).href);
const { run } = await import(pathToFileURL(join(root, 'dist', 'cli', 'main.js')).href);
const { Chalk } = await import('chalk');

// ---------------------------------------------------------------- a seeded generator
let seed = 20240601;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(random() * xs.length)];

// ---------------------------------------------------------------- the pool of activities
const goldenDir = join(root, 'tests', 'golden');
const goldens = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.roadmap.yaml'))
  .sort()
  .map((f) => YAML.parse(readFileSync(join(goldenDir, f), 'utf8')));
const pool = [];
const sectionTitles = [];
const walk = (sections) => {
  for (const s of sections) {
    sectionTitles.push(s.title);
    pool.push(...s.items);
    walk(s.sections);
  }
};
for (const g of goldens) for (const r of g.roadmaps) {
  pool.push(...r.items);
  walk(r.sections);
}
const PLACES = ['Сызрань', 'Октябрьск', 'Шигоны', 'Сызранский район', 'Ярославль', 'Красные Баки', 'Оконешниково', 'Тольятти', 'Самара', 'Кинель'];
const WORDS = ['дополнительно', 'ежегодно', 'совместно', 'в дистанционном формате', 'с привлечением родителей', 'на базе ресурсного центра', 'для молодых педагогов'];

const clone = (x) => structuredClone(x);
/** An activity of the pool made distinct: a place and a running number added, as a big region's plan would. */
function activity(i) {
  const it = clone(pool[i % pool.length]);
  it.text = `${it.text} (${PLACES[i % PLACES.length]}, площадка ${i + 1})`;
  return it;
}

function buildOld(n) {
  const sections = [];
  for (let i = 0, s = 0; i < n; s++) {
    const items = [];
    for (let k = 0; k < PER_SECTION && i < n; k++, i++) items.push(activity(i));
    sections.push({ number: String(s + 1), title: `${sectionTitles[s % sectionTitles.length]} (${s + 1})`, items, sections: [] });
  }
  return renumber({ ...clone(goldens[0]), roadmaps: [{ ...clone(goldens[0].roadmaps[0]), items: [], sections }] });
}

function renumber(doc) {
  doc.roadmaps[0].sections.forEach((s, i) => {
    s.number = String(i + 1);
    s.items.forEach((it, k) => (it.number = `${i + 1}.${k + 1}`));
  });
  return doc;
}

function addDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function reword(text) {
  const words = text.split(' ');
  const at = 1 + Math.floor(random() * Math.max(1, words.length - 1));
  if (random() < 0.5) words.splice(at, 0, pick(WORDS));
  else words.splice(at, 1, pick(WORDS));
  return words.join(' ');
}

function amend(old) {
  const doc = clone(old);
  const sections = doc.roadmaps[0].sections;
  let added = 0;
  for (const s of sections) {
    const items = [];
    for (const it of s.items) {
      const r = random();
      if (r < 0.03) continue; // removed
      if (r < 0.05) {
        // moved to another section (appended there below)
        (pick(sections).moving ??= []).push(it);
        continue;
      }
      if (r < 0.1) it.text = reword(it.text);
      if (random() < 0.06 && it.deadline.end) {
        const shift = pick([7, 14, 30, -14, 61]);
        it.deadline = { ...it.deadline, raw: `до ${addDays(it.deadline.end, shift)}`, kind: 'by', start: null, end: addDays(it.deadline.end, shift) };
      }
      if (random() < 0.02) it.responsible = { raw: `${it.responsible.raw}, Ресурсный центр`, parties: [...it.responsible.parties, { name: 'Ресурсный центр', kind: 'organization' }] };
      items.push(it);
      if (random() < 0.03) items.push(activity(100000 + added++));
    }
    s.items = items;
  }
  for (const s of sections) {
    if (s.moving) s.items.push(...s.moving);
    delete s.moving;
  }
  const fresh = (k) => ({ number: '', title: `Новый раздел ${k}: ${sectionTitles[k % sectionTitles.length]}`, items: Array.from({ length: 10 }, (_, j) => activity(200000 + k * 10 + j)), sections: [] });
  sections.splice(2, 0, fresh(1));
  sections.splice(5, 0, fresh(2));
  return renumber(doc);
}

function rewordAll(old) {
  const doc = clone(old);
  for (const s of doc.roadmaps[0].sections) for (const it of s.items) it.text = reword(reword(it.text));
  return doc;
}

const count = (doc) => doc.roadmaps[0].sections.reduce((n, s) => n + s.items.length, 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
function time(fn) {
  fn(); // warm-up
  const runs = [];
  let out;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    out = fn();
    runs.push(performance.now() - t0);
  }
  return { ms: median(runs), out };
}
async function timeAsync(fn) {
  await fn();
  const runs = [];
  let out;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    out = await fn();
    runs.push(performance.now() - t0);
  }
  return { ms: median(runs), out };
}

// ---------------------------------------------------------------- the figures
const work = mkdtempSync(join(tmpdir(), 'prikaz-bench-diff-'));
try {
  const oldDoc = buildOld(ITEMS);
  const newDoc = amend(oldDoc);
  const allReworded = rewordAll(oldDoc);
  const oldPath = join(work, 'old.roadmap.yaml');
  const newPath = join(work, 'new.roadmap.yaml');
  writeFileSync(oldPath, YAML.stringify(oldDoc, { lineWidth: 0, aliasDuplicateObjects: false }));
  writeFileSync(newPath, YAML.stringify(newDoc, { lineWidth: 0, aliasDuplicateObjects: false }));
  const oldJson = join(work, 'old.roadmap.json');
  const newJson = join(work, 'new.roadmap.json');
  writeFileSync(oldJson, JSON.stringify(oldDoc, null, 2));
  writeFileSync(newJson, JSON.stringify(newDoc, null, 2));
  const mb = (p) => (statSync(p).size / 1024 / 1024).toFixed(1);

  const load = await timeAsync(() => Promise.all([lib.loadForDiff(oldPath), lib.loadForDiff(newPath)]));
  const [a, b] = load.out;
  if (!a.ok || !b.ok) throw new Error(`cannot load: ${a.message ?? b.message}`);
  const diff = time(() => lib.diffDocuments(a.doc, b.doc));
  const same = time(() => lib.diffDocuments(a.doc, a.doc));
  const reworded = time(() => lib.diffDocuments(oldDoc, allReworded));
  const report = { old: { file: oldPath }, new: { file: newPath }, changes: diff.out.changes };
  const colors = new Chalk({ level: 0 });
  const text = time(() => lib.DIFF_FORMATTERS.text(report, { colors }));
  const json = time(() => lib.DIFF_FORMATTERS.json(report, { colors }));
  const markdown = time(() => lib.DIFF_FORMATTERS.markdown(report, { colors }));
  const sink = { stdout: () => {}, stderr: (t) => process.stderr.write(t), isTTY: false, env: {} };
  const whole = await timeAsync(() => run(['diff', oldPath, newPath, '--format', 'json'], sink));
  const wholeJson = await timeAsync(() => run(['diff', oldJson, newJson, '--format', 'json'], sink));

  const kinds = Object.entries(diff.out.changes.reduce((m, c) => ((m[c.kind] = (m[c.kind] ?? 0) + 1), m), {}))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const lost = reworded.out.changes.filter((c) => c.kind === 'item-added' || c.kind === 'item-removed').length;
  console.log(`input: ${count(oldDoc)} vs ${count(newDoc)} activities in ${oldDoc.roadmaps[0].sections.length} vs ${newDoc.roadmaps[0].sections.length} sections (YAML ${mb(oldPath)} MB + ${mb(newPath)} MB), from ${pool.length} golden activities; node ${process.version}; median of ${RUNS}`);
  console.log(`diff (match + changes), amended pair: ${ms(diff.ms)} for ${diff.out.changes.length} changes (${kinds})`);
  console.log(`diff (match + changes), a file against itself: ${ms(same.ms)}, ${same.out.changes.length} changes`);
  console.log(`diff (match + changes), every activity reworded: ${ms(reworded.ms)}, ${reworded.out.changes.filter((c) => c.kind === 'item-reworded').length} reworded, ${lost} left unmatched`);
  console.log(`load both YAML files (read + parse with the yaml package + shape check): ${ms(load.ms)}`);
  console.log(`format: text ${ms(text.ms)} (${(text.out.length / 1024).toFixed(0)} KB), json ${ms(json.ms)} (${(json.out.length / 1024).toFixed(0)} KB), markdown ${ms(markdown.ms)} (${(markdown.out.length / 1024).toFixed(0)} KB)`);
  console.log(`whole command in-process, YAML files (prikaz diff OLD.yaml NEW.yaml --format json, exit ${whole.out}): ${ms(whole.ms)}`);
  console.log(`whole command in-process, the same as JSON files (${mb(oldJson)} MB + ${mb(newJson)} MB, exit ${wholeJson.out}): ${ms(wholeJson.ms)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
