import type { Paragraph, ParsedDocument, Table } from '../document/types.js';
import { makeParagraph } from '../document/build.js';
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { Result } from '../core/result.js';
import type { Appendix, Approval, GenericTable, GlossaryEntry } from '../model/roadmap.js';
import { BlockCursor } from './blocks.js';
import { recognizeOrderHeader } from './header.js';
import { approvalFromTable, isApprovalStart, recognizeApproval } from './approval.js';
import { isAppendixStart, recognizeAppendix } from './appendix.js';
import { readActReference } from './act-reference.js';
import { inferOrder } from './order-inference.js';
import { findDefinitionsInText, glossaryPair, isGlossaryNoteStart, mergeGlossary, recognizeGlossaryNote } from './glossary.js';
import { assignPreamble, isRoadmapTitle, periodOf, readTitleRun } from './roadmap-title.js';
import { tableColumns } from './column-roles.js';
import { PlanBuilder } from './plan.js';
import { genericTable, numberedListTable, numberedRun, titleOf } from './tables.js';
import { isDateHeading, joinLines, leadingNumber } from './text.js';
import type { RawRoadmap, RecognizedDocument, TableExplanation } from './types.js';

/**
 * Walks the document's blocks once, handing each stretch to the recognizer it
 * belongs to. Paragraphs no recognizer claims wait in `pending` until the next
 * structure tells what they are (a table's title, section headings, a roadmap's
 * goal); what is still unclaimed at the end is reported, never dropped.
 */
export function recognizeDocument(doc: ParsedDocument): Result<RecognizedDocument> {
  return new DocumentRecognizer(doc).run();
}

/** The other marks a plan may carry beside its stamp: adopted, agreed, considered by a council. */
const OTHER_MARK = /^(?:ПРИНЯТ|СОГЛАСОВАН|РАССМОТРЕН|ОДОБРЕН)[АОЫ]?(?![А-ЯЁа-яё])/i;

/** A note marked by asterisks, as a plan's footnotes are. */
const FOOTNOTE = /^\*{1,3}\s*(?:[–—-]\s*)?\S/;

class DocumentRecognizer {
  private readonly cursor: BlockCursor;
  private readonly diagnostics: Diagnostic[] = [];
  private approval: Approval | null = null;
  private readonly noteGlossary: GlossaryEntry[] = [];
  private readonly roadmaps: RawRoadmap[] = [];
  private readonly tables: GenericTable[] = [];
  private appendix: Appendix | null = null;
  private roadmap: RawRoadmap | null = null;
  private plan: PlanBuilder | null = null;
  private pending: Paragraph[] = [];
  private hasOrder = false;
  private readonly explanations: TableExplanation[] = [];
  /** Tables kept as generic tables, and why none of them was read as a plan. */
  private readonly notPlans: { table: GenericTable; why: string }[] = [];

  constructor(private readonly doc: ParsedDocument) {
    this.cursor = new BlockCursor(doc.blocks);
  }

  run(): Result<RecognizedDocument> {
    const order = recognizeOrderHeader(this.cursor);
    this.hasOrder = order !== null;
    while (!this.cursor.done) {
      const block = this.cursor.peek()!;
      if (block.kind === 'table') this.table(block);
      else this.paragraph(block);
    }
    this.flushPending();
    this.closePlan();
    const glossary = mergeGlossary(this.noteGlossary, this.definitionsInText());
    const appendices = [...this.roadmaps.map((r) => r.appendix), ...this.tables.map((t) => t.appendix ?? null), this.appendix];
    const inferred = inferOrder(order, this.approval, appendices, this.doc.file);
    this.diagnostics.push(...inferred.diagnostics);
    this.reportEmptyPlans();
    return {
      value: { order: inferred.order, approval: this.approval, glossary, roadmaps: this.roadmaps, tables: this.tables, diagnostics: [], explanations: this.explanations },
      diagnostics: this.diagnostics,
    };
  }

