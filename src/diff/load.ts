import { extname } from 'node:path';
import type { Deadline, Item, Order, Period, Responsible, Roadmap, RoadmapDocument, Section } from '../model/roadmap.js';
import { formatOf, parseRoadmapText, type SourceFormat } from '../validate/parse.js';
import { DEFAULT_MAX_BYTES, readRoadmapText, type ReadResult } from '../validate/read.js';

/** Source documents, converted on the fly; anything else is read as a roadmap (YAML, or JSON by extension). */
export const SOURCE_EXTENSIONS = ['.txt', '.text', '.docx', '.doc', '.pdf'];

export type LoadResult =
  | { ok: true; doc: RoadmapDocument; from: 'roadmap' | 'source' }
  | {
      ok: false;
      /** One line: what is wrong with the file. */
      message: string;
      /** Missing or unreadable (as opposed to unreadable content). */
      io: boolean;
    };

export interface LoadOptions {
  maxBytes?: number;
}

/**
 * One side of a diff: a roadmap file (YAML/JSON, read with validate's reader and parser) or an
 * order converted on the fly. Never throws for anything about the file.
 */
export async function loadForDiff(path: string, opts: LoadOptions = {}): Promise<LoadResult> {
  if (SOURCE_EXTENSIONS.includes(extname(path).toLowerCase())) return loadSource(path);
  return loadRoadmapRead(await readRoadmapText(path, opts.maxBytes ?? DEFAULT_MAX_BYTES), formatOf(path));
}

/** One side of a diff from what was read (a file, or standard input): parsed and shaped. */
export function loadRoadmapRead(read: ReadResult, format: SourceFormat): LoadResult {
  if (!read.ok) return { ok: false, message: read.finding.message + (read.finding.hint ? ` (${read.finding.hint})` : ''), io: read.io };
  const parsed = parseRoadmapText(read.text, format);
  if (!parsed.ok) {
    const f = parsed.findings[0];
    const at = f?.range ? ` (line ${f.range.start.line})` : '';
    return { ok: false, message: `${f?.message ?? 'cannot be parsed'}${at}`, io: false };
  }
  const shaped = roadmapDocumentOf(parsed.data);
  return shaped.ok ? { ok: true, doc: shaped.doc, from: 'roadmap' } : { ok: false, message: shaped.message, io: false };
}

async function loadSource(path: string): Promise<LoadResult> {
  // the readers (mammoth, pdf) are loaded only when a source document is compared
  const { convertFile } = await import('../pipeline/convert.js');
  const result = await convertFile(path);
  if (result.value) return { ok: true, doc: result.value, from: 'source' };
  const first = result.diagnostics.find((d) => d.severity === 'error') ?? result.diagnostics[0];
  return { ok: false, message: first ? `${first.message} (${first.code})` : 'could not be converted', io: result.ioError === true };
}

// ---------------------------------------------------------------- shape

