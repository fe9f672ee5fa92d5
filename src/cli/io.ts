import { Chalk, type ChalkInstance } from 'chalk';
import { cleanAll } from '../core/cleanup.js';
import { EXIT } from './exit-codes.js';

/** How a command stops: `soft` stops starting new work; `hard` cleans up synchronously, just before the process exits. */
export interface StopHandlers {
  soft: () => void;
  hard: () => void;
}

/** After the first Ctrl-C the files under way get this long to finish. */
export const STOP_GRACE_MS = 5000;

/** Where a command writes; tests pass their own so that commands run without a process. */
export interface CliIO {
  stdout: (text: string) => void;
  /** Bytes to standard output (a binary export to `-o -`); absent in tests that keep text. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (colors of diagnostics, progress). */
  isTTY: boolean;
  /** Whether stdout is a terminal (colors of reports written there); false when not said. */
  stdoutIsTTY?: boolean;
  env: Record<string, string | undefined>;
  /** Standard input as a stream ("-" as an input, --files-from -); read it with readStdin. */
  stdin?: () => AsyncIterable<Uint8Array | string>;
  /** Set by the global --no-color: no colors whatever the terminal or FORCE_COLOR say. */
  noColor?: boolean;
  /** The stream the progress bar draws on (stderr of the process); tests bring a fake terminal. */
  progressStream?: NodeJS.WritableStream;
  /** Registers what to do on Ctrl-C / SIGTERM; returns the function that removes it. */
  onInterrupt?: (stop: StopHandlers) => () => void;
}

export function processIO(): CliIO {
  watchStdout();
  return {
    stdout: (t) => process.stdout.write(t),
    stdoutBytes: (b) => process.stdout.write(b),
    stderr: (t) => process.stderr.write(t),
    isTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    env: process.env,
    stdin: () => process.stdin,
    progressStream: process.stderr,
    onInterrupt: (stop) => {
      // First Ctrl-C: no new files; those under way get STOP_GRACE_MS to finish, then the run
      // stops anyway. A second Ctrl-C, or SIGTERM (what `timeout`, systemd and Kubernetes
      // send), stops at once. Either way temporary files and child processes go with the run.
      let soft = false;
      let grace: NodeJS.Timeout | undefined;
      const now = (code: number): void => {
        stop.hard();
        cleanAll();
        process.exit(code);
      };
      const onInt = (): void => {
        if (soft) return now(EXIT.INTERRUPTED);
        soft = true;
        process.stderr.write(`\nstopping: the files under way get ${STOP_GRACE_MS / 1000} s to finish (press Ctrl-C again to quit now)\n`);
        stop.soft();
        grace = setTimeout(() => {
          process.stderr.write('stopped: files still under way were not finished\n');
          now(EXIT.INTERRUPTED);
        }, STOP_GRACE_MS);
        grace.unref();
      };
      const onTerm = (): void => now(EXIT.TERMINATED);
      process.on('SIGINT', onInt);
      process.on('SIGTERM', onTerm);
      return () => {
        clearTimeout(grace);
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
      };
    },
  };
}

let watching = false;

/**
 * A closed pipe (`prikaz … | head -1`) ends the run quietly with exit 0, as for other
 * Unix tools; any other failure to write standard output (a full disk, /dev/full) is one
 * line and exit 2, never a stack trace.
 */
function watchStdout(): void {
  if (watching) return;
  watching = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    cleanAll();
    if (e.code === 'EPIPE') process.exit(EXIT.OK);
    process.stderr.write(`prikaz: cannot write to standard output (${e.code ?? e.message})\n`);
    process.exit(EXIT.USAGE_OR_IO);
  });
  process.stderr.on('error', () => undefined); // nowhere left to say it
}

/**
 * Whether to color a stream, in this order: the global --no-color turns colors off; so does
 * NO_COLOR (https://no-color.org); FORCE_COLOR turns them on even into a pipe or file (0 or
 * "false" off; 2 and 3 ask for 256 colors and true color, as chalk reads it); otherwise only a
 * terminal gets colors, and not TERM=dumb. The order is commander's, so --help agrees.
 */
export function colorLevel(io: CliIO, stream: 'stderr' | 'stdout' = 'stderr'): 0 | 1 | 2 | 3 {
  const env = io.env;
  if (io.noColor) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force.toLowerCase() === 'false') return 0;
    const n = Number(force);
    return n === 2 || n === 3 ? n : 1;
  }
  const tty = stream === 'stdout' ? io.stdoutIsTTY === true : io.isTTY;
  return tty && env.TERM !== 'dumb' ? 1 : 0;
}

export function colorsFor(io: CliIO, stream: 'stderr' | 'stdout' = 'stderr'): ChalkInstance {
  return new Chalk({ level: colorLevel(io, stream) });
}
