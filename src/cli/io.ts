import { Chalk, type ChalkInstance } from 'chalk';

/** Where a command writes; tests pass their own so that commands run without a process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (colors of diagnostics, progress). */
  isTTY: boolean;
  /** Whether stdout is a terminal (colors of reports written there); false when not said. */
  stdoutIsTTY?: boolean;
  env: Record<string, string | undefined>;
  /** Standard input, for commands that read a list of inputs from "-". */
  stdin?: () => Promise<string>;
  /** Registers a handler for Ctrl-C / SIGTERM; returns the function that removes it. */
  onInterrupt?: (handler: () => void) => () => void;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    env: process.env,
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    onInterrupt: (handler) => {
      // the first signal lets work under way finish; a second one ends the process at once
      let seen = false;
      const on = (): void => {
        if (seen) process.exit(130);
        seen = true;
        process.stderr.write('\nstopping after the files under way (press Ctrl-C again to quit now)\n');
        handler();
      };
      process.on('SIGINT', on);
      process.on('SIGTERM', on);
      return () => {
        process.off('SIGINT', on);
        process.off('SIGTERM', on);
      };
    },
  };
}

/** Colors only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colorsFor(io: CliIO, stream: 'stderr' | 'stdout' = 'stderr'): ChalkInstance {
  const tty = stream === 'stdout' ? io.stdoutIsTTY === true : io.isTTY;
  const off = !tty || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') || io.env.TERM === 'dumb';
  return new Chalk({ level: off ? 0 : 1 });
}