class ShapeError extends Error {
  constructor(
    readonly path: string,
    what: string,
  ) {
    super(`${path || '/'}: ${what}`);
  }
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function obj(v: unknown, path: string): Obj {
  if (!isObj(v)) throw new ShapeError(path, `expected a mapping, found ${describe(v)}`);
  return v;
}

function list(v: unknown, path: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new ShapeError(path, `expected a list, found ${describe(v)}`);
  return v;
}

/** A text, or null; numbers (a YAML `number: 3`) are read as their text. */
function str(v: unknown, path: string): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  throw new ShapeError(path, `expected text, found ${describe(v)}`);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)?.slice(0, 40) ?? ''}`;
}

/**
 * The parts of a roadmap document the diff reads, checked and with defaults filled in: a file
 * edited by hand need not pass the schema to be compared, but it must be a roadmap.
 */
export function roadmapDocumentOf(data: unknown): { ok: true; doc: RoadmapDocument } | { ok: false; message: string } {
  if (!isObj(data) || !('roadmaps' in data)) {
    return { ok: false, message: 'not a roadmap file: no "roadmaps" list at the top (is it a file written by prikaz convert?)' };
  }
  try {
    const order = data.order === undefined || data.order === null ? null : orderOf(data.order, '/order');
    const roadmaps = list(data.roadmaps, '/roadmaps').map((r, i) => roadmapOf(r, `/roadmaps/${i}`));
    const source = isObj(data.source) ? (data.source as RoadmapDocument['source']) : { file: '', format: 'txt' as const, sha256: '' };
    return {
      ok: true,
      doc: {
        schemaVersion: str(data.schemaVersion, '/schemaVersion') ?? '',
        source,
        order,
        approval: null,
        glossary: [],
        roadmaps,
        tables: [],
        diagnostics: [],
      },
    };
  } catch (e) {
    if (e instanceof ShapeError) return { ok: false, message: `not a roadmap this tool can read: ${e.message}` };
    throw e;
  }
}

function orderOf(v: unknown, path: string): Order {
  const o = obj(v, path);
  const s = o.signatory === undefined || o.signatory === null ? null : obj(o.signatory, `${path}/signatory`);
  return {
    authority: str(o.authority, `${path}/authority`),
    kind: str(o.kind, `${path}/kind`) as Order['kind'],
    date: str(o.date, `${path}/date`),
    number: str(o.number, `${path}/number`),
    // files written before the place was modelled have none
    place: o.place === undefined ? null : str(o.place, `${path}/place`),
    title: str(o.title, `${path}/title`),
    preamble: str(o.preamble, `${path}/preamble`),
    clauses: [],
    signatory: s ? { position: str(s.position, `${path}/signatory/position`), name: str(s.name, `${path}/signatory/name`) } : null,
  };
}

function roadmapOf(v: unknown, path: string): Roadmap {
  const r = obj(v, path);
  let period: Period | null = null;
  if (r.period !== undefined && r.period !== null) {
    const p = obj(r.period, `${path}/period`);
    period = { raw: str(p.raw, `${path}/period/raw`) ?? '', start: str(p.start, `${path}/period/start`), end: str(p.end, `${path}/period/end`) };
  }
  return {
    title: str(r.title, `${path}/title`),
    planTitle: str(r.planTitle, `${path}/planTitle`),
    appendix: null,
    goal: str(r.goal, `${path}/goal`),
    expectedResults: [],
    period,
    notes: [],
    columns: [],
    items: list(r.items, `${path}/items`).map((it, i) => itemOf(it, `${path}/items/${i}`)),
    sections: list(r.sections, `${path}/sections`).map((s, i) => sectionOf(s, `${path}/sections/${i}`)),
  };
}

function sectionOf(v: unknown, path: string): Section {
  const s = obj(v, path);
  return {
    number: str(s.number, `${path}/number`),
    title: str(s.title, `${path}/title`) ?? '',
    items: list(s.items, `${path}/items`).map((it, i) => itemOf(it, `${path}/items/${i}`)),
    sections: list(s.sections, `${path}/sections`).map((c, i) => sectionOf(c, `${path}/sections/${i}`)),
  };
}

function itemOf(v: unknown, path: string): Item {
  const it = obj(v, path);
  const item: Item = {
    number: str(it.number, `${path}/number`),
    text: str(it.text, `${path}/text`) ?? '',
    deadline: deadlineOf(it.deadline, `${path}/deadline`),
    responsible: responsibleOf(it.responsible, `${path}/responsible`),
    result: str(it.result, `${path}/result`),
    source: { file: '' },
  };
  if (it.list !== undefined && it.list !== null) item.list = list(it.list, `${path}/list`).map((e, i) => str(e, `${path}/list/${i}`) ?? '');
  if (it.extra !== undefined && it.extra !== null) {
    const extra = obj(it.extra, `${path}/extra`);
    item.extra = Object.fromEntries(Object.entries(extra).map(([k, e]) => [k, str(e, `${path}/extra/${k}`) ?? '']));
  }
  return item;
}

function deadlineOf(v: unknown, path: string): Deadline {
  if (v === undefined || v === null) return { raw: '', kind: 'unspecified', start: null, end: null };
  if (typeof v === 'string') return { raw: v, kind: 'unrecognized', start: null, end: null };
  const d = obj(v, path);
  return {
    raw: str(d.raw, `${path}/raw`) ?? '',
    kind: (str(d.kind, `${path}/kind`) ?? 'unrecognized') as Deadline['kind'],
    start: str(d.start, `${path}/start`),
    end: str(d.end, `${path}/end`),
  };
}

function responsibleOf(v: unknown, path: string): Responsible {
  if (v === undefined || v === null) return { raw: '', parties: [] };
  if (typeof v === 'string') return { raw: v, parties: [] };
  const r = obj(v, path);
  return {
    raw: str(r.raw, `${path}/raw`) ?? '',
    parties: list(r.parties, `${path}/parties`).map((p, i) => {
      const party = obj(p, `${path}/parties/${i}`);
      return { name: str(party.name, `${path}/parties/${i}/name`) ?? '', kind: (str(party.kind, `${path}/parties/${i}/kind`) ?? 'organization') as Responsible['parties'][number]['kind'] };
    }),
  };
}
