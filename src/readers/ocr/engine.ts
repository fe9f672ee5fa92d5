import { execFile } from 'node:child_process';

/**
 * The OCR engine: the `tesseract` program with Russian data, and poppler's `pdftoppm`
 * to render pages for it, both found on PATH (or named by $TESSERACT and $PDFTOPPM).
 * Looked up once per process.
 */
export interface Engine {
  tesseract: string;
  pdftoppm: string;
  /** "tesseract 5.3.0", as the model's provenance records it. */
  version: string;
}

/** What a Debian or Ubuntu user installs to get the engine. */
export const DEBIAN_PACKAGES = 'tesseract-ocr tesseract-ocr-rus poppler-utils';

export type EngineLookup = { engine: Engine } | { missing: string };

let cached: Promise<EngineLookup> | null = null;

/** The engine, or what is missing (a short phrase: "tesseract is not installed"). */
export function findEngine(env: NodeJS.ProcessEnv = process.env): Promise<EngineLookup> {
  if (env === process.env) return (cached ??= lookup(env));
  return lookup(env);
}

async function lookup(env: NodeJS.ProcessEnv): Promise<EngineLookup> {
  const tesseract = env.TESSERACT || 'tesseract';
  const pdftoppm = env.PDFTOPPM || 'pdftoppm';
  const version = await run(tesseract, ['--version'], { timeoutMs: 20_000 });
  if (version.missing) return { missing: `${tesseract} is not installed (or not on PATH)` };
  const langs = await run(tesseract, ['--list-langs'], { timeoutMs: 20_000 });
  // the list goes to stdout in tesseract 4 and 5; older ones wrote it to stderr
  const listed = `${langs.stdout}\n${langs.stderr}`.split(/\r?\n/).map((l) => l.trim());
  if (!listed.includes('rus')) return { missing: `${tesseract} has no Russian data (rus)` };
  const poppler = await run(pdftoppm, ['-v'], { timeoutMs: 20_000 });
  if (poppler.missing) return { missing: `${pdftoppm} is not installed (or not on PATH)` };
  const first = `${version.stdout}\n${version.stderr}`.split(/\r?\n/).find((l) => /tesseract\s+v?\d/i.test(l));
  return { engine: { tesseract, pdftoppm, version: first?.trim().replace(/^tesseract\s+v?/i, 'tesseract ') ?? 'tesseract' } };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The program is not there (ENOENT). */
  missing: boolean;
  timedOut: boolean;
}

/**
 * Runs a program without a shell. tesseract runs with OMP_THREAD_LIMIT=1: its own
 * threads make it about three times slower on a machine with few cores, and pages are
 * OCR'd side by side instead.
 */
export function run(program: string, args: string[], options: { timeoutMs: number }): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      program,
      args,
      { timeout: options.timeoutMs, maxBuffer: 64 * 2 ** 20, env: { ...process.env, OMP_THREAD_LIMIT: '1' }, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { killed?: boolean; signal?: string; code?: number | string }) | null;
        resolve({
          code: e ? (typeof e.code === 'number' ? e.code : null) : 0,
          stdout: String(stdout),
          stderr: String(stderr),
          missing: e?.code === 'ENOENT',
          timedOut: e?.killed === true && e.signal === 'SIGTERM',
        });
      },
    );
  });
}
