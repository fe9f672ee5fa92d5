import type { Cell, CellParagraph, Paragraph, Row } from '../document/types.js';
import type { SourceLocation } from '../core/source.js';
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import { headingKey } from './column-roles.js';
import { type ColumnMap, type ColumnRole, gridCells, headerColumns, isColumnNumbering, subHeaderColumns } from './columns.js';
import type { RawItem, RawRoadmap, RawSection } from './types.js';
import { sectionPeriodOf } from './roadmap-title.js';
import { isDateHeading, joinCellText, joinLines, leadingNumber, normalizeNumber, startsLowercase } from './text.js';

/**
 * Turns the rows of a roadmap's activity tables into nested sections and items.
 * One builder serves a roadmap across several tables: a plan split by page breaks,
 * by section headings written as paragraphs, or by repeated headers.
 */
export class PlanBuilder {
  private stack: RawSection[] = [];
  private lastItem: RawItem | null = null;
  private breakPending = false;
  private afterHeader = false;
  /** The plan's own heading row, normalized: the same row repeated after a page break is no activity. */
  private headerKey: string | null = null;
  /** Numbered rows of a half-filled template: a number and nothing else. */
  private emptyRows: { count: number; source: SourceLocation | null } = { count: 0, source: null };
  /** Activities whose № cell is empty: numbered by the format in a way the reader could not recover, or not at all. */
  private unnumbered: { count: number; source: SourceLocation | null } = { count: 0, source: null };

  constructor(
    readonly roadmap: RawRoadmap,
    private columns: ColumnMap,
    private readonly diagnostics: Diagnostic[] = [],
  ) {
    if (roadmap.columns.length === 0) roadmap.columns = columns.headers.filter((h) => h !== '');
  }

  get width(): number {
    return this.columns.roles.length;
  }

  setColumns(columns: ColumnMap): void {
    // before the first activity the roadmap's columns follow the header as it is completed
    if (this.roadmap.items.length === 0 && this.roadmap.sections.length === 0) {
      this.roadmap.columns = columns.headers.filter((h) => h !== '');
    }
    this.columns = columns;
  }

  /** The heading row of a table of this plan, so that its repetitions are known. */
  headerSeen(row: Row): void {
    this.headerKey = headingKey(row);
    this.afterHeader = true;
  }

  /** Says what the plan left out: rows of a template that were never filled, numbers that are not there. */
  finish(): void {
    const { count, source } = this.emptyRows;
    if (count > 0) {
      this.diagnostics.push(
        diagnostic('info', 'plan/empty-rows', `${count} numbered row${count === 1 ? '' : 's'} of the plan hold nothing but a number (an unfilled template?): not taken as activities`, source ?? undefined),
      );
    }
    const numbered = this.unnumbered;
    if (numbered.count >= 2) {
      this.diagnostics.push(
        diagnostic('info', 'plan/no-numbers', `the № column is empty in ${numbered.count} activity rows: their numbers are null (numbered automatically in a way that could not be read?)`, numbered.source ?? undefined),
      );
    }
    this.emptyRows = { count: 0, source: null };
    this.unnumbered = { count: 0, source: null };
  }

  /** A section heading that stands as a paragraph between tables ("3.1 Действия, направленные …"). */
  addHeadingParagraph(p: Paragraph): void {
    const n = isDateHeading(p.text) ? null : leadingNumber(p.text);
    this.openSection(n ? normalizeNumber(n.number) : null, n ? n.rest : p.text, p.italic === true, p.source);
  }

  addRow(row: Row): void {
    // a page break stays "just before" the next row with content: repeated headers and empty rows sit between
    const afterBreak = row.afterBreak === true || this.breakPending;
    this.breakPending = afterBreak;
    if (isColumnNumbering(row)) return;
    // a second header row under the first names the parts of a heading that spans them
    const sub = this.afterHeader ? subHeaderColumns(row, this.columns) : null;
    if (sub) {
      this.setColumns(sub);
      this.afterHeader = false;
      return;
    }
    if (this.headerKey !== null && headingKey(row) === this.headerKey) {
      this.afterHeader = true; // the plan's heading repeated after a page break
      return;
    }
    const header = headerColumns(row);
    this.afterHeader = header !== null;
    if (header) {
      // a header repeated with other columns; what its words do not name keeps the role it had
      if (header.roles.length === this.columns.roles.length) {
        header.roles = header.roles.map((r, i) => (r === 'other' && this.columns.headers[i] === header.headers[i] ? this.columns.roles[i]! : r));
      }
      this.columns = header;
      return;
    }
    const grid = gridCells(row);
    const filled = grid.map((c, i) => ({ c, i })).filter((x) => x.c && x.c.text.trim() !== '');
    if (filled.length === 0) return;
    this.breakPending = false;

    const numberCol = this.col('number');
    const activityCol = this.col('activity');
    const numberText = numberCol >= 0 ? (grid[numberCol]?.text.trim() ?? '') : '';
    const activityCell = activityCol >= 0 ? grid[activityCol] : undefined;

    if (numberText === '' && TOTALS.test(activityCell?.text.trim() ?? '')) {
      // "Итого | | | 350,0 | 160,0" sums the columns; it is no activity
      this.roadmap.notes.push(this.totalsNote(grid));
      return;
    }
    if (this.isContinuation(afterBreak, numberText, activityCell) || this.isMoreOfList(numberText, activityCell, filled.map((x) => x.i))) {
      this.continueItem(grid);
      return;
    }
    if (filled.length === 1 && filled[0]!.i === numberCol && normalizeNumber(numberText) !== null) {
      // "3.5 | | | |": a row of a template nobody filled in
      this.emptyRows.count++;
      this.emptyRows.source ??= row.source;
      return;
    }
    const section = this.sectionRow(row, grid, filled.map((x) => x.i));
    if (section) {
      this.openSection(section.number, section.title, section.italic, row.source);
      return;
    }
    this.addItem(grid, numberText, row.source);
  }