  private paragraph(p: Paragraph): void {
    const c = this.cursor;
    if (isApprovalStart(p.text)) {
      this.placeApproval(recognizeApproval(c)!, p);
      return;
    }
    if (isAppendixStart(p.text)) {
      this.flushPending();
      this.appendix = recognizeAppendix(c);
      this.roadmap = null;
      this.closePlan();
      return;
    }
    if (isGlossaryNoteStart(p.text)) {
      const at = c.pos;
      const entries = recognizeGlossaryNote(c);
      if (entries) {
        this.noteGlossary.push(...entries);
        return;
      }
      c.pos = at;
    }
    if (isRoadmapTitle(p.text) && !leadingNumber(p.text)) {
      const { text, first } = readTitleRun(c);
      if (this.roadmap && !this.hasPlan(this.roadmap)) {
        // the roadmap's plan gets a title of its own ("План мероприятий …" under "ДОРОЖНАЯ КАРТА")
        assignPreamble(this.roadmap, this.takePending());
        this.roadmap.planTitle = text;
        this.roadmap.period ??= periodOf(text);
      } else {
        this.flushPending();
        this.openRoadmap(text, first);
      }
      return;
    }
    this.pending.push(p);
    c.pos++;
  }

  /** A stamp read from text or from a table: an appendix's, the stamp over what the order approved, or the document's. */
  private placeApproval(approval: Approval, p: Paragraph): void {
    const letterhead = this.letterhead();
    this.flushPending();
    if (letterhead) approval.organization = letterhead;
    if (this.roadmap && !this.hasPlan(this.roadmap) && approval.form === 'approved' && approval.act && !this.roadmap.appendix?.approval) {
      // "(утв. постановлением … от … N …)" under a plan's title, as legal databases print it: that plan's stamp
      this.roadmap.appendix ??= { number: null, reference: null, date: approval.act.date, orderNumber: approval.act.number, approval: null };
      this.roadmap.appendix.approval = approval;
      if (approval.source && !this.roadmap.appendix.source) this.roadmap.appendix.source = approval.source;
      return;
    }
    if (this.appendix && !this.appendix.approval) this.appendix.approval = approval;
    else if (this.hasOrder && approval.form === 'approved' && approval.act) {
      // "УТВЕРЖДЕН распоряжением … от … № …" after an order: the stamp heads what the order approved,
      // an appendix that carries no "Приложение" line of its own
      this.appendix = { number: null, reference: null, date: approval.act.date, orderNumber: approval.act.number, approval };
      if (approval.source) this.appendix.source = approval.source;
      this.roadmap = null;
      this.closePlan();
    } else if (!this.approval) this.approval = approval;
    else this.unplaced(p, 'a second approval stamp');
  }

  private table(t: Table): void {
    this.cursor.pos++;
    const stamp = approvalFromTable(t);
    if (stamp) {
      // a stamp laid out as a table ("СОГЛАСОВАНО | УТВЕРЖДАЮ"): the other marks are said, not dropped
      this.placeApproval(stamp.approval, makeParagraph(t.rows[0]!.cells.map((c) => c.text).join(' '), t.source));
      for (const other of stamp.others) this.diagnostics.push(diagnostic('info', 'text/unplaced', `beside the approval stamp: "${other.text.slice(0, 160)}"`, other.source));
      return;
    }
    const cols = tableColumns(t, this.noteGlossary);
    this.explanations.push({ source: t.source, ...cols });
    // a table without headings, as wide as the plan before it, with nothing but section headings between: the plan goes on
    const continues = cols.headerRows === 0 && this.plan !== null && this.pending.every(isSectionHeading) && widthOf(t) === this.plan.width;
    if (cols.isPlan || continues) {
      const headings = this.trailingHeadings();
      if (!this.roadmap) {
        const title = this.takeTitleRun();
        this.openRoadmap(title ? titleOf(title) : null, title?.[0] ?? null, t);
      }
      const roadmap = this.roadmap!;
      if (!this.hasPlan(roadmap)) {
        assignPreamble(roadmap, this.takePending());
      } else this.flushPending();
      if (!this.plan) this.plan = new PlanBuilder(roadmap, cols.columns, this.diagnostics);
      else if (!continues) this.plan.setColumns(cols.columns);
      for (const h of headings) this.plan.addHeadingParagraph(h);
      const body = continues ? t.rows : t.rows.slice(cols.headerRows);
      if (!continues && cols.headerRows > 0) this.plan.headerSeen(t.rows[0]!);
      for (const row of body) this.plan.addRow(row);
      return;
    }
    if (t.rows.every((r) => r.cells.every((c) => c.text.trim() === ''))) return; // an empty grid holds nothing to keep
    const title = this.takeTitleRun();
    this.flushPending();
    const generic = genericTable(t, title ? titleOf(title) : null, this.appendix);
    this.tables.push(generic);
    this.notPlans.push({ table: generic, why: cols.why ?? 'its columns do not map onto the plan before it' });
    if (this.plan && cols.headerRows === 0 && widthOf(t) === this.plan.width && generic.rows.length > 0) {
      // as wide as the plan above it, yet not taken as its continuation: say so, it may be a lost part
      this.diagnostics.push(
        diagnostic('warning', 'table/not-a-plan', `a table as wide as the plan above it was kept apart, not as the plan's continuation: ${cols.why ?? 'its headings differ'}`, t.source, 'prikaz explain shows the evidence for each column'),
      );
    }
    this.closePlan();
  }

