import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readDocx } from './index.js';
import { buildCfb, buildDocx, para } from './test-support.js';

async function refused(bytes: Uint8Array, path = 'order.docx'): Promise<{ code: string; message: string; hint?: string }> {
  const r = await readDocx(bytes, path);
  expect(r.value).toBeNull();
  expect(r.diagnostics).toHaveLength(1);
  const d = r.diagnostics[0];
  if (!d) throw new Error('no diagnostic');
  expect(d.severity).toBe('error');
  expect(d.message).not.toContain('\n');
  expect(d.location).toEqual({ file: path });
  return d.hint === undefined ? { code: d.code, message: d.message } : { code: d.code, message: d.message, hint: d.hint };
}

/** Set the declared uncompressed size of every entry, in both the local and the central headers. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const v = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = v.getUint32(i, true);
    if (sig === 0x04034b50) v.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) v.setUint32(i + 24, size, true);
  }
  return out;
}

describe('files that are not a readable .docx', () => {
  test('not a zip', async () => {
    expect(await refused(strToU8('ПРИКАЗ\nот 01.12.2020 № 607\n'))).toMatchObject({ code: 'docx/not-zip' });
    expect(await refused(new Uint8Array())).toMatchObject({ code: 'docx/not-zip' });
  });

  test('RTF and HTML saved as .doc/.docx say what they are and how to convert them', async () => {
    const rtf = await refused(strToU8('{\\rtf1\\ansi ПРИКАЗ}'), 'order.docx');
    expect(rtf).toEqual({ code: 'docx/not-zip', message: 'this is an RTF document, not .docx', hint: 'convert it: soffice --headless --convert-to docx order.docx' });
    expect(await refused(strToU8('<html><body>ПРИКАЗ</body></html>'), 'приказ 1.doc')).toMatchObject({
      code: 'docx/not-zip',
      hint: "convert it: soffice --headless --convert-to docx 'приказ 1.doc'",
    });
  });

  test('a password-protected .docx (OLE file with EncryptionInfo)', async () => {
    const d = await refused(buildCfb(['EncryptionInfo', 'EncryptedPackage']));
    expect(d.code).toBe('docx/encrypted');
    expect(d.message).toMatch(/password-protected/);
  });

  test('an old binary .doc renamed to .docx (OLE file with WordDocument)', async () => {
    expect(await refused(buildCfb(['WordDocument', '1Table']))).toEqual({
      code: 'docx/legacy-doc',
      message: 'this is an old binary Word document (.doc), not .docx',
      hint: 'convert it: soffice --headless --convert-to docx order.docx',
    });
  });

  test('a real .doc (saved by LibreOffice as Word 97) is recognised from its OLE directory', async () => {
    const bytes = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/docx/bad/word97.doc'));
    expect(await refused(bytes, 'приказ.docx')).toMatchObject({ code: 'docx/legacy-doc' });
  });

  test('another OLE file (say, an old .xls)', async () => {
    expect(await refused(buildCfb(['Workbook']))).toMatchObject({ code: 'docx/not-zip' });
  });

  test('a zip without word/document.xml', async () => {
    expect(await refused(zipSync({ 'readme.txt': strToU8('hello') }))).toMatchObject({ code: 'docx/no-document' });
    expect(await refused(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toMatchObject({
      code: 'docx/no-document',
      message: 'this is an Excel workbook, not a Word document',
    });
    expect(await refused(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }))).toMatchObject({
      code: 'docx/no-document',
      hint: 'convert it: soffice --headless --convert-to docx order.docx',
    });
  });

  test('a damaged zip', async () => {
    const good = buildDocx({ body: para('текст') });
    expect(await refused(good.subarray(0, Math.floor(good.length / 2)))).toMatchObject({ code: 'docx/corrupt' });
  });

  test('a zip bomb is refused from its declared sizes, before anything is inflated', async () => {
    // Declares 300 MB per entry: refused on the total, nothing is inflated.
    const lying = declareSize(buildDocx({ body: para('текст') }), 300 * 1024 * 1024);
    const d = await refused(lying);
    expect(d.code).toBe('docx/zip-bomb');
    expect(d.message).toMatch(/expand to \d+ MB/);

    // A real 8 MB part that compresses about 1000 times.
    const docx = buildDocx({ body: para('текст'), extra: { 'word/media/zeros.xml': new Uint8Array(8 * 1024 * 1024) } });
    expect(docx.length).toBeLessThan(100_000);
    expect(await refused(docx)).toMatchObject({ code: 'docx/zip-bomb', message: expect.stringMatching(/word\/media\/zeros\.xml would expand \d+ times/) });
  });

  test('a well-compressed but ordinary document is not a bomb', async () => {
    const body = Array.from({ length: 3000 }, (_, i) => para(`Пункт ${i} плана мероприятий дорожной карты`)).join('');
    const r = await readDocx(buildDocx({ body }), 'order.docx');
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.blocks).toHaveLength(3000);
  });
});

describe('never throws', () => {
  test('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        const r = await readDocx(bytes, 'x.docx');
        expect(r.value === null || r.value.format === 'docx').toBe(true);
        if (r.value === null) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('random bytes behind a zip or OLE signature', async () => {
    const prefixes = [strToU8('PK\x03\x04'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), fc.uint8Array({ minLength: 0, maxLength: 2000 }), async (prefix, rest) => {
        const bytes = new Uint8Array(prefix.length + rest.length);
        bytes.set(prefix);
        bytes.set(rest, prefix.length);
        const r = await readDocx(bytes, 'x.docx');
        expect(r.value).toBeNull();
        expect(r.diagnostics).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  test('a document.xml that is not well-formed XML', async () => {
    expect(await refused(buildDocx({ body: '<w:p><w:r><w:t>начало</w:t></w:r></w:p><w:p><w:r><w:t>обрыв' }))).toMatchObject({ code: 'docx/corrupt' });
    expect(await refused(buildDocx({ body: '<w:p><w:r><w:t>нач<ало</w:t></w:r></w:p>' }))).toMatchObject({ code: 'docx/corrupt' });
  });
});
