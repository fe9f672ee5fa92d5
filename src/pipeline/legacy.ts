import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { trackChild, trackTemp, untrackChild, untrackTemp } from '../core/cleanup.js';

/** LibreOffice converts an order in seconds; past this it is stopped. */
const SOFFICE_TIMEOUT_MS = 120_000;

/**
 * Old binary Word (.doc) and RTF files, converted to .docx by LibreOffice when the user asks
 * for it (--convert-legacy) and `soffice` is installed. The input is only read; the
 * converted copy lives in a temporary folder that is removed afterwards, and LibreOffice
 * runs in a process group of its own that is killed with the run (Ctrl-C, SIGTERM, a file
 * past its time limit), so neither outlives it.
 */
export async function convertToDocxWithLibreOffice(
  path: string,
  soffice = process.env.SOFFICE ?? 'soffice',
): Promise<{ bytes: Uint8Array } | { error: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'prikaz-legacy-'));
  trackTemp(dir);
  try {
    const profile = pathToFileURL(join(dir, 'profile')).href; // its own profile: runs beside an open LibreOffice
    // soffice has no "--" (it calls it an unknown option): an absolute path never starts with "-"
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'docx', '--outdir', join(dir, 'out'), resolve(path)];
    const run = await runSoffice(soffice, args);
    if (run.missing) return { error: `LibreOffice (${soffice}) is not installed or not on PATH` };
    if (run.timedOut) return { error: `LibreOffice did not finish within ${SOFFICE_TIMEOUT_MS / 1000} s and was stopped` };
    const made = await readdir(join(dir, 'out')).catch(() => [] as string[]);
    const docx = made.find((f) => f.endsWith('.docx'));
    if (!docx) return { error: `LibreOffice could not convert it${run.stderr.trim() ? ` (${run.stderr.trim().split('\n')[0]})` : ''}` };
    return { bytes: await readFile(join(dir, 'out', docx)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
    untrackTemp(dir);
  }
}

function runSoffice(cmd: string, args: string[]): Promise<{ stderr: string; missing: boolean; timedOut: boolean }> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    const pid = child.pid;
    if (pid !== undefined) trackChild(pid);
    const killGroup = (): void => {
      if (pid === undefined) return;
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, SOFFICE_TIMEOUT_MS);
    child.stderr?.on('data', (c: Buffer) => {
      if (stderr.length < 4096) stderr += c.toString('utf8');
    });
    const finish = (missing: boolean): void => {
      clearTimeout(timer);
      killGroup(); // what soffice left behind in its group (soffice.bin)
      if (pid !== undefined) untrackChild(pid);
      done({ stderr, missing, timedOut });
    };
    child.once('error', (e: NodeJS.ErrnoException) => finish(e.code === 'ENOENT'));
    child.once('close', () => finish(false));
  });
}
