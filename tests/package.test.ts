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

  it('runs no script at install: the packed manifest drops prepare, which builds a clone', async () => {
    // @ts-expect-error a plain .mjs script, without types
    const { packedManifest, INSTALL_SCRIPTS } = (await import('../scripts/pack-manifest.mjs')) as { packedManifest: (m: unknown) => { scripts: Record<string, string> }; INSTALL_SCRIPTS: string[] };
    expect(pkg.scripts.prepare, 'a clone builds at npm install').toMatch(/build/);
    expect(pkg.scripts.prepack).toMatch(/build.*pack-manifest\.mjs strip/);
    expect(pkg.scripts.postpack).toMatch(/pack-manifest\.mjs restore/);
    const packed = packedManifest(pkg);
    for (const s of INSTALL_SCRIPTS) expect(packed.scripts[s], s).toBeUndefined();
    expect(packed.scripts.test).toBe(pkg.scripts.test);
    expect(files).not.toContain('.package.json.before-pack');
  });

  it('is MIT licensed, as the LICENSE says', () => {
    expect(pkg.license).toBe('MIT');
    const license = readFileSync('LICENSE', 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} prikaz-roadmap contributors\n/);
  });
});
