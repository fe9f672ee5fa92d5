import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { INPUT_EXTENSIONS } from '../readers/index.js';

export interface InputFile {
  /** The path to read. */
  path: string;
  /** Where its output goes below the output folder, without extension: a folder's tree is mirrored. */
  outputStem: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  /** Folders or patterns that matched no file prikaz reads. */
  empty: string[];
}

const PATTERN = `**/*.{${INPUT_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

/**
 * Files as given; folders walked recursively and patterns expanded (tinyglobby), both
 * for the formats prikaz reads, in a stable order. A folder's tree is mirrored below the
 * output folder; a pattern's matches keep their path below the pattern's fixed part.
 */
export async function expandInputs(args: string[]): Promise<ExpandedInputs> {
  const files: InputFile[] = [];
  const empty: string[] = [];
  for (const arg of args) {
    const kind = await pathKind(arg);
    if (kind === 'file' || (kind === 'missing' && !isDynamicPattern(arg))) {
      // a missing file is reported by the conversion with its own message
      files.push({ path: arg, outputStem: stem(basename(arg)) });
      continue;
    }
    const base = kind === 'dir' ? arg : fixedPart(arg);
    const found = kind === 'dir' ? await glob(PATTERN, { cwd: arg, absolute: false, caseSensitiveMatch: false, dot: false }) : await glob(arg, { absolute: false, dot: false });
    const paths = (kind === 'dir' ? found.map((f) => join(arg, f)) : found.filter((f) => INPUT_EXTENSIONS.includes(extname(f).toLowerCase()))).sort();
    if (paths.length === 0) empty.push(arg);
    for (const path of paths) files.push({ path, outputStem: stem(relative(base, path)) });
  }
  return { files: disambiguate(files), empty };
}

async function pathKind(p: string): Promise<'file' | 'dir' | 'missing'> {
  try {
    return (await stat(p)).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

/** "orders/**\/*.docx" → "orders": the folder part before the first wildcard. */
function fixedPart(pattern: string): string {
  const parts = pattern.split('/');
  const i = parts.findIndex((p) => isDynamicPattern(p));
  return i <= 0 ? '.' : parts.slice(0, i).join('/');
}

function stem(p: string): string {
  const ext = extname(p);
  return ext ? p.slice(0, -ext.length) : p;
}

/** "A.txt" and "A.docx" in one folder would write the same output: those keep their extension in the name. */
function disambiguate(files: InputFile[]): InputFile[] {
  const count = new Map<string, number>();
  for (const f of files) count.set(f.outputStem, (count.get(f.outputStem) ?? 0) + 1);
  return files.map((f) =>
    (count.get(f.outputStem) ?? 0) > 1 ? { ...f, outputStem: join(dirname(f.outputStem), `${basename(f.outputStem)}${extname(f.path)}`) } : f,
  );
}
