import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { csvField, CSV_COLUMNS, exportCsv } from './csv.js';
import { exportIcs } from './ics.js';
import { icsText } from './ics-writer.js';
import { flatten } from './flatten.js';
import { exportDocument, exportDocuments } from './index.js';
import { ORDER_COLUMNS } from './table.js';
import { loadGolden, sampleDoc } from './test-support.js';
import { portableSourceName } from '../core/source-name.js';

const STAMP = new Date('2024-05-01T12:00:00Z');
const A = () => loadGolden('000_72fc9603205c0c49.roadmap.yaml');
const B = () => loadGolden('002_d8146b65e7b6d256.roadmap.yaml');

/** Records of a BOM-less CSV written with "," (quoted fields may hold line breaks). */
function records(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), out.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return out;
}

describe('a combined table of several roadmaps', () => {
  it('has every activity of each, with its order\'s source, kind, date, number and authority first', () => {
    const [a, b] = [A(), B()];
    const rows = records(exportCsv([a, b], { bom: false }));
    expect(rows[0]!.slice(0, ORDER_COLUMNS.length)).toEqual(['Источник', 'Вид документа', 'Дата документа', '№ документа', 'Орган']);
    expect(rows[0]!.slice(ORDER_COLUMNS.length, ORDER_COLUMNS.length + CSV_COLUMNS.length)).toEqual([...CSV_COLUMNS]);
    const body = rows.slice(1);
    expect(body).toHaveLength(flatten(a).length + flatten(b).length);
    const first = body[0]!;
    expect(first.slice(0, 4)).toEqual([a.source.file, a.order!.kind, a.order!.date, a.order!.number]);
    expect(first[4]).toBe(a.order!.authority);
    const last = body[body.length - 1]!;
    expect(last.slice(0, 4)).toEqual([b.source.file, b.order!.kind, b.order!.date, b.order!.number]);
    // every row as wide as the header: extra columns of one plan are empty in the other's rows
    for (const r of body) expect(r).toHaveLength(rows[0]!.length);
  });

  it('keeps one roadmap\'s table as it was unless asked to combine', async () => {
    const a = A();
    const plain = exportDocument(a, 'csv');
    expect(plain.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}`)).toBe(true);
    expect(await exportDocuments([a], 'csv')).toBe(plain);
    expect(await exportDocuments([a], 'csv', { combined: true })).toBe(exportCsv([a]));
    expect(exportCsv([a]).startsWith('\uFEFFИсточник,')).toBe(true);
  });

  it('refuses to combine md and html', async () => {
    await expect(exportDocuments([A(), B()], 'md')).rejects.toThrow(/one roadmap/);
    await expect(exportDocuments([A(), B()], 'html')).rejects.toThrow(/one roadmap/);
  });

  it('makes one calendar with the events of all, their UIDs apart', () => {
    const [a, b] = [A(), B()];
    const count = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').length;
    const both = exportIcs([a, b], { stamp: STAMP });
    expect(count(both)).toBe(count(exportIcs(a, { stamp: STAMP })) + count(exportIcs(b, { stamp: STAMP })));
    const uids = [...both.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(new Set(uids).size).toBe(uids.length);
    expect(both).toContain('X-WR-CALNAME:Дорожные карты: 2');
  });
});

describe('control characters the formats forbid', () => {
  const nasty = 'a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\u007fh\ti';

  it('CSV: drops NUL and the other C0 controls and DEL; keeps tab; a VT or FF breaks the line', () => {
    expect(csvField(nasty)).toBe('"abcd\ne\nfgh\ti"');
    const doc = sampleDoc();
    doc.roadmaps[0]!.items[0]!.text = nasty;
    doc.roadmaps[0]!.items[0]!.responsible.parties[0]!.name = 'ОО\u0000';
    const text = exportCsv(doc);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });

  it('ICS: TEXT holds no control but tab; line breaks are escaped', () => {
    expect(icsText(nasty)).toBe('abcd\\ne\\nfgh\ti');
    const doc = sampleDoc();
    doc.roadmaps[0]!.items[0]!.text = nasty;
    doc.roadmaps[0]!.title = `T\u0000${nasty}`;
    const text = exportIcs(doc, { stamp: STAMP });
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    expect(() => ICAL.parse(text)).not.toThrow();
  });
});

describe('no absolute local path in an export', () => {
  const secret = '/home/someone/private/orders';
  it.each(['ics', 'md', 'html'] as const)('%s names the source by its file name', (format) => {
    const doc = sampleDoc();
    doc.source.file = `${secret}/order.txt`; // a roadmap written before paths were kept portable
    const text = exportDocument(doc, format, { stamp: STAMP });
    expect(text).not.toContain(secret);
    expect(text).toContain('order.txt');
  });

  it('xlsx and the combined csv too', async () => {
    const doc = sampleDoc();
    doc.source.file = `C:\\Users\\someone\\orders\\order.txt`;
    const csv = exportCsv([doc]);
    expect(csv).not.toContain('someone');
    expect(csv).toContain('order.txt');
    const xlsx = Buffer.from((await exportDocuments([doc], 'xlsx')) as Uint8Array);
    const { unzipSync, strFromU8 } = await import('fflate');
    const sheet = strFromU8(unzipSync(xlsx)['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toContain('someone');
    expect(sheet).toContain('order.txt');
  });
});

describe('portableSourceName', () => {
  it.each([
    ['fixtures/txt/000.txt', 'fixtures/txt/000.txt'],
    ['./orders/a.pdf', 'orders/a.pdf'],
    ['orders\\2021\\a.docx', 'orders/2021/a.docx'],
    ['/tmp/x/a.txt', 'a.txt'],
    ['../../secret/a.txt', 'a.txt'],
    ['orders/../../a.txt', 'a.txt'],
    ['C:\\Users\\me\\a.docx', 'a.docx'],
    ['\\\\server\\share\\a.pdf', 'a.pdf'],
    ['a.txt', 'a.txt'],
  ])('%s → %s', (path, name) => {
    expect(portableSourceName(path)).toBe(name);
  });
});
