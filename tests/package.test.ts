import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * What `npm pack` puts in the tarball, read without building (npm test's pretest has built
 * dist/ from scratch). Publishing is not tested; the list and the scripts are what matter.
 */
function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [pack] = JSON.parse(out) as { files: { path: string }[] }[];
  return pack!.files.map((f) => f.path).sort();
}

describe('the npm package', () => {
  const files = packedFiles();
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { license: string; scripts: Record<string, string>; main: string; types: string; bin: Record<string, string> };

  it('holds the entry, its types, the command, the schema, the README and the LICENSE', () => {
    for (const f of ['LICENSE', 'README.md', 'package.json', pkg.main, pkg.types, pkg.bin.prikaz!, 'schemas/roadmap.schema.json', 'dist/cli/main.js', 'dist/export/xlsx.js', 'dist/model/roadmap-validator.cjs']) {
      expect(files, f).toContain(f);
    }
  });

  it('has no orphan source maps: a map only beside the source it points at', () => {
    for (const map of files.filter((f) => f.endsWith('.map'))) {
      const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
      const dir = map.slice(0, map.lastIndexOf('/') + 1);
      for (const s of sources) expect(files, `${map} → ${s}`).toContain(new URL(s, `file:///${dir}`).pathname.slice(1));
    }
  });

  it('ships no tests, test helpers or sources', () => {
    expect(files.filter((f) => /\.test\.|test-support|^src\/|^tests\/|^fixtures\//.test(f))).toEqual([]);
  });

  it('runs no script at install: it is built before packing', () => {
    for (const s of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[s], s).toBeUndefined();
    expect(pkg.scripts.prepack).toMatch(/build/);
  });

  it('is MIT licensed, as the LICENSE says', () => {
    expect(pkg.license).toBe('MIT');
    const license = readFileSync('LICENSE', 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} prikaz-roadmap contributors\n/);
  });
});
