import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expandGlob, hasGlobMagic } from './glob.js';
import type { Finding } from './types.js';

/** Files a folder is searched for: what `prikaz convert` writes. */
export const ROADMAP_FILE = /\.roadmap\.(ya?ml|json)$/i;

export interface Discovered {
  files: string[];
  /** Folders without roadmap files and patterns that match nothing (io/no-inputs). */
  problems: Finding[];
}

/**
 * FILE, DIR or GLOB arguments → the files to check, each once, in a stable order. A file
 * named directly is checked whatever its name (a missing one is reported when it is read);
 * a folder is searched recursively for *.roadmap.yaml, *.roadmap.yml and *.roadmap.json,
 * skipping hidden folders and node_modules; a pattern is expanded when the shell did not.
 */
export async function discoverInputs(args: readonly string[]): Promise<Discovered> {
  const files: string[] = [];
  const problems: Finding[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = resolve(f);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(f);
  };
  for (const arg of args) {
    let isDir: boolean | null = null;
    try {
      isDir = (await stat(arg)).isDirectory();
    } catch {
      isDir = null;
    }
    if (isDir === false) {
      add(arg);
    } else if (isDir) {
      const { roadmaps, others } = await walkFolder(arg);
      if (roadmaps.length === 0) {
        problems.push({
          ruleId: 'io/no-inputs',
          severity: 'error',
          file: arg,
          path: '',
          message: 'the folder holds no roadmap file (*.roadmap.yaml, *.roadmap.yml or *.roadmap.json)',
          hint: others > 0 ? `it has ${others} other .yaml/.json file${others > 1 ? 's' : ''}: name them by path, or rename them *.roadmap.yaml` : 'write roadmaps into it with `prikaz convert ORDERS -o FOLDER`',
        });
      }
      roadmaps.forEach(add);
    } else if (hasGlobMagic(arg)) {
      const matched = await expandGlob(arg);
      if (matched.length === 0) {
        problems.push({ ruleId: 'io/no-inputs', severity: 'error', file: arg, path: '', message: 'the pattern matches no file', hint: 'check the pattern; quote it so the shell passes it unchanged' });
      }
      matched.forEach(add);
    } else {
      add(arg); // missing: reported as io/read when it is read
    }
  }
  return { files, problems };
}

async function walkFolder(root: string): Promise<{ roadmaps: string[]; others: number }> {
  const roadmaps: string[] = [];
  let others = 0;
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules') stack.push(path);
      } else if (ROADMAP_FILE.test(e.name)) {
        roadmaps.push(path);
      } else if (/\.(ya?ml|json)$/i.test(e.name)) {
        others++;
      }
    }
  }
  return { roadmaps: roadmaps.sort(), others };
}
