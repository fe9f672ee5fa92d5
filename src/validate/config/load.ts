import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, parse as parsePath, relative, resolve, sep } from 'node:path';
import { lilconfig, type Loader } from 'lilconfig';
import picomatch from 'picomatch';
import { describeIoError } from '../read.js';
import { parseRoadmapText, type SourceFormat } from '../parse.js';
import { childPointer } from '../pointer.js';
import { closest } from '../rules/suggest.js';
import type { Position } from '../types.js';
import { checkConfigShape, describeShapeError, type ConfigData, type RuleSetting } from './shape.js';

/** The places a config is looked for in each folder, in this order (as eslint and prettier do). */
export const CONFIG_FILES = ['prikaz.config.yaml', 'prikaz.config.yml', 'prikaz.config.json', 'package.json'] as const;
/** The key of package.json that holds the config. */
export const PACKAGE_KEY = 'prikaz';

/** A config, read and checked. */
export interface ValidateConfig {
  /** The file it was read from, absolute. */
  file: string;
  /** Rule id or "area/*" → setting, as written. */
  rules: ReadonlyMap<string, RuleSetting>;
  /** Whether a file (a path as the user named it) is one the config's `ignore` patterns name. */
  isIgnored(file: string): boolean;
  /** The report format when --format is not given. */
  format: string | null;
}

/** What is wrong with a config file, for one line: "FILE:LINE:COL: MESSAGE". */
export interface ConfigProblem {
  file: string;
  at?: Position;
  message: string;
  hint?: string;
}

export type ConfigResult = { ok: true; config: ValidateConfig | null } | { ok: false; problem: ConfigProblem };

export function formatConfigProblem(p: ConfigProblem, cwd: string = process.cwd()): string {
  // the path as short as it is clear: relative below the working folder
  const rel = relative(cwd, p.file);
  const file = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p.file;
  const where = p.at ? `${file}:${p.at.line}:${p.at.column}` : file;
  return `${where}: error config/invalid: ${p.message}${p.hint ? ` (hint: ${p.hint})` : ''}`;
}

/** Thrown by the loaders (lilconfig calls them) and caught in ConfigResolver: never escapes it. */
class ConfigLoadError extends Error {
  constructor(readonly problem: ConfigProblem) {
    super(problem.message);
  }
}

/** What the config may name: the tool's rule ids and report formats. */
export interface ConfigVocabulary {
  formats: readonly string[];
  /** Whether a rule id (or "area/*") can be set: a rule, not a finding about unreadable input. */
  isRuleId(id: string): boolean;
  /** Every settable id, for "did you mean". */
  ruleIds: readonly string[];
}

/**
 * Finds the config of each validated file by looking in its folder and each folder above it,
 * up to the filesystem root: the first prikaz.config.yaml, .yml, .json, or package.json with
 * a "prikaz" key. lilconfig does the walk and caches what it found per folder (a thousand
 * roadmaps in one folder cost one lookup). `--config FILE` names one config for every file.
 */
export class ConfigResolver {
  private readonly searcher;
  private readonly checked = new Map<string, ConfigResult>();

  constructor(private readonly vocabulary: ConfigVocabulary) {
    const loader: Loader = (filepath, content) => parseConfigText(filepath, content);
    this.searcher = lilconfig('prikaz', {
      searchPlaces: [...CONFIG_FILES],
      packageProp: PACKAGE_KEY,
      stopDir: parsePath(resolve('.')).root,
      loaders: { '.yaml': loader, '.yml': loader, '.json': loader },
      cache: true,
    });
  }

  /** The config that governs `file` (a roadmap), or null when none is found above it. */
  async forFile(file: string): Promise<ConfigResult> {
    return this.forFolder(dirname(resolve(file)));
  }

  async forFolder(dir: string): Promise<ConfigResult> {
    try {
      const found = await this.searcher.search(dir);
      if (!found || found.isEmpty) return { ok: true, config: null };
      return await this.check(found.filepath, found.config);
    } catch (e) {
      return failure(e, dir);
    }
  }

