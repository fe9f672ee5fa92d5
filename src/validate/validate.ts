import { formatOf, parseRoadmapText, type SourceFormat } from './parse.js';
import type { Locator } from './parse.js';
import { DEFAULT_MAX_BYTES, readRoadmapText } from './read.js';
import { RULES, runRules, type Rule } from './rules/index.js';
import { applySuppressions, commentSuppressions, fieldSuppressions } from './suppress.js';
import type { Finding, RawFinding } from './types.js';

export interface ValidateOptions {
  /** Files over this many bytes are refused unread. */
  maxBytes?: number;
  rules?: readonly Rule[];
}

export interface FileResult {
  file: string;
  findings: Finding[];
  suppressed: number;
  /** The file could not be read at all (missing, a folder, no permission). */
  ioError: boolean;
}

/** Reads, parses and checks one file; never throws for anything about the file. */
export async function validateFile(file: string, opts: ValidateOptions = {}): Promise<FileResult> {
  const read = await readRoadmapText(file, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!read.ok) return { file, findings: [place(read.finding, file)], suppressed: 0, ioError: read.io };
  return validateText(read.text, file, formatOf(file), opts);
}

/**
 * Checks many files, `concurrency` read at a time (a file's read overlaps the checking of
 * the others: for a thousand small files the waits for the disk were most of the time),
 * and gives the results in the order of `files`.
 */
export async function validateFiles(files: readonly string[], opts: ValidateOptions = {}, concurrency = 16): Promise<FileResult[]> {
  const results: FileResult[] = new Array<FileResult>(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      results[i] = await validateFile(files[i]!, opts);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, files.length)) }, worker));
  return results;
}

/** Checks a roadmap given as text (YAML, or JSON when `format` says so). */
export function validateText(text: string, file: string, format: SourceFormat = 'yaml', opts: ValidateOptions = {}): FileResult {
  try {
    return check(text, file, format, opts);
  } catch (e) {
    // a document nested thousands of levels deep overflows the stack of the parser, ajv or a walk
    if (!(e instanceof RangeError)) throw e;
    const finding: RawFinding = {
      ruleId: 'input/too-deep',
      severity: 'error',
      path: '',
      message: 'the document nests too deeply to be checked',
      hint: 'a roadmap has a few levels of sections; this file is damaged or not a roadmap',
    };
    return { file, findings: [place(finding, file)], suppressed: 0, ioError: false };
  }
}

function check(text: string, file: string, format: SourceFormat, opts: ValidateOptions): FileResult {
  const parsed = parseRoadmapText(text, format);
  if (!parsed.ok) return { file, findings: parsed.findings.map((f) => place(f, file)), suppressed: 0, ioError: false };

  const raw = runRules(opts.rules ?? RULES, parsed.data);
  const byComment = parsed.tree && text.includes('prikaz-ignore') ? commentSuppressions(parsed.tree()) : { suppressions: [], findings: [] };
  const byField = fieldSuppressions(parsed.data, text);
  const { kept, suppressed } = applySuppressions(raw, [...byComment.suppressions, ...byField.suppressions]);
  const all = [...kept, ...byComment.findings, ...byField.findings];
  // positions are looked up only now, and only for what is reported
  const positions = all.length > 0 ? parsed.positions(all.filter((f) => !f.range).map((f) => f.path)) : null;
  const findings = all.map((f) => place(f, file, positions)).sort(byPlace);
  return { file, findings, suppressed, ioError: false };
}

function place(f: RawFinding, file: string, positions?: Locator | null): Finding {
  const out: Finding = { ruleId: f.ruleId, severity: f.severity, message: f.message, file, path: f.path };
  const range = f.range ?? positions?.rangeOf(f.path);
  if (range) out.range = range;
  if (f.hint) out.hint = f.hint;
  return out;
}

function byPlace(a: Finding, b: Finding): number {
  const la = a.range?.start.line ?? 0;
  const lb = b.range?.start.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.range?.start.column ?? 0;
  const cb = b.range?.start.column ?? 0;
  return ca !== cb ? ca - cb : a.ruleId.localeCompare(b.ruleId);
}
