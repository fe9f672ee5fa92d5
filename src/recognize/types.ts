import type { SourceLocation } from '../core/source.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Approval, GenericTable, GlossaryEntry, Order, Period, Roadmap } from '../model/roadmap.js';
import type { TableColumns } from './column-roles.js';

/** What the recognizers found, before deadlines and parties are normalized. */
export interface RawItem {
  number: string | null;
  text: string;
  list: string[];
  deadline: string;
  responsible: string;
  result: string | null;
  extra: Record<string, string>;
  source: SourceLocation;
}

export interface RawSection {
  number: string | null;
  title: string;
  /** The time the section states for itself ("Второй этап (2025 год)"): the context of its items' deadlines. */
  period?: Period | null;
  /** The day the section's heading names ("2 сентября 2024 г."): the day of the times its items give ("08.30-08.45"). */
  day?: string;
  items: RawItem[];
  sections: RawSection[];
  source: SourceLocation;
}

/** A roadmap as the model has it, but with raw items: deadlines and parties still as written. */
export type RawRoadmap = Omit<Roadmap, 'items' | 'sections' | 'source' | 'x-prikaz-ignore'> & {
  items: RawItem[];
  sections: RawSection[];
  source: SourceLocation;
};

export interface RecognizedDocument {
  order: Order | null;
  approval: Approval | null;
  glossary: GlossaryEntry[];
  roadmaps: RawRoadmap[];
  tables: GenericTable[];
  diagnostics: Diagnostic[];
  /** For each table, the role chosen for each column and the evidence behind it (`convert --explain`). */
  explanations: TableExplanation[];
}

export type TableExplanation = TableColumns & { source: SourceLocation };