  private col(role: ColumnRole): number {
    return this.columns.roles.indexOf(role);
  }

  /** "Итого: Объём финансирования, тыс. руб.: 2024: 350,0; …: 2025: 160,0" */
  private totalsNote(grid: (Cell | undefined)[]): string {
    const activity = this.col('activity');
    const label = (grid[activity]?.text.trim() ?? 'Итого').replace(/:$/, '');
    const values = grid
      .map((c, i) => ({ text: c?.text.trim() ?? '', header: this.columns.headers[i] ?? '', i }))
      .filter((v) => v.text !== '' && v.i !== activity)
      .map((v) => (v.header ? `${v.header}: ${v.text}` : v.text));
    return `${label}: ${values.join('; ')}`;
  }

  /** An item's number written at the start of its text ("1. Разработка …"), when the plan has no № column of its own or it is empty. */
  private numberInText(text: string): { number: string; rest: string } | null {
    const lead = leadingNumber(text);
    if (!lead || !(this.col('number') < 0 || lead.rest.length > 0) || !/^\d{1,3}(\.\d{1,3})*$/.test(lead.number)) return null;
    // "1. Разработка", or typed without the space: "2.Провести" (a capital right after the dot).
    return /\.\s|\.$|\.[А-ЯЁA-Z«"]/.test(text.slice(0, lead.number.length + 2)) ? lead : null;
  }

  /**
   * A row holding nothing but list entries in the activity column, after an item with a list
   * ("• «Качество образования»" under "Педсоветы: • «Итоги года»;"): more of that list, a row
   * the extraction split off. An activity has text of its own; list entries alone are not one.
   */
  private isMoreOfList(numberText: string, activity: Cell | undefined, filled: number[]): boolean {
    const last = this.lastItem;
    if (!last || last.list.length === 0 || numberText !== '' || !activity) return false;
    const activityCol = this.col('activity');
    return filled.every((i) => i === activityCol) && activity.paragraphs.length > 0 && activity.paragraphs.every((p) => p.listItem === true);
  }

  /** A row cut by a page break: no number, and its text goes on mid-sentence. */
  private isContinuation(afterBreak: boolean, numberText: string, activity: Cell | undefined): boolean {
    if (!afterBreak || !this.lastItem || numberText !== '') return false;
    const text = activity?.text.trim() ?? '';
    // numbered in its text ("3. Организация …"): the next item, not the rest of the last
    if (this.numberInText(text)) return false;
    // in a plan that numbers its items, an unnumbered row just after a break is the cut row's rest
    return text === '' || startsLowercase(text) || /^[,.;:)»]/.test(text) || this.lastItem.number !== null;
  }

