import { describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertFile } from '../src/pipeline/convert.js';
import { HOSTILE_DOCS } from '../src/readers/doc/test-support.js';

const DOC = 'fixtures/docx/bad/word97.doc';
const dir = mkdtempSync(join(tmpdir(), 'prikaz-legacy-test-'));
const WORD6 = join(dir, 'word6.doc');
writeFileSync(WORD6, HOSTILE_DOCS.find((h) => h.code === 'doc/word6')!.bytes());

/** Runs `fn` with SOFFICE set to `soffice`. */
async function withSoffice<T>(soffice: string, fn: () => Promise<T>): Promise<T> {
  const before = process.env.SOFFICE;
  process.env.SOFFICE = soffice;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.SOFFICE;
    else process.env.SOFFICE = before;
  }
}

describe('old .doc files', () => {
  it('Word 97–2003 is read natively, without LibreOffice', async () => {
    const r = await withSoffice('/nonexistent/soffice', () => convertFile(DOC, { convertLegacy: true }));
    expect(r.value?.source.format).toBe('doc');
    expect(r.diagnostics.map((d) => d.code)).not.toContain('input/converted');
  });

  it('Word 6/95 is refused with how to convert it, unless asked to convert', async () => {
    const r = await convertFile(WORD6);
    expect(r.value).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['doc/word6']);
    expect(r.diagnostics[0]!.hint).toMatch(/--convert-legacy/);
  });

  it('say so when --convert-legacy finds no LibreOffice', async () => {
    const r = await withSoffice('/nonexistent/soffice', () => convertFile(WORD6, { convertLegacy: true }));
    expect(r.value).toBeNull();
    expect(r.diagnostics[0]!.message).toMatch(/--convert-legacy: LibreOffice \(\/nonexistent\/soffice\) is not installed/);
  });

  it('a refused .doc goes through LibreOffice with --convert-legacy (a stand-in soffice that writes a .docx)', async () => {
    // The stand-in does what `soffice --convert-to docx --outdir OUT FILE` does: OUT/<name>.docx.
    const fake = join(dir, 'soffice');
    writeFileSync(
      fake,
      `#!/usr/bin/env node
const { copyFileSync, mkdirSync } = require('node:fs');
const { basename, join } = require('node:path');
const a = process.argv.slice(2);
const out = a[a.indexOf('--outdir') + 1];
mkdirSync(out, { recursive: true });
copyFileSync(${JSON.stringify(join(process.cwd(), 'fixtures/docx/002_d8146b65e7b6d256.docx'))}, join(out, basename(a[a.length - 1]).replace(/\\.[^.]+$/, '') + '.docx'));
`,
    );
    chmodSync(fake, 0o755);
    const r = await withSoffice(fake, () => convertFile(WORD6, { convertLegacy: true }));
    expect(r.value).not.toBeNull();
    expect(r.diagnostics[0]!.code).toBe('input/converted');
    // the model names and hashes the original file, not the temporary .docx (by its name: never an absolute path)
    expect(r.value!.source).toMatchObject({ file: 'word6.doc', sha256: createHash('sha256').update(readFileSync(WORD6)).digest('hex') });
  });
});
