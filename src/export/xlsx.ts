import { strToU8, zipSync, type Zippable } from 'fflate';
import type { RoadmapDocument } from '../model/roadmap.js';
import { dropControls } from './control.js';
import { activityTable, type ActivityTable, type TableColumn } from './table.js';

/**
 * An Excel workbook (.xlsx, Office Open XML SpreadsheetML) of the activity table: one sheet,
 * the header row frozen and filtered, column widths fitted to the content, deadlines and
 * order dates as real dates (a number with a date format, so they sort and filter as dates).
 * Every row carries the order's columns (source, kind, date, number, authority), whether
 * the workbook holds one document or many.
 *
 * Written by hand with fflate's zip (already used to read .docx): the few parts a workbook
 * needs are small, stable XML, while the libraries that write them are large (exceljs) or
 * carry unpatched advisories (the npm `xlsx` 0.18 line). The output is reproducible: the
 * zip entries carry a fixed time, and nothing records when or where it was made.
 */
export function exportXlsx(doc: RoadmapDocument | readonly RoadmapDocument[]): Uint8Array {
  const docs: readonly RoadmapDocument[] = Array.isArray(doc) ? doc : [doc as RoadmapDocument];
  return workbook(activityTable(docs, { orderColumns: true }), 'Мероприятия');
}

/** A cell holds at most this many characters (Excel's limit); a longer text is cut with "…". */
export const XLSX_MAX_CELL = 32767;

/** Styles (cellXfs) by index: see STYLES. */
const STYLE = { text: 0, date: 1, header: 2, wrap: 3 } as const;

/** A fixed time for the zip entries, in local time as the zip format stores it. */
const ZIP_TIME = new Date(1980, 0, 1);

export function workbook(table: ActivityTable, sheetName: string): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': xml(CONTENT_TYPES),
    '_rels/.rels': xml(ROOT_RELS),
    'xl/workbook.xml': xml(workbookXml(sheetName, table)),
    'xl/_rels/workbook.xml.rels': xml(WORKBOOK_RELS),
    'xl/styles.xml': xml(STYLES),
    'xl/worksheets/sheet1.xml': xml(sheetXml(table)),
  };
  return zipSync(files, { level: 6, mtime: ZIP_TIME });
}

function xml(text: string): Uint8Array {
  return strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
}

function sheetXml(table: ActivityTable): string {
  const { columns, rows } = table;
  const last = columnName(columns.length - 1);
  const lastRow = rows.length + 1;
  const out: string[] = [
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    `<dimension ref="A1:${last}${lastRow}"/>`,
    // the header row stays in view while scrolling
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>',
    '<sheetFormatPr defaultRowHeight="15"/>',
    `<cols>${columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${columnWidth(c, rows, i)}" customWidth="1"/>`).join('')}</cols>`,
    '<sheetData>',
    `<row r="1">${columns.map((c, i) => textCell(`${columnName(i)}1`, c.title, STYLE.header)).join('')}</row>`,
  ];
  rows.forEach((row, r) => {
    const n = r + 2;
    const cells = row.map((value, i) => cell(`${columnName(i)}${n}`, value, columns[i]!));
    out.push(`<row r="${n}">${cells.join('')}</row>`);
  });
  out.push('</sheetData>', `<autoFilter ref="A1:${last}${lastRow}"/>`, '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>', '</worksheet>');
  return out.join('');
}

function cell(ref: string, value: string, column: TableColumn): string {
  if (value === '') return '';
  if (column.type === 'date') {
    const serial = dateSerial(value);
    if (serial !== null) return `<c r="${ref}" s="${STYLE.date}"><v>${serial}</v></c>`;
  }
  return textCell(ref, value, value.includes('\n') ? STYLE.wrap : STYLE.text);
}

function textCell(ref: string, value: string, style: number): string {
  let text = dropControls(value);
  if (text.length > XLSX_MAX_CELL) text = `${text.slice(0, XLSX_MAX_CELL - 1)}…`;
  return `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/**
 * The spreadsheet's serial day number of an ISO date (days since 1899-12-30, as Excel and
 * LibreOffice count in the 1900 date system), or null for anything else and for days before
 * 1900-03-01, where Excel's count is off by its phantom 29 February 1900.
 */
export function dateSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  if (t < Date.UTC(1900, 2, 1)) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** Width in characters: the longest line in the column (header included), between 8 and 60; dates 12. */
function columnWidth(column: TableColumn, rows: string[][], i: number): number {
  if (column.type === 'date') return Math.max(12, column.title.length + 2);
  let longest = column.title.length;
  for (const row of rows) {
    const v = row[i] ?? '';
    if (v.length <= longest) continue;
    for (const line of v.split('\n')) longest = Math.max(longest, line.length);
    if (longest >= 60) break;
  }
  return Math.min(60, Math.max(8, longest + 2));
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

function workbookXml(sheetName: string, table: ActivityTable): string {
  const last = columnName(table.columns.length - 1);
  const name = escapeXml(sheetName);
  return (
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets>` +
    // Excel keeps a filter's range under this hidden name; without it some versions drop the filter
    `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${name}'!$A$1:$${last}$${table.rows.length + 1}</definedName></definedNames>` +
    '</workbook>'
  );
}

const CONTENT_TYPES =
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';

const ROOT_RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';

const WORKBOOK_RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

/** Styles: 0 text, 1 date (dd.mm.yyyy, as Russian documents write dates), 2 bold header, 3 text with line breaks shown. */
const STYLES =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