  private openRoadmap(title: string | null, first: Paragraph | null, table?: Table): void {
    const source = first?.source ?? table?.source ?? { file: this.doc.file };
    this.roadmap = {
      title,
      planTitle: null,
      appendix: this.appendix,
      goal: null,
      expectedResults: [],
      period: title ? periodOf(title) : null,
      notes: [],
      columns: [],
      items: [],
      sections: [],
      source,
    };
    this.appendix = null;
    this.closePlan();
    this.roadmaps.push(this.roadmap);
  }

  private closePlan(): void {
    this.plan?.finish();
    this.plan = null;
  }

  private hasPlan(r: RawRoadmap): boolean {
    return r.items.length > 0 || r.sections.length > 0 || (this.plan !== null && this.plan.roadmap === r);
  }

  /** Numbered (or italic) paragraphs right before a plan table are its section headings. */
  private trailingHeadings(): Paragraph[] {
    let k = this.pending.length;
    while (k > 0 && isSectionHeading(this.pending[k - 1]!)) k--;
    return this.pending.splice(k);
  }

  /** The paragraphs since the last empty line: the title of what follows. */
  private takeTitleRun(): Paragraph[] | null {
    if (this.pending.length === 0) return null;
    let k = this.pending.length - 1;
    while (k > 0 && !this.pending[k]!.gapBefore && !this.pending[k]!.bold) k--;
    // a bold title may span lines: take the whole bold run
    while (k > 0 && this.pending[k]!.bold && this.pending[k - 1]!.bold) k--;
    const run = this.pending.splice(k);
    return run.some((p) => p.text.length > 400) ? (this.pending.push(...run), null) : run;
  }

  /**
   * A plan that is its own document (no order) may open with its organization's name above
   * the stamp ("МБОУ «СОШ № 7»"): the paragraphs waiting before the first stamp, when
   * nothing else has been read yet. Taken from `pending`, so they are not reported unplaced.
   */
  private letterhead(): string | null {
    if (this.hasOrder || this.approval || this.appendix || this.roadmaps.length || this.tables.length || this.pending.length === 0) return null;
    const lines = this.pending.map((p) => p.text.trim()).filter(Boolean);
    if (lines.length > 4 || lines.some((l) => l.length > 200)) return null;
    // another mark, not a name: "ПРИНЯТО на заседании педагогического совета, протокол № 1 от 30.08.2024"
    if (lines.some((l) => OTHER_MARK.test(l) || /протокол|\d{2}\.\d{2}\.\d{4}/i.test(l))) return null;
    // nor a reference to an act ("Приложение N 1 к приказу … от … № …", "к постановлению … № 535")
    if (lines.some((l) => isAppendixStart(l) || isActLine(l))) return null;
    this.pending = [];
    return lines.length ? joinLines(lines) : null;
  }

  private takePending(): Paragraph[] {
    return this.pending.splice(0);
  }

  /** Paragraphs no structure claimed: a numbered list becomes a table, the rest notes or a diagnostic. */
  private flushPending(): void {
    const ps = this.takePending();
    let i = 0;
    const loose: Paragraph[] = [];
    while (i < ps.length) {
      const n = numberedRun(ps, i);
      if (n >= 2) {
        const titleParas = trailingRun(loose);
        this.placeLoose(loose.splice(0, loose.length - titleParas.length));
        this.tables.push(numberedListTable(ps.slice(i, i + n), titleOf(titleParas), this.appendix));
        loose.length = 0;
        i += n;
      } else loose.push(ps[i++]!);
    }
    this.placeLoose(loose);
  }

