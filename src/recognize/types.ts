import type { SourceLocation } from '../core/source.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Appendix, Approval, GenericTable, GlossaryEntry, Order, Period } from '../model/roadmap.js';

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
  items: RawItem[];
  sections: RawSection[];
  source: SourceLocation;
}

export interface RawRoadmap {
  title: string | null;
  planTitle: string | null;
  appendix: Appendix | null;
  goal: string | null;
  expectedResults: string[];
  period: Period | null;
  notes: string[];
  columns: string[];
  items: RawItem[];
  sections: RawSection[];
  source: SourceLocation;
}

export interface RecognizedDocument {
  order: Order | null;
  approval: Approval | null;
  glossary: GlossaryEntry[];
  roadmaps: RawRoadmap[];
  tables: GenericTable[];
  diagnostics: Diagnostic[];
}
