import type { RoadmapDocument } from '../model/roadmap.js';
import { activityText, flatten, innermost, partiesText } from './flatten.js';
import { headerText, sourceName } from './header.js';

/** A column of the activity table; `date` columns hold ISO dates (or nothing), which a spreadsheet gets as dates. */
export interface TableColumn {
  title: string;
  type: 'text' | 'date';
}

/** The activity table that csv and xlsx write: one row per activity, every cell a string. */
export interface ActivityTable {
  columns: TableColumn[];
  rows: string[][];
}

/** The columns, in order; the extra columns of the plans ("Отметка об исполнении") follow them. */
export const ACTIVITY_COLUMNS: readonly TableColumn[] = [
  { title: 'Дорожная карта', type: 'text' },
  { title: '№ раздела', type: 'text' },
  { title: 'Раздел', type: 'text' },
  { title: '№ п/п', type: 'text' },
  { title: 'Мероприятие', type: 'text' },
  { title: 'Срок (как в документе)', type: 'text' },
  { title: 'Вид срока', type: 'text' },
  { title: 'Начало', type: 'date' },
  { title: 'Окончание', type: 'date' },
  { title: 'Ответственные', type: 'text' },
  { title: 'Результат', type: 'text' },
];

/**
 * What says which order a row comes from, first in a combined table: after a batch an
 * analyst sorts and filters activities of many orders in one sheet.
 */
export const ORDER_COLUMNS: readonly TableColumn[] = [
  { title: 'Источник', type: 'text' },
  { title: 'Вид документа', type: 'text' },
  { title: 'Дата документа', type: 'date' },
  { title: '№ документа', type: 'text' },
  { title: 'Орган', type: 'text' },
];

export interface TableOptions {
  /** Add the order's columns (ORDER_COLUMNS) before the activity's. */
  orderColumns?: boolean;
}

/**
 * Every activity of every document, in order. The extra columns are the union of all the
 * plans' own, in the order first met, so no column of any plan is lost.
 */
export function activityTable(docs: readonly RoadmapDocument[], options: TableOptions = {}): ActivityTable {
  const perDoc = docs.map((doc) => ({ doc, items: flatten(doc) }));
  const extra = [...new Set(perDoc.flatMap(({ items }) => items.flatMap((f) => Object.keys(f.item.extra ?? {}))))];
  const columns = [...(options.orderColumns ? ORDER_COLUMNS : []), ...ACTIVITY_COLUMNS, ...extra.map((title): TableColumn => ({ title, type: 'text' }))];
  const rows: string[][] = [];
  for (const { doc, items } of perDoc) {
    const order = options.orderColumns ? orderCells(doc) : [];
    for (const f of items) {
      const section = innermost(f.sections);
      const d = f.item.deadline;
      const roadmapTitle = f.roadmap.title ?? f.roadmap.planTitle ?? '';
      rows.push([
        ...order,
        doc.roadmaps.length > 1 ? `${f.roadmapIndex + 1}. ${roadmapTitle}` : roadmapTitle,
        section?.number ?? '',
        f.sections.map((s) => s.title).join(' / '),
        f.item.number ?? '',
        activityText(f.item),
        d.raw,
        d.kind,
        d.start ?? '',
        d.end ?? '',
        partiesText(f.item),
        f.item.result ?? '',
        ...extra.map((c) => f.item.extra?.[c] ?? ''),
      ]);
    }
  }
  return { columns, rows };
}

function orderCells(doc: RoadmapDocument): string[] {
  const o = doc.order;
  return [sourceName(doc), o?.kind ?? '', o?.date ?? '', o?.number ?? '', headerText(doc).authority ?? ''];
}
