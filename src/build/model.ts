import { portableSourceName } from '../core/source-name.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Result } from '../core/result.js';
import type { SourceLocation } from '../core/source.js';
import type { ParsedDocument } from '../document/types.js';
import { parseDeadline, type DeadlineContext } from '../normalize/deadline/index.js';
import { checkPartyNames, parseResponsible } from '../normalize/responsible/index.js';
import type { RawItem, RawRoadmap, RawSection, RecognizedDocument } from '../recognize/types.js';
import type { Party } from '../model/responsible.js';
import {
  SCHEMA_VERSION,
  type GlossaryEntry,
  type Item,
  type ModelDiagnostic,
  type Roadmap,
  type RoadmapDocument,
  type Section,
} from '../model/roadmap.js';

/** A time of day, or a span of one, and nothing else: "08.30-08.45", "10:00". */
const TIME_ONLY = /^\d{1,2}[.:]\d{2}(?:\s*[-–—]\s*\d{1,2}[.:]\d{2})?$/;

/**
 * The item's deadline; a time alone under a heading that names the day ("2 сентября 2024 г." over
 * "08.30-08.45") is that time on that day. `raw` stays as written.
 */
function deadlineOf(raw: RawItem, ctx: DeadlineContext, day: string | undefined) {
  const text = raw.deadline.trim();
  if (day && TIME_ONLY.test(text)) {
    const onDay = parseDeadline(`${day} ${text}`, { ...ctx, location: raw.source });
    if (onDay.value.kind === 'day' && onDay.value.time) return { value: { ...onDay.value, raw: raw.deadline }, diagnostics: onDay.diagnostics };
  }
  return parseDeadline(raw.deadline, { ...ctx, location: raw.source });
}

/**
 * Recognized structure → the public model: deadlines and parties normalized against
 * the roadmap's period, the order's date and the document's glossary.
 */
export function buildModel(doc: ParsedDocument, recognized: RecognizedDocument, earlier: Diagnostic[]): Result<RoadmapDocument> {
  const diagnostics: Diagnostic[] = [...earlier];
  const partyUses: { party: Party; location?: SourceLocation }[] = [];
  const orderDate = recognized.order?.date ?? recognized.approval?.date ?? null;

  const item = (raw: RawItem, ctx: DeadlineContext, day?: string): Item => {
    const deadline = deadlineOf(raw, ctx, day);
    const responsible = parseResponsible(raw.responsible, { glossary: recognized.glossary, location: raw.source });
    diagnostics.push(...deadline.diagnostics, ...responsible.diagnostics);
    for (const party of responsible.value.parties) partyUses.push({ party, location: raw.source });
    const out: Item = {
      number: raw.number,
      text: raw.text,
      deadline: deadline.value,
      responsible: responsible.value,
      result: raw.result,
      source: local(raw.source),
    };
    if (raw.list.length) out.list = raw.list;
    if (Object.keys(raw.extra).length) out.extra = raw.extra;
    if (raw.text.trim() === '') {
      out.text = '(без текста)';
      diagnostics.push({ severity: 'warning', code: 'item/no-text', message: 'an activity row has no activity text', location: raw.source });
    }
    return out;
  };
  const section = (raw: RawSection, outer: DeadlineContext): Section => {
    // a stage that states its time ("Второй этап (2025 год)") is the period of its items
    const ctx: DeadlineContext = raw.period ? { ...outer, period: { start: raw.period.start, end: raw.period.end } } : outer;
    return {
      number: raw.number,
      title: raw.title,
      items: raw.items.map((i) => item(i, ctx, raw.day)),
      sections: raw.sections.map((s) => section(s, ctx)),
      source: local(raw.source),
    };
  };
  const roadmap = (raw: RawRoadmap): Roadmap => {
    const ctx: DeadlineContext = {
      period: raw.period ? { start: raw.period.start, end: raw.period.end } : null,
      orderDate: orderDate ?? raw.appendix?.date ?? raw.appendix?.approval?.date ?? null,
    };
    return {
      title: raw.title,
      planTitle: raw.planTitle,
      appendix: raw.appendix,
      goal: raw.goal,
      expectedResults: raw.expectedResults,
      period: raw.period,
      notes: raw.notes,
      columns: raw.columns,
      items: raw.items.map((i) => item(i, ctx)),
      sections: raw.sections.map((s) => section(s, ctx)),
      source: local(raw.source),
    };
  };

  const roadmaps = recognized.roadmaps.map(roadmap);
  for (const d of checkPartyNames(partyUses, recognized.glossary)) diagnostics.push(d);
  const value: RoadmapDocument = {
    schemaVersion: SCHEMA_VERSION,
    // never the absolute local path: the output must not say whose disk it was made on
    source: doc.ocr
      ? { file: portableSourceName(doc.file), format: doc.format, sha256: doc.sha256, ocr: { engine: doc.ocr.engine, pages: [...doc.ocr.pages] } }
      : { file: portableSourceName(doc.file), format: doc.format, sha256: doc.sha256 },
    order: recognized.order ? { ...recognized.order, source: local(recognized.order.source) } : null,
    approval: recognized.approval,
    glossary: recognized.glossary.map(localGlossary),
    roadmaps,
    tables: recognized.tables,
    diagnostics: diagnostics.map(toModelDiagnostic),
  };
  stripFiles(value);
  return { value, diagnostics };
}

/** Locations inside the model leave out the file: the document's `source.file` names it once. */
function local<T extends SourceLocation | undefined>(loc: T): T {
  if (!loc) return loc;
  const { file: _file, ...rest } = loc;
  return rest as T;
}

function localGlossary(e: GlossaryEntry): GlossaryEntry {
  const out: GlossaryEntry = { abbreviation: e.abbreviation, expansion: e.expansion };
  if (e.source) out.source = local(e.source)!;
  return out;
}

/** A diagnostic as the model stores it: its position without the file (the model names the file once). */
export function toModelDiagnostic(d: Diagnostic): ModelDiagnostic {
  const out: ModelDiagnostic = { severity: d.severity, code: d.code, message: d.message, source: d.location ? local(d.location)! : null };
  if (d.hint) out.hint = d.hint;
  return out;
}

/** Every "source" object in the tree, wherever a recognizer left one, loses its file too. */
function stripFiles(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) stripFiles(n);
  } else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      if (k === 'source' && v && typeof v === 'object' && 'file' in v && !('sha256' in v)) delete (v as Record<string, unknown>).file;
      else if (v === undefined) delete o[k];
      else stripFiles(v);
    }
  }
}
