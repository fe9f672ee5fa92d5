import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { INPUT_EXTENSIONS } from '../readers/index.js';

export interface InputFile {
  /** The path to read. */
  path: string;
  /** Where its output goes below the output folder, without extension: a folder's tree is mirrored. */
  outputStem: string;
}

/** Files as given; folders walked recursively for the formats prikaz reads, in a stable order. */
export async function expandInputs(args: string[]): Promise<{ files: InputFile[]; missing: string[] }> {
  const files: InputFile[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = (await stat(arg)).isDirectory();
    } catch {
      // a missing file is reported by the reader step with its own message
      files.push({ path: arg, outputStem: stem(basename(arg)) });
      continue;
    }
    if (!isDir) {
      files.push({ path: arg, outputStem: stem(basename(arg)) });
      continue;
    }
    const entries = (await readdir(arg, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && INPUT_EXTENSIONS.includes(extname(e.name).toLowerCase()))
      .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
      .sort();
    if (entries.length === 0) missing.push(arg);
    for (const path of entries) files.push({ path, outputStem: stem(relative(arg, path)) });
  }
  return { files, missing };
}

function stem(p: string): string {
  const ext = extname(p);
  return ext ? p.slice(0, -ext.length) : p;
}
