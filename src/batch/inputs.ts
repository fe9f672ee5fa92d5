import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { glob, isDynamicPattern } from 'tinyglobby';
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import { INPUT_EXTENSIONS } from '../readers/index.js';
import { isPortablePath, portableSourceName } from '../core/source-name.js';

export interface InputFile {
  /** The path to read. */
  path: string;
  /**
   * Where its output goes below the output folder, without extension: the input's path
   * relative to the common root of all inputs, so it never climbs out of the output folder
   * and two inputs never share it.
   */
  outputStem: string;
  /** The path below its own input folder (or pattern), which --shard hashes. */
  shardKey: string;
  /**
   * What its roadmap records as `source.file`: the path as given when it is relative and
   * stays below the working folder, else its path below the inputs' common folder (so
   * `/data/orders/2021/x.pdf` and `…/2022/x.pdf` stay apart) — never an absolute path.
   */
  sourceName: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  /** Folders or patterns that matched no file prikaz reads. */
  empty: string[];
  /** Folders that could not be read, names that are not UTF-8, outputs that had to be renamed. */
  problems: Diagnostic[];
  /** "dev:ino" of every input that exists: no output may replace one. */
  ids: Set<string>;
}

/**
 * Files as given; folders walked recursively and patterns expanded (tinyglobby), both
 * for the formats prikaz reads, in a stable order. The same file named twice (or reached
 * twice, through a link) is converted once.
 */
export async function expandInputs(args: string[]): Promise<ExpandedInputs> {
  const found: { path: string; base: string }[] = [];
  const empty: string[] = [];
  const problems: Diagnostic[] = [];
  for (const arg of args) {
    const kind = await pathKind(arg);
    if (kind === 'file' || (kind === 'missing' && !isDynamicPattern(arg))) {
      // a missing file is reported by the conversion with its own message
      found.push({ path: arg, base: dirname(arg) });
      continue;
    }
    const base = kind === 'dir' ? arg : fixedPart(arg);
    const paths =
      kind === 'dir'
        ? await walk(arg, problems)
        : (await glob(arg, { absolute: false, dot: false })).filter((f) => INPUT_EXTENSIONS.includes(extname(f).toLowerCase())).sort();
    if (paths.length === 0) empty.push(arg);
    for (const path of paths) found.push({ path, base });
  }
  const ids = new Set<string>();
  const unique = await onePerFile(found, ids);
  return { files: placeOutputs(unique, problems), empty, problems, ids };
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

/**
 * The files prikaz reads below a folder, sorted; hidden entries skipped, links to folders
 * followed once. A folder that cannot be listed and a name that is not UTF-8 (Node would
 * turn it into another name, which does not exist) are reported, not skipped in silence.
 */
async function walk(root: string, problems: Diagnostic[]): Promise<string[]> {
  const files: string[] = [];
  const seenDirs = new Set<string>();
  const visit = async (dir: string): Promise<void> => {
    let id: string;
    try {
      const s = await stat(dir);
      id = `${s.dev}:${s.ino}`;
    } catch {
      return;
    }
    if (seenDirs.has(id)) return; // a link back up the tree
    seenDirs.add(id);
    let names: Buffer[];
    try {
      names = await readdir(dir, { encoding: 'buffer' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
      problems.push(diagnostic('error', 'io/unreadable-folder', `the folder cannot be read (${why}): the files in it were not converted`, { file: dir }));
      return;
    }
    names.sort(Buffer.compare);
    for (const raw of names) {
      const name = raw.toString('utf8');
      if (name.startsWith('.')) continue;
      if (!Buffer.from(name, 'utf8').equals(raw)) {
        if (INPUT_EXTENSIONS.includes(extname(raw.toString('latin1')).toLowerCase())) {
          problems.push(
            diagnostic('error', 'io/bad-file-name', `the name of a file in this folder is not valid UTF-8 (${raw.toString('latin1')}); it was not converted`, { file: dir }, 'rename it, e.g. convmv -f cp1251 -t utf8 --notest FILE'),
          );
        }
        continue;
      }
      const path = join(dir, name);
      let isDir = false;
      try {
        isDir = (await stat(path)).isDirectory();
      } catch {
        // a dangling link: left to the conversion when its name says it is an input
      }
      if (isDir) await visit(path);
      else if (INPUT_EXTENSIONS.includes(extname(name).toLowerCase())) files.push(path);
    }
  };
  await visit(root);
  return files.sort();
}

/** The same file (device and inode; the resolved path when it does not exist) once, first place kept. */
async function onePerFile(found: { path: string; base: string }[], ids: Set<string>): Promise<{ path: string; base: string }[]> {
  const seen = new Set<string>();
  const out: { path: string; base: string }[] = [];
  for (const f of found) {
    let key = `path:${resolve(f.path)}`;
    try {
      const s = await stat(f.path);
      ids.add(`${s.dev}:${s.ino}`);
      key = `ino:${s.dev}:${s.ino}`;
    } catch {
      // missing: its path is its identity
    }
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** The deepest folder that holds every path (all absolute). */
function commonRoot(paths: string[]): string {
  const split = paths.map((p) => p.split(sep));
  const first = split[0] ?? [''];
  let n = first.length;
  for (const parts of split) {
    let i = 0;
    while (i < n && i < parts.length && parts[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(sep) || sep;
}

function stem(p: string): string {
  const ext = extname(p);
  return ext ? p.slice(0, -ext.length) : p;
}

/**
 * Each input's output stem: its path relative to the common root of the inputs' folders,
 * so outputs mirror the inputs and none climbs out of the output folder. "A.txt" and
 * "A.pdf" in one folder keep their extension in the name; what still collides (compared
 * without case, as on Windows and macOS disks) gets a suffix from its own path, with a warning.
 */
function placeOutputs(found: { path: string; base: string }[], problems: Diagnostic[]): InputFile[] {
  if (found.length === 0) return [];
  const abs = found.map((f) => resolve(f.path));
  const root = commonRoot([...found.map((f) => resolve(f.base)), ...abs.map((a) => dirname(a))]);
  const files = found.map((f, i) => ({
    path: f.path,
    outputStem: stem(relative(root, abs[i]!)),
    shardKey: stem(relative(f.base, f.path)),
    sourceName: isPortablePath(f.path) ? portableSourceName(f.path) : portableSourceName(relative(root, abs[i]!)),
  }));
  keepExtensionWhereShared(files, 'outputStem');
  keepExtensionWhereShared(files, 'shardKey');
  const byName = new Map<string, InputFile[]>();
  for (const f of files) {
    const k = f.outputStem.toLowerCase();
    byName.set(k, [...(byName.get(k) ?? []), f]);
  }
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const kept = group[0]!;
    for (const f of group.slice(1)) {
      const tag = createHash('sha256').update(resolve(f.path)).digest('hex').slice(0, 8);
      const was = f.outputStem;
      f.outputStem = `${f.outputStem}~${tag}`;
      problems.push(
        diagnostic('warning', 'io/output-collision', `its output would have the same name as that of ${kept.path} (${was}); it is written as ${f.outputStem} instead`, { file: f.path }),
      );
    }
  }
  return files;
}

/** "A.txt" and "A.docx" in one folder would write the same output: those keep their extension in the name. */
function keepExtensionWhereShared(files: InputFile[], field: 'outputStem' | 'shardKey'): void {
  const count = new Map<string, number>();
  for (const f of files) count.set(f[field], (count.get(f[field]) ?? 0) + 1);
  for (const f of files) {
    if ((count.get(f[field]) ?? 0) > 1) f[field] = join(dirname(f[field]), `${basename(f[field])}${extname(f.path)}`);
  }
}