  /**
   * A section row: one filled cell that is not an item's number — a title in the №
   * column, a cell merged over the row, or a row that is short of the table's columns
   * (the extraction lost the merge) holding a number and a title.
   */
  private sectionRow(row: Row, grid: (Cell | undefined)[], filled: number[]): { number: string | null; title: string; italic: boolean } | null {
    const numberCol = this.col('number');
    const activityCol = this.col('activity');
    const spans = row.cells.some((c) => c.colSpan >= Math.max(2, this.width - 1));
    const short = row.cells.length <= 2 && this.width >= 4;
    // a row holding a day and nothing else ("2 сентября 2024 г."), in whatever column it fell: the day's heading
    if (filled.length === 1 && filled[0] !== activityCol && isDateHeading(grid[filled[0]!]!.text)) return withNumber(grid[filled[0]!]!.text.trim(), false);
    const onlyLead = filled.every((i) => i === numberCol || i === activityCol || (numberCol < 0 && i === 0));
    if (!(spans || short || filled.length === 1) || !onlyLead) return null;

    const texts = filled.map((i) => grid[i]!.text.trim());
    const italic = filled.every((i) => grid[i]!.paragraphs.every((p) => p.italic));
    if (filled.length === 1) {
      const i = filled[0]!;
      const text = joinLines(grid[i]!.paragraphs.map((p) => p.text));
      if (i === numberCol && normalizeNumber(text) === null) return withNumber(text, italic);
      if (spans || short || (i === 0 && numberCol < 0 && row.cells.length === 1)) return withNumber(text, italic);
      // a title alone in the activity column that numbers itself ("I. Нормативное обеспечение", "Раздел 2. …");
      // where items carry their numbers in the text ("1. …") only a Roman numeral or "Раздел" marks a section
      if (i === activityCol && numberCol >= 0 && isSectionTitle(text)) return withNumber(text, italic);
      if (i === activityCol && numberCol < 0 && ROMAN_OR_RAZDEL_TITLE.test(text)) return withNumber(text, italic);
      return null;
    }
    // a number and a title in a short or merged row
    const number = numberCol >= 0 ? normalizeNumber(grid[numberCol]?.text ?? '') : null;
    if (number === null) return null;
    const title = joinLines(grid[activityCol]?.paragraphs.map((p) => p.text) ?? texts.slice(1));
    return { number, title, italic };
  }

  private openSection(number: string | null, title: string, italic: boolean, source: SourceLocation): void {
    const section: RawSection = { number, title: joinLines([title]), items: [], sections: [], source };
    const period = sectionPeriodOf(section.title);
    if (period) section.period = period;
    if (number === null && isDateHeading(section.title)) section.day = section.title;
    if (number !== null) {
      while (this.stack.length && !isWithin(number, this.stack[this.stack.length - 1]!.number)) this.stack.pop();
    } else if (italic) {
      // an unnumbered subsection in italics: under the current top-level section
      this.stack.length = Math.min(this.stack.length, 1);
    } else this.stack.length = 0;
    const parent = this.stack[this.stack.length - 1];
    (parent ? parent.sections : this.roadmap.sections).push(section);
    this.stack.push(section);
    this.lastItem = null;
  }

  private addItem(grid: (Cell | undefined)[], numberText: string, source: SourceLocation): void {
    const activityCol = this.col('activity');
    const paragraphs = activityCol >= 0 ? [...(grid[activityCol]?.paragraphs ?? [])] : [];
    let number = normalizeNumber(numberText);
    if (number === null && numberText === '' && paragraphs[0]) {
      // no № column (or an empty one): the number opens the text ("1. Разработка …")
      const lead = this.numberInText(paragraphs[0].text);
      if (lead) {
        number = lead.number;
        paragraphs[0] = { ...paragraphs[0], text: lead.rest };
      }
    }
    const item: RawItem = {
      number,
      text: '',
      list: [],
      deadline: this.deadlineText(grid),
      responsible: this.cellText('responsible', grid),
      result: this.cellText('result', grid) || null,
      extra: {},
      source,
    };
    setText(item, paragraphs);
    if (number !== null) {
      this.promoteBareParent(number);
      this.leaveSectionsNotHolding(number);
    }
    if (numberText !== '' && number === null) item.extra['№'] = numberText;
    if (number === null && numberText === '' && this.col('number') >= 0) {
      this.unnumbered.count++;
      this.unnumbered.source ??= source;
    }
    this.columns.roles.forEach((role, i) => {
      const text = grid[i]?.text.trim();
      if (role === 'other' && text) item.extra[this.columns.headers[i] || `column ${i + 1}`] = text;
    });
    const parent = this.stack[this.stack.length - 1];
    (parent ? parent.items : this.roadmap.items).push(item);
    this.lastItem = item;
  }

  /**
   * "1. | Нормативное обеспечение | | |" followed by "1.1. | …": a numbered row with only a
   * title, whose next row is numbered under it, heads a section; it is no activity. The
   * extraction lost the merge that would have shown it.
   */
  private promoteBareParent(number: string): void {
    const last = this.lastItem;
    if (!last || last.number === null || !isWithin(number, last.number)) return;
    const bare = last.deadline === '' && last.responsible === '' && last.result === null && last.list.length === 0 && Object.keys(last.extra).length === 0;
    if (!bare || last.text.includes('\n')) return;
    const parent = this.stack[this.stack.length - 1];
    const container = parent ? parent.items : this.roadmap.items;
    if (container[container.length - 1] !== last) return;
    container.pop();
    this.openSection(last.number, last.text, false, last.source);
  }

