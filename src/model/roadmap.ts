import type { SourceLocation } from '../core/source.js';
import type { Deadline } from './deadline.js';
import type { Responsible } from './responsible.js';

export type { Deadline, Responsible };

/** The version of the model this code writes; bumped on any incompatible change. */
export const SCHEMA_VERSION = '1.0';

export type OrderKind = 'приказ' | 'распоряжение' | 'постановление' | 'решение';

export interface Clause {
  number: string;
  text: string;
  source?: SourceLocation;
}

export interface Signatory {
  position: string | null;
  name: string | null;
}

export interface Order {
  authority: string | null;
  kind: OrderKind | null;
  date: string | null;
  number: string | null;
  /** The place of signing under the date and number ("г. Ульяновск"), as written. */
  place: string | null;
  title: string | null;
  preamble: string | null;
  clauses: Clause[];
  signatory: Signatory | null;
  /** Set when kind, date or number were not in the order's own header but inferred (see OrderInference). */
  inferred?: OrderInference;
  source?: SourceLocation;
}

/**
 * Fields of an order taken from other evidence than its own header: the act a stamp says
 * approved the plan ("Утвержден приказом … от … № …"), an appendix line ("Приложение к
 * приказу … от … № …"), or, for the kind, the enacting word ("ПРИКАЗЫВАЮ").
 */
export interface OrderInference {
  fields: ('kind' | 'date' | 'number')[];
  from: 'approval' | 'appendix' | 'enacting';
  source?: SourceLocation;
}

export interface Approval {
  /** "УТВЕРЖДАЮ" (a person approves) or "УТВЕРЖДЕН" (approved by an act). */
  form: 'approve' | 'approved';
  /** The letterhead above a plan's own stamp (a school's name), when the document has no order. */
  organization: string | null;
  position: string | null;
  name: string | null;
  date: string | null;
  /** For "утвержден приказом … от … № …": the act that approved it. */
  act: { kind: string | null; authority: string | null; date: string | null; number: string | null } | null;
  source?: SourceLocation;
}

export interface Appendix {
  number: string | null;
  /** "к приказу … от … № …" as written. */
  reference: string | null;
  date: string | null;
  orderNumber: string | null;
  approval: Approval | null;
  source?: SourceLocation;
}

export interface GlossaryEntry {
  abbreviation: string;
  expansion: string;
  source?: SourceLocation;
}

export interface Item {
  /** Rule ids `prikaz validate` does not report here (written by people, never by convert). */
  'x-prikaz-ignore'?: string[];
  number: string | null;
  text: string;
  /** Entries of a list inside the activity cell, in order. */
  list?: string[];
  deadline: Deadline;
  responsible: Responsible;
  result: string | null;
  /** Columns the plan has beyond the known ones ("Отметка об исполнении"), by header. */
  extra?: Record<string, string>;
  source: SourceLocation;
}

export interface Section {
  /** Rule ids `prikaz validate` does not report here (written by people, never by convert). */
  'x-prikaz-ignore'?: string[];
  number: string | null;
  title: string;
  items: Item[];
  sections: Section[];
  source?: SourceLocation;
}

export interface Period {
  raw: string;
  start: string | null;
  end: string | null;
}

export interface Roadmap {
  /** Rule ids `prikaz validate` does not report here (written by people, never by convert). */
  'x-prikaz-ignore'?: string[];
  title: string | null;
  /** The title above the activity table when it differs from the roadmap's ("План мероприятий …"). */
  planTitle: string | null;
  appendix: Appendix | null;
  goal: string | null;
  expectedResults: string[];
  period: Period | null;
  /** Paragraphs of the roadmap that are neither goal, results nor a table title (a passport's lines). */
  notes: string[];
  /** The header of the activity table as written, in column order. */
  columns: string[];
  /** Activities that stand before any section. */
  items: Item[];
  sections: Section[];
  source?: SourceLocation;
}

export interface GenericTable {
  title: string | null;
  appendix: Appendix | null;
  columns: string[];
  rows: string[][];
  source?: SourceLocation;
}

export interface ModelDiagnostic {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  source: SourceLocation | null;
  hint?: string;
}

export interface RoadmapDocument {
  /** The schema's address, for editors (JSON output; YAML names it in a comment). Not roadmap data. */
  $schema?: string;
  /** Rule ids `prikaz validate` does not report here (written by people, never by convert). */
  'x-prikaz-ignore'?: string[];
  schemaVersion: string;
  /** `ocr`: the pages read by OCR and the engine, when any were (added in 1.0 as optional: older documents have none). */
  source: { file: string; format: 'txt' | 'docx' | 'doc' | 'pdf'; sha256: string; ocr?: { engine: string; pages: number[] } };
  order: Order | null;
  approval: Approval | null;
  glossary: GlossaryEntry[];
  roadmaps: Roadmap[];
  tables: GenericTable[];
  diagnostics: ModelDiagnostic[];
}
