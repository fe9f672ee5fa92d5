import type { CliIO } from './io.js';

/** A CliIO that keeps what a command prints, for tests that run commands without a process. */
export function memoryIO(over: Partial<CliIO> & { stdinText?: string } = {}): CliIO & { out: string; err: string } {
  const { stdinText, ...rest } = over;
  const io = {
    out: '',
    err: '',
    isTTY: false,
    stdoutIsTTY: false,
    env: {} as Record<string, string | undefined>,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    ...(stdinText !== undefined ? { stdin: async () => stdinText } : {}),
    ...rest,
  };
  return io;
}
