import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, dateSerial, exportXlsx, XLSX_MAX_CELL } from './xlsx.js';
import { ORDER_COLUMNS } from './table.js';
import { CSV_COLUMNS } from './csv.js';
import { flatten } from './flatten.js';
import { loadGolden, sampleDoc } from './test-support.js';

/** The parts of a workbook as text, the way a spreadsheet program opens it: unzip, read XML. */
function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The cells of one row: reference → [style, inline text or value]. */
function row(sheet: string, n: number): Map<string, { s: string | null; text: string | null; v: string | null }> {
  const m = new RegExp(`<row r="${n}">(.*?)</row>`).exec(sheet);
  const cells = new Map<string, { s: string | null; text: string | null; v: string | null }>();
  for (const c of (m?.[1] ?? '').matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/g)) {
    const s = / s="(\d+)"/.exec(c[2]!)?.[1] ?? null;
    const text = /<t xml:space="preserve">(.*?)<\/t>/s.exec(c[3]!)?.[1] ?? null;
    const v = /<v>(.*?)<\/v>/.exec(c[3]!)?.[1] ?? null;
    cells.set(c[1]!.replace(/\d+$/, ''), { s, text, v });
  }
  return cells;
}

describe('exportXlsx', () => {
  const doc = loadGolden('002_d8146b65e7b6d256.roadmap.yaml');
  const files = parts(exportXlsx(doc));
  const sheet = files['xl/worksheets/sheet1.xml']!;
  const rows = flatten(doc).length;
  const columns = [...ORDER_COLUMNS.map((c) => c.title), ...CSV_COLUMNS];

  it('is a zip of the parts a workbook needs, each declared', () => {
    for (const p of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']) {
      expect(files[p], p).toBeDefined();
    }
    expect(files['[Content_Types].xml']).toContain('PartName="/xl/worksheets/sheet1.xml"');
    expect(files['xl/workbook.xml']).toContain('r:id="rId1"');
  });

  it('freezes the header row, filters it, and sets every column width', () => {
    expect(sheet).toMatch(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
    const last = columnName(columns.length - 1);
    expect(sheet).toContain(`<autoFilter ref="A1:${last}${rows + 1}"/>`);
    expect(files['xl/workbook.xml']).toContain('_xlnm._FilterDatabase');
    const widths = [...sheet.matchAll(/<col min="(\d+)" max="\d+" width="(\d+)" customWidth="1"\/>/g)];
    expect(widths).toHaveLength(columns.length);
    for (const w of widths) expect(Number(w[2])).toBeGreaterThanOrEqual(8);
  });

  it('heads the sheet with the order and activity columns and writes a row per activity', () => {
    const head = row(sheet, 1);
    expect([...head.values()].map((c) => c.text)).toEqual(columns);
    expect([...head.values()].every((c) => c.s === '2')).toBe(true); // bold
    expect(sheet.match(/<row r="/g)).toHaveLength(rows + 1);
  });

  it('writes dates as date cells: a serial number in a style with a date format', () => {
    const styles = files['xl/styles.xml']!;
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="dd.mm.yyyy"/>');
    // style 1 is the date style
    const xfs = /<cellXfs count="\d+">(.*?)<\/cellXfs>/.exec(styles)![1]!.match(/<xf [^>]*?(\/>|>.*?<\/xf>)/g)!;
    expect(xfs[1]).toContain('numFmtId="164"');
    const first = row(sheet, 2);
    const orderDate = first.get(columnName(ORDER_COLUMNS.findIndex((c) => c.title === 'Дата документа')))!;
    expect(orderDate).toMatchObject({ s: '1', v: String(dateSerial(doc.order!.date!)) });
    const end = flatten(doc).findIndex((f) => f.item.deadline.end);
    const endCell = row(sheet, end + 2).get(columnName(columns.indexOf('Окончание')))!;
    expect(endCell.s).toBe('1');
    expect(Number(endCell.v)).toBe(dateSerial(flatten(doc)[end]!.item.deadline.end!));
  });

  it('escapes XML and drops the control characters XML forbids', () => {
    const d = sampleDoc();
    d.roadmaps[0]!.items[0]!.text = 'A\u0000B\u000bC & <D>';
    const s = parts(exportXlsx(d))['xl/worksheets/sheet1.xml']!;
    expect(s).toContain('AB\nC &amp; &lt;D&gt;');
    expect(s).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(s).not.toContain('<script>');
  });

  it('cuts a text past Excel\'s cell limit, saying so with "…"', () => {
    const d = sampleDoc();
    d.roadmaps[0]!.items[0]!.text = 'я'.repeat(XLSX_MAX_CELL + 10);
    const s = parts(exportXlsx(d))['xl/worksheets/sheet1.xml']!;
    expect(s).toContain(`${'я'.repeat(XLSX_MAX_CELL - 1)}…<`);
  });

  it('combines several documents in one sheet', () => {
    const b = sampleDoc();
    const s = parts(exportXlsx([doc, b]))['xl/worksheets/sheet1.xml']!;
    expect(s.match(/<row r="/g)).toHaveLength(rows + flatten(b).length + 1);
    expect(s).toContain('fixtures/sample.txt');
  });

  it('is the same bytes for the same document (no time or place recorded)', () => {
    expect(Buffer.from(exportXlsx(doc)).equals(Buffer.from(exportXlsx(doc)))).toBe(true);
  });
});

describe('dateSerial', () => {
  it.each([
    ['1900-03-01', 61],
    ['2024-01-02', 45293],
    ['2021-12-31', 44561],
    ['2024-02-29', 45351],
  ])('%s → %d (as Excel and LibreOffice count)', (iso, serial) => {
    expect(dateSerial(iso)).toBe(serial);
  });

  it.each(['1900-02-28', '2021-02-30', '2021-13-01', '15.03.2021', ''])('%j is no date cell', (v) => {
    expect(dateSerial(v)).toBeNull();
  });
});

describe('columnName', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%d → %s', (i, name) => {
    expect(columnName(i)).toBe(name);
  });
});