  /** `--config FILE`. */
  async fromFile(path: string): Promise<ConfigResult> {
    const abs = resolve(path);
    const ext = extname(abs).toLowerCase();
    if (!['.yaml', '.yml', '.json'].includes(ext)) {
      return { ok: false, problem: { file: path, message: '--config takes a .yaml, .yml or .json file, or a package.json with a "prikaz" key' } };
    }
    try {
      const found = await this.searcher.load(abs);
      if (!found || found.isEmpty) return { ok: true, config: null };
      if (found.config === undefined && basename(abs) === 'package.json') {
        return { ok: false, problem: { file: path, message: `the package.json has no "${PACKAGE_KEY}" key` } };
      }
      return await this.check(found.filepath, found.config);
    } catch (e) {
      return failure(e, path);
    }
  }

  private async check(file: string, data: unknown): Promise<ConfigResult> {
    const cached = this.checked.get(file);
    if (cached) return cached;
    const result = await checkConfig(file, data, this.vocabulary);
    this.checked.set(file, result);
    return result;
  }
}

function failure(e: unknown, file: string): ConfigResult {
  if (e instanceof ConfigLoadError) return { ok: false, problem: e.problem };
  const path = (e as NodeJS.ErrnoException).path ?? file;
  return { ok: false, problem: { file: path, message: (e as NodeJS.ErrnoException).code ? `cannot be read: ${describeIoError(e)}` : String(e instanceof Error ? e.message : e) } };
}

function formatOfConfig(file: string): SourceFormat {
  return extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
}

/** A config file's text → data; a syntax error is a ConfigLoadError at its place. */
function parseConfigText(file: string, text: string): unknown {
  const parsed = parseRoadmapText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, formatOfConfig(file));
  if (parsed.ok) return parsed.data;
  const f = parsed.findings[0]!;
  const problem: ConfigProblem = { file, message: f.message };
  if (f.range) problem.at = f.range.start;
  if (f.hint && f.ruleId !== 'input/empty') problem.hint = f.hint;
  throw new ConfigLoadError(problem);
}

async function checkConfig(file: string, data: unknown, vocabulary: ConfigVocabulary): Promise<ConfigResult> {
  const base = basename(file) === 'package.json' ? `/${PACKAGE_KEY}` : '';
  const at = async (pointer: string, message: string, hint?: string): Promise<ConfigResult> => {
    const problem: ConfigProblem = { file, message };
    if (hint) problem.hint = hint;
    try {
      const text = await readFile(file, 'utf8');
      const parsed = parseRoadmapText(text, formatOfConfig(file));
      if (parsed.ok) problem.at = parsed.positions([base + pointer]).rangeOf(base + pointer).start;
    } catch {
      // the place is a help, not a need
    }
    return { ok: false, problem };
  };

  const errors = checkConfigShape(data, vocabulary.formats);
  if (errors.length > 0) {
    const e = errors[0]!;
    const pointer = e.keyword === 'additionalProperties' ? childPointer(e.instancePath, String(e.params.additionalProperty)) : e.instancePath;
    return at(pointer, describeShapeError(e));
  }
  const config = data as ConfigData;
  const rules = new Map<string, RuleSetting>();
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (!vocabulary.isRuleId(id)) {
      const near = closest(id, vocabulary.ruleIds);
      return at(childPointer('/rules', id), `"${id}" is not a rule that can be set (see prikaz validate --list-rules)`, near ? `did you mean "${near}"?` : undefined);
    }
    rules.set(id, setting);
  }
  const dir = dirname(file);
  const patterns = config.ignore ?? [];
  const matchers = patterns.map((p) => picomatch(p, { dot: true }));
  const isIgnored = (target: string): boolean => {
    if (matchers.length === 0) return false;
    const rel = relative(dir, resolve(target)).split(sep).join('/');
    if (rel.startsWith('../') || rel === '..') return false;
    return matchers.some((m) => m(rel));
  };
  return { ok: true, config: { file, rules, isIgnored, format: config.format ?? null } };
}
