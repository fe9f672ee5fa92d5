import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { convertFile } from '../src/pipeline/convert.js';

const DOC = 'fixtures/docx/bad/word97.doc';
const hasSoffice = ((): boolean => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
})();

describe('old .doc files', () => {
  it('are refused with how to convert them, unless asked to convert', async () => {
    const r = await convertFile(DOC);
    expect(r.value).toBeNull();
    expect(r.diagnostics.map((d) => [d.code, d.hint])).toEqual([['docx/legacy-doc', `convert it: soffice --headless --convert-to docx ${DOC}`]]);
  });

  it('say so when --convert-legacy finds no LibreOffice', async () => {
    const before = process.env.SOFFICE;
    process.env.SOFFICE = '/nonexistent/soffice';
    try {
      const r = await convertFile(DOC, { convertLegacy: true });
      expect(r.value).toBeNull();
      expect(r.diagnostics[0]!.message).toMatch(/--convert-legacy: LibreOffice \(\/nonexistent\/soffice\) is not installed/);
    } finally {
      if (before === undefined) delete process.env.SOFFICE;
      else process.env.SOFFICE = before;
    }
  });

  it.skipIf(!hasSoffice)('are converted through LibreOffice with --convert-legacy (runs where soffice is installed)', async () => {
    const r = await convertFile(DOC, { convertLegacy: true });
    expect(r.value).not.toBeNull();
    expect(r.diagnostics[0]!.code).toBe('input/converted');
    // the model names and hashes the original file, not the temporary .docx
    expect(r.value!.source).toMatchObject({ file: DOC, sha256: createHash('sha256').update(readFileSync(DOC)).digest('hex') });
  }, 120_000);
});
