import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Old binary Word (.doc) and RTF files, converted to .docx by LibreOffice when the user asks
 * for it (--convert-legacy) and `soffice` is installed. The input is only read; the
 * converted copy lives in a temporary folder that is removed afterwards.
 */
export async function convertToDocxWithLibreOffice(
  path: string,
  soffice = process.env.SOFFICE ?? 'soffice',
): Promise<{ bytes: Uint8Array } | { error: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'prikaz-legacy-'));
  try {
    const profile = pathToFileURL(join(dir, 'profile')).href; // its own profile: runs beside an open LibreOffice
    const run = await new Promise<{ code: number | null; stderr: string; missing: boolean }>((resolve) => {
      execFile(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'docx', '--outdir', join(dir, 'out'), path], { timeout: 120_000 }, (err, _out, stderr) => {
        const missing = (err as NodeJS.ErrnoException | null)?.code === 'ENOENT';
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr: String(stderr), missing });
      });
    });
    if (run.missing) return { error: `LibreOffice (${soffice}) is not installed or not on PATH` };
    const made = await readdir(join(dir, 'out')).catch(() => [] as string[]);
    const docx = made.find((f) => f.endsWith('.docx'));
    if (!docx) return { error: `LibreOffice could not convert it${run.stderr.trim() ? ` (${run.stderr.trim().split('\n')[0]})` : ''}` };
    return { bytes: await readFile(join(dir, 'out', docx)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
