import type { CliIO } from './io.js';

/** A CliIO that keeps what a command prints, for tests that run commands without a process. */
export function memoryIO(over: Partial<CliIO> & { stdinText?: string | Uint8Array } = {}): CliIO & { out: string; err: string } {
  const { stdinText, ...rest } = over;
  const io = {
    out: '',
    err: '',
    isTTY: false,
    stdoutIsTTY: false,
    env: {} as Record<string, string | undefined>,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    ...(stdinText !== undefined ? { stdin: () => chunks(stdinText) } : {}),
    ...rest,
  };
  return io;
}

/** Standard input as a pipe delivers it: in pieces. */
async function* chunks(data: string | Uint8Array): AsyncIterable<Uint8Array> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  for (let i = 0; i < bytes.length; i += 4096) yield bytes.subarray(i, i + 4096);
}
