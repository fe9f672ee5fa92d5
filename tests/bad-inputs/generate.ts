/**
 * Builds the hostile inputs in a folder: large or synthetic files are made here rather than
 * committed; small real ones (a Word 97 file, an encrypted and a scanned PDF) are copied from
 * the fixtures. Used by bad-inputs.test.ts; each case says what must happen to it.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { zipSync } from 'fflate';
import { HOSTILE_DOCS } from '../../src/readers/doc/test-support.js';
import { buildCfb } from '../../src/readers/docx/test-support.js';

export type Outcome =
  | { kind: 'converted'; warnings?: string[] }
  | { kind: 'refused'; code: string; exit: 1 | 2 };

export interface BadInput {
  name: string;
  /** Creates the input below `dir` and returns its path. */
  make: (dir: string) => string;
  expect: Outcome;
  /** Options the input is converted with. */
  args?: string[];
}

const SEED = 'fixtures/txt/002_d8146b65e7b6d256.txt';
const seedText = (): string => readFileSync(SEED, 'utf8');
const put = (dir: string, name: string, data: string | Uint8Array): string => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
  return path;
};
const refused = (code: string, exit: 1 | 2 = 1): Outcome => ({ kind: 'refused', code, exit });

export const BAD_INPUTS: BadInput[] = [
  { name: 'empty .txt', make: (d) => put(d, 'empty.txt', ''), expect: refused('input/empty') },
  { name: 'zero-byte .docx', make: (d) => put(d, 'empty.docx', ''), expect: refused('docx/not-zip') },
  { name: 'one-byte .docx', make: (d) => put(d, 'one.docx', 'P'), expect: refused('docx/not-zip') },
  { name: 'zero-byte .pdf', make: (d) => put(d, 'empty.pdf', ''), expect: refused('pdf/corrupt') },
  { name: 'one-byte .pdf', make: (d) => put(d, 'one.pdf', '%'), expect: refused('pdf/truncated') },
  {
    name: 'truncated .docx',
    make: (d) => {
      const bytes = readFileSync('fixtures/docx/002_d8146b65e7b6d256.docx');
      return put(d, 'truncated.docx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
    expect: refused('docx/corrupt'),
  },
  {
    name: 'truncated .pdf',
    make: (d) => {
      const bytes = readFileSync('src/readers/pdf/testdata/basic.pdf');
      return put(d, 'truncated.pdf', bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
    expect: refused('pdf/truncated'),
  },
  {
    name: 'a .docx zip bomb',
    make: (d) =>
      put(
        d,
        'bomb.docx',
        zipSync({
          '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
          'word/document.xml': new Uint8Array(64 * 2 ** 20), // 64 MB of zeros, a few dozen KB packed
        }),
      ),
    expect: refused('docx/zip-bomb'),
  },
  { name: 'an encrypted .docx', make: (d) => put(d, 'secret.docx', buildCfb(['EncryptionInfo', 'EncryptedPackage'])), expect: refused('docx/encrypted') },
  { name: 'an encrypted .pdf', make: (d) => copy(d, 'src/readers/pdf/testdata/encrypted.pdf', 'secret.pdf'), expect: refused('pdf/encrypted') },
  // refused when OCR is off (with OCR it is read: tests/ocr-scans.test.ts)
  { name: 'a scanned (image-only) .pdf, --ocr never', make: (d) => copy(d, 'src/readers/pdf/testdata/scanned.pdf', 'scan.pdf'), expect: refused('pdf/no-text-layer'), args: ['--ocr', 'never'] },
  { name: 'an old .doc named .docx (read natively)', make: (d) => copy(d, 'fixtures/docx/bad/word97.doc', 'old.docx'), expect: { kind: 'converted' } },
  ...HOSTILE_DOCS.map((h): BadInput => ({ name: h.name, make: (d) => put(d, h.file, h.bytes()), expect: refused(h.code) })),
  { name: 'an .rtf named .docx', make: (d) => put(d, 'rich.docx', '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} ПРИКАЗ}'), expect: refused('input/unsupported') },
  {
    name: 'a PNG named .txt',
    make: (d) => put(d, 'image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])),
    expect: refused('input/binary'),
  },
  { name: 'a UTF-16 .txt', make: (d) => put(d, 'utf16.txt', iconv.encode(seedText(), 'utf16le', { addBOM: true })), expect: { kind: 'converted' } },
  { name: 'a Windows-1251 .txt', make: (d) => put(d, 'cp1251.txt', iconv.encode(seedText().replace(/«|»/g, '"'), 'win1251')), expect: { kind: 'converted' } },
  { name: 'a 50 MB .txt', make: (d) => put(d, 'huge.txt', seedText().repeat(Math.ceil((50 * 2 ** 20) / Buffer.byteLength(seedText())))), expect: refused('input/too-large') },
  {
    name: 'a text of 100,000 lines with no table',
    make: (d) => put(d, 'lines.txt', Array.from({ length: 100_000 }, (_, i) => `Строка ${i} обычного текста без таблицы`).join('\n')),
    expect: refused('document/not-an-order'),
  },
  {
    name: 'deeply nested HTML inside a .txt',
    make: (d) => put(d, 'nested.txt', `ПРИКАЗ\n\nот 01.02.2021 № 5\n\nОб утверждении плана\n\n${'<div>'.repeat(100_000)}текст${'</div>'.repeat(100_000)}\n`),
    expect: { kind: 'converted', warnings: ['document/no-roadmap'] },
  },
  {
    name: 'a table row with 500 cells',
    make: (d) => put(d, 'wide.txt', `${Array.from({ length: 500 }, (_, i) => `Колонка ${i}`).join('\t')}\n${Array.from({ length: 500 }, (_, i) => String(i)).join('\t')}\n`),
    expect: { kind: 'converted', warnings: ['document/no-roadmap'] },
  },
  { name: 'a path with spaces and Cyrillic', make: (d) => copy(d, SEED, 'папка с пробелами/приказ № 262 от 08.06.2021.txt'), expect: { kind: 'converted' } },
];

function copy(dir: string, from: string, name: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  copyFileSync(from, path);
  return path;
}

/** For `validate`: documents built to exhaust a YAML parser. */
export const BAD_YAML: { name: string; text: () => string; code: string }[] = [
  {
    name: 'a YAML alias bomb',
    text: () => {
      const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
      return `${lines.join('\n')}\n`;
    },
    code: 'yaml/alias-limit',
  },
  // The parser refuses it ("nests too deeply to be parsed") before it can overflow the stack.
  { name: 'YAML nested 1,000 levels deep (flow)', text: () => `${'['.repeat(1000)}${']'.repeat(1000)}\n`, code: 'yaml/syntax' },
  { name: 'YAML nested 1,000 levels deep (block)', text: () => `${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}a:\n`).join('')}${'  '.repeat(1000)}x\n`, code: 'yaml/syntax' },
];