  /**
   * A section that numbers its items under its own number ("2" holding 2.1, 2.2) ends at an
   * item numbered outside it ("3"). Sections whose items restart at 1 ("I." holding 1, 2)
   * say nothing by their items' numbers and stay open.
   */
  private leaveSectionsNotHolding(number: string): void {
    for (let top = this.stack[this.stack.length - 1]; top && top.number !== null && !isWithin(number, top.number); top = this.stack[this.stack.length - 1]) {
      const own = top.items.filter((i) => i.number !== null);
      const holdsOwn = own.length > 0 && own.every((i) => isWithin(i.number!, top!.number!));
      if (!holdsOwn) return;
      this.stack.pop();
    }
  }

  /** The deadline cell, or its two halves joined into a span ("01.09.2021 – 31.12.2021"). */
  private deadlineText(grid: (Cell | undefined)[]): string {
    const whole = this.cellText('deadline', grid);
    const halves = [this.cellText('deadlineStart', grid), this.cellText('deadlineEnd', grid)].filter(Boolean);
    return [whole, halves.join(' – ')].filter(Boolean).join(' ');
  }

  private cellText(role: ColumnRole, grid: (Cell | undefined)[]): string {
    const i = this.col(role);
    return i >= 0 ? (grid[i]?.text.trim() ?? '') : '';
  }

  /** Joins a row cut by a page break to the item above it, column by column. */
  private continueItem(grid: (Cell | undefined)[]): void {
    const item = this.lastItem!;
    this.columns.roles.forEach((role, i) => {
      const cell = grid[i];
      const text = cell?.text.trim() ?? '';
      if (!cell || text === '') return;
      if (role === 'activity') {
        const [first, ...rest] = cell.paragraphs;
        if (first && !first.listItem && item.list.length === 0) item.text = joinCellText(item.text, first.text);
        else if (first) rest.unshift(first);
        for (const p of rest) {
          if (p.listItem) item.list.push(p.text);
          else if (item.list.length) item.list[item.list.length - 1] = joinLines([item.list[item.list.length - 1]!, p.text]);
          else item.text = `${item.text}\n${p.text}`;
        }
      } else if (role === 'deadline' || role === 'deadlineStart' || role === 'deadlineEnd') item.deadline = joinLines([item.deadline, text]);
      else if (role === 'responsible') item.responsible = joinLines([item.responsible, text]);
      else if (role === 'result') item.result = joinCellText(item.result ?? '', text);
      else if (role === 'other') {
        const key = this.columns.headers[i] || `column ${i + 1}`;
        item.extra[key] = joinLines([item.extra[key] ?? '', text]);
      }
    });
  }
}

/** A row that sums the columns: "Итого", "Всего", "ИТОГО по разделу 1:". */
const TOTALS = /^(?:итого|всего)(?![а-яё])/i;

/** A title numbered as only sections are: a Roman numeral or "Раздел N" ("II. Работа с семьями"). */
const ROMAN_OR_RAZDEL_TITLE = /^(?:[IVXLC]{1,6}\.?\s+\S|Раздел\s+(?:\d+|[IVXLC]+))/;
/** A title that numbers itself the way sections are numbered: as above, or "N." before a capital. */
const isSectionTitle = (text: string): boolean => ROMAN_OR_RAZDEL_TITLE.test(text) || /^\d{1,3}\.\s+[А-ЯЁ]/.test(text);
const ROMAN_OR_RAZDEL = /^(?:Раздел\s+)?([IVXLC]{1,6}|\d{1,3})\.?\s+(.+)$/s;

function withNumber(text: string, italic: boolean): { number: string | null; title: string; italic: boolean } {
  if (isDateHeading(text)) return { number: null, title: text, italic }; // "14 мая 2021 г.": a day, not section 14
  const roman = /^(?:Раздел\s+)?[IVXLC]{1,6}\.?\s/.test(text) || /^Раздел\s/i.test(text) ? ROMAN_OR_RAZDEL.exec(text) : null;
  if (roman) return { number: roman[1]!, title: roman[2]!.replace(/^[.:]\s*/, ''), italic };
  const n = leadingNumber(text);
  return n && n.rest ? { number: normalizeNumber(n.number), title: n.rest, italic } : { number: null, title: text, italic };
}

/** "1.2" lies within "1"; everything lies within the root (null). */
function isWithin(child: string, parent: string | null): boolean {
  return parent === null ? false : child.startsWith(`${parent}.`);
}

/** The cell's own paragraphs are the text; its list entries stay a list. */
function setText(item: RawItem, paragraphs: CellParagraph[]): void {
  const lead = paragraphs.filter((p) => !p.listItem).map((p) => p.text);
  const list = paragraphs.filter((p) => p.listItem).map((p) => p.text);
  if (lead.length === 0) {
    item.text = list.join('\n');
    return;
  }
  item.text = lead.join('\n');
  item.list = list;
}
