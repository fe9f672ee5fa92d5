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
  /** Standard input, for commands that read a list of inputs from "-". */
  stdin?: () => Promise<string>;
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
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
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

/** Colors only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colorsFor(io: CliIO, stream: 'stderr' | 'stdout' = 'stderr'): ChalkInstance {
  const tty = stream === 'stdout' ? io.stdoutIsTTY === true : io.isTTY;
  const off = !tty || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') || io.env.TERM === 'dumb';
  return new Chalk({ level: off ? 0 : 1 });
}