  private placeLoose(ps: Paragraph[]): void {
    if (ps.length === 0) return;
    if (this.roadmap && !this.hasPlan(this.roadmap)) {
      assignPreamble(this.roadmap, ps);
      return;
    }
    for (const p of ps) {
      // "* – по согласованию.", "** при наличии финансирования": a footnote to the plan above
      if (this.roadmap && this.plan && FOOTNOTE.test(p.text)) this.roadmap.notes.push(p.text);
      else if (this.roadmap && this.hasPlan(this.roadmap) && this.glossaryLine(p)) continue;
      else this.unplaced(p, 'no recognizer placed this text');
    }
  }

  /**
   * A document that yields no activities says why: a roadmap title that no table followed,
   * and each table of several rows that was not taken as a plan, with the reason.
   */
  private reportEmptyPlans(): void {
    for (const r of this.roadmaps) {
      if (r.items.length === 0 && r.sections.length === 0) {
        const title = (r.title ?? r.planTitle ?? '').slice(0, 120);
        this.diagnostics.push(diagnostic('warning', 'roadmap/empty', `"${title}" reads as a roadmap's title, but no activity table follows it`, r.source));
      }
    }
    const activities = this.roadmaps.some((r) => r.items.length > 0 || r.sections.length > 0);
    if (activities) return;
    for (const { table, why } of this.notPlans) {
      if (table.rows.length < 2) continue;
      const name = table.title ? `"${table.title.slice(0, 80)}"` : 'a table';
      this.diagnostics.push(diagnostic('warning', 'table/not-a-plan', `${name} of ${table.rows.length} rows was not read as a plan: ${why}`, table.source, 'prikaz convert --explain shows the evidence for each column'));
    }
  }

  /** "ОО – общеобразовательные организации." standing under a plan with no "Примечание:" above it: a glossary note. */
  private glossaryLine(p: Paragraph): boolean {
    const entries = p.text.split(/;\s*/).map((part) => glossaryPair(part.replace(/[.;]\s*$/, ''), p.source));
    if (entries.length === 0 || entries.some((e) => e === null)) return false;
    this.noteGlossary.push(...(entries as GlossaryEntry[]));
    return true;
  }

  private unplaced(p: Paragraph, why: string): void {
    const text = p.text.length > 160 ? `${p.text.slice(0, 160)}…` : p.text;
    this.diagnostics.push(diagnostic('info', 'text/unplaced', `${why}: "${text}"`, p.source));
  }

  private definitionsInText(): GlossaryEntry[] {
    const out: GlossaryEntry[] = [];
    for (const b of this.doc.blocks) {
      if (b.kind === 'paragraph') out.push(...findDefinitionsInText(b.text, b.source));
      else for (const r of b.rows) for (const c of r.cells) if (/далее/i.test(c.text)) out.push(...findDefinitionsInText(c.text.replace(/\n/g, ' '), c.source));
    }
    return out;
  }
}

/** A stage or part named in words: "Первый этап (2024 год)", "Этап 2.", "II этап", "Раздел 3. …", "Блок 1". */
const STAGE_HEADING =
  /^(?:(?:перв|втор|трет|четв[её]рт|пят|шест|седьм)[а-яё]*\s+|[IVX]{1,4}\s+|\d{1,2}(?:-?[йя])?\s+)?(?:этап|раздел|блок|направление|модуль)(?![а-яё])/i;

function isSectionHeading(p: Paragraph): boolean {
  if (p.text.length >= 400) return false;
  const n = leadingNumber(p.text);
  return (n !== null && n.rest.length > 0) || p.italic === true || (STAGE_HEADING.test(p.text.trim()) && p.text.length < 150) || isDateHeading(p.text);
}

function isActLine(text: string): boolean {
  const ref = readActReference(text);
  return ref !== null && (ref.date !== null || ref.number !== null || ref.dateUnfilled || ref.numberUnfilled);
}

function widthOf(t: Table): number {
  // a loop, not Math.max(...rows): a table of tens of thousands of rows would overflow the call stack
  let width = -Infinity;
  for (const r of t.rows) width = Math.max(width, r.cells.reduce((n, c) => n + c.colSpan, 0));
  return width;
}

function trailingRun(ps: Paragraph[]): Paragraph[] {
  if (ps.length === 0) return [];
  let k = ps.length - 1;
  while (k > 0 && !ps[k]!.gapBefore) k--;
  return ps.slice(k);
}
