// Builds a benchmark corpus from the fixtures: N documents of one format, copied and
// (for text) lightly varied so that no two files are byte-identical.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function buildCorpus(root, format, n) {
  const src = join('fixtures', format);
  const seeds = readdirSync(src).filter((f) => f.endsWith(`.${format}`)).sort();
  if (seeds.length === 0) return null;
  const dir = join(root, `${format}-${n}`);
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < n; i++) {
    const seed = seeds[i % seeds.length];
    const sub = join(dir, String(Math.floor(i / 100)).padStart(3, '0'));
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    let bytes = readFileSync(join(src, seed));
    if (format === 'txt') bytes = Buffer.concat([bytes, Buffer.from(`\n\nКопия ${i}\n`)]);
    writeFileSync(join(sub, `${i}-${seed}`), bytes);
  }
  return dir;
}

export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
