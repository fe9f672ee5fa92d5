import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, exportCsv } from './csv.js';
import { flatten, partiesText } from './flatten.js';
import { goldenNames, loadGolden, sampleDoc } from './test-support.js';

/** A strict RFC 4180 reader, to read back what the exporter wrote. */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
        if (i < text.length && text[i] !== delimiter && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`a bare line break outside quotes at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) throw new Error('the last record has no CRLF');
  return rows;
}

describe('csvField', () => {
  it.each([
    ['plain', ',', 'plain'],
    ['a,b', ',', '"a,b"'],
    ['a,b', ';', 'a,b'],
    ['a;b', ';', '"a;b"'],
    ['a\tb', '\t', '"a\tb"'],
    ['say "hi"', ',', '"say ""hi"""'],
    ['two\nlines', ',', '"two\nlines"'],
    ['cr\r\nlf', ';', '"cr\r\nlf"'],
    [' padded', ',', '" padded"'],
    ['padded ', ',', '"padded "'],
    ['', ',', ''],
    ['«ёлки» №5', ';', '«ёлки» №5'],
    ['=SUM(A1)', ',', "'=SUM(A1)"],
    ['+7 999', ',', "'+7 999"],
    ['-дефис', ';', "'-дефис"],
    ['@cmd', ',', "'@cmd"],
    ['=1,2', ',', `"'=1,2"`],
  ])('%j with %j → %j', (value, delimiter, expected) => {
    expect(csvField(value, delimiter)).toBe(expected);
  });

  it('leaves a leading sign alone when the guard is off', () => {
    expect(csvField('-дефис', ',', false)).toBe('-дефис');
  });
});

describe('exportCsv', () => {
  it('starts with a UTF-8 BOM, ends records with CRLF; the BOM can be left out', () => {
    const text = exportCsv(sampleDoc());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(exportCsv(sampleDoc(), { bom: false }).charCodeAt(0)).not.toBe(0xfeff);
  });

  it('refuses a delimiter Excel would not split on', () => {
    expect(() => exportCsv(sampleDoc(), { delimiter: '|' })).toThrow(/delimiter/);
  });

  it.each([',', ';', '\t'])('reads back with delimiter %j: one row per activity, every field as it was', (delimiter) => {
    const doc = sampleDoc();
    const rows = parseCsv(exportCsv(doc, { delimiter }).slice(1), delimiter);
    const items = flatten(doc);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(items.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    items.forEach((f, i) => {
      const row = rows[i + 1]!;
      expect(row[col('№ п/п')]).toBe(f.item.number ?? '');
      expect(row[col('Срок (как в документе)')]).toBe(f.item.deadline.raw);
      expect(row[col('Вид срока')]).toBe(f.item.deadline.kind);
      expect(row[col('Начало')]).toBe(f.item.deadline.start ?? '');
      expect(row[col('Окончание')]).toBe(f.item.deadline.end ?? '');
      expect(row[col('Ответственные')]).toBe(partiesText(f.item));
      expect(row[col('Результат')]).toBe(f.item.result ?? '');
      const text = row[col('Мероприятие')]!;
      expect(text.replace(/^'/, '').startsWith(f.item.text)).toBe(true);
    });
  });

  it('gives sections by number and title path, lists inside the activity cell, a guard on a leading dash', () => {
    const rows = parseCsv(exportCsv(sampleDoc(), { delimiter: ';' }).slice(1), ';');
    const byNumber = new Map(rows.slice(1).map((r) => [`${r[1]}|${r[3]}`, r]));
    expect(byNumber.get('1.1|2')?.[2]).toBe('Раздел; первый, с запятыми / Подраздел');
    expect(byNumber.get('|0.1')?.[2]).toBe('');
    expect(byNumber.get('1|1.2')?.[4]).toBe("<img src=x onerror=alert(1)> и 'апостроф'\n• первый пункт\n• второй; пункт");
    expect(byNumber.get('1|1.3')?.[4]).toBe("'-начинается с дефиса");
    expect(byNumber.get('1|1.1')?.[9]).toBe('ОО; Управление "А"');
  });

  it('adds the plan\'s own extra columns after the known ones', () => {
    const doc = sampleDoc();
    doc.roadmaps[0]!.items[0]!.extra = { 'Отметка об исполнении': 'выполнено' };
    const rows = parseCsv(exportCsv(doc, { bom: false }), ',');
    expect(rows[0]!.at(-1)).toBe('Отметка об исполнении');
    expect(rows[1]!.at(-1)).toBe('выполнено');
    expect(rows[2]!.at(-1)).toBe('');
  });

  it.each(goldenNames())('%s: a row for each activity, all rows as wide as the header', (name) => {
    const doc = loadGolden(name);
    const rows = parseCsv(exportCsv(doc, { delimiter: ';' }).slice(1), ';');
    expect(rows).toHaveLength(flatten(doc).length + 1);
    const width = rows[0]!.length;
    for (const row of rows) expect(row).toHaveLength(width);
  });
});
