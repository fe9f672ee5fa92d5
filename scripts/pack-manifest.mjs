#!/usr/bin/env node
/**
 * The manifest the tarball carries has no `prepare` script.
 *
 * In a clone, `npm install` runs `prepare` and so builds dist/ (the README's quick start relies
 * on it). A user who installs the packed package must run nothing: npm would warn about an
 * install script, and dist/ is already in the tarball. So `prepack` strips `prepare` from
 * package.json (keeping the original beside it) and `postpack` puts the original back, as
 * pinst does for `postinstall`. A pack that dies half-way leaves the backup, which the next
 * `restore` (or `npm run postpack`) puts back.
 *
 *   node scripts/pack-manifest.mjs strip|restore
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const MANIFEST = 'package.json';
const BACKUP = '.package.json.before-pack';
/** Scripts npm runs when the package is installed as a dependency (or warns about). */
export const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare'];

/** The manifest without install-time scripts; everything else as it was. */
export function packedManifest(manifest) {
  const scripts = Object.fromEntries(Object.entries(manifest.scripts ?? {}).filter(([name]) => !INSTALL_SCRIPTS.includes(name)));
  return { ...manifest, scripts };
}

function strip() {
  const text = readFileSync(MANIFEST, 'utf8');
  if (!existsSync(BACKUP)) writeFileSync(BACKUP, text);
  writeFileSync(MANIFEST, `${JSON.stringify(packedManifest(JSON.parse(text)), null, 2)}\n`);
}

function restore() {
  if (existsSync(BACKUP)) renameSync(BACKUP, MANIFEST);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const verb = process.argv[2];
  if (verb === 'strip') strip();
  else if (verb === 'restore') restore();
  else {
    process.stderr.write('usage: node scripts/pack-manifest.mjs strip|restore\n');
    process.exit(2);
  }
}
