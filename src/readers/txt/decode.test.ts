import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText } from './decode.js';

const ORDER = 'ПРИКАЗ\r\n№ 262 от 08.06.2021\r\nОб утверждении «дорожной карты»\r\n1. Утвердить план мероприятий.\r\n';

describe('text decoding (issue 18, case 12)', () => {
  it.each(['utf-16le', 'utf-16be'])('reads %s without a byte order mark as text, not binary', (enc) => {
    const r = decodeText(iconv.encode(ORDER, enc, { addBOM: false }), 'x.txt');
    expect(r.value?.text).toBe(ORDER);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['input/encoding']);
  });

  it('still refuses binary data with NUL bytes', () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(decodeText(junk, 'x.txt').diagnostics.map((d) => d.code)).toEqual(['input/binary']);
  });

  it('decodes each line of a file mixing UTF-8 and Windows-1251 in its own encoding, and names the lines', () => {
    const lines = ORDER.split(/(?<=\n)/);
    const bytes = Buffer.concat(lines.map((l, i) => (i === 2 ? Buffer.from(l, 'utf8') : iconv.encode(l, 'windows-1251'))));
    const r = decodeText(bytes, 'x.txt');
    expect(r.value?.text).toBe(ORDER);
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'input/mixed-encoding', message: expect.stringMatching(/line 3 is UTF-8/) })]);
  });

  it('leaves a file in one code page alone', () => {
    const r = decodeText(iconv.encode(ORDER, 'windows-1251'), 'x.txt');
    expect(r.value?.text).toBe(ORDER);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['input/encoding']);
  });
});
