import type { Approval, Appendix, Period, RoadmapDocument } from '../model/roadmap.js';
import { portableSourceName } from '../core/source-name.js';
import { ruDate, ruDateLong } from './timing.js';

/** The order's header in words, for the md and html reports (each field null when the document lacks it). */
export interface HeaderText {
  authority: string | null;
  /** "Приказ от 1 декабря 2020 г. № 607", with the place of signing when there is one ("…, г. Самара") */
  act: string | null;
  title: string | null;
  /** "Руководитель Западного управления Т.Н. Гороховицкая" */
  signatory: string | null;
  /** "УТВЕРЖДАЮ: Заместитель начальника …, Е.М.Артемьева, 6 октября 2021 г." */
  approval: string | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function headerText(doc: RoadmapDocument): HeaderText {
  const o = doc.order;
  let act: string | null = null;
  if (o) {
    const parts: string[] = [];
    if (o.date && ISO.test(o.date)) parts.push(`от ${ruDateLong(o.date)}`);
    if (o.number) parts.push(`№ ${o.number}`);
    if (o.kind || parts.length) act = [capital(o.kind ?? 'документ'), ...parts].join(' ') + (o.place ? `, ${o.place}` : '');
  }
  const signatory = o?.signatory ? [o.signatory.position, o.signatory.name].filter(Boolean).join(' ') || null : null;
  return {
    // a plan without an order is issued by the organization above its stamp
    authority: o?.authority ?? doc.approval?.organization ?? null,
    act,
    title: o?.title ?? null,
    signatory,
    approval: doc.approval ? approvalText(doc.approval) : null,
  };
}

/** "Приказ от 01.12.2020 № 607 «Об утверждении …»", or null without an order. */
export function orderLine(doc: RoadmapDocument): string | null {
  const o = doc.order;
  if (!o) return null;
  const parts = [capital(o.kind ?? 'документ')];
  if (o.date && ISO.test(o.date)) parts.push(`от ${ruDate(o.date)}`);
  if (o.number) parts.push(`№ ${o.number}`);
  if (o.title) parts.push(`«${o.title}»`);
  return parts.length > 1 ? parts.join(' ') : null;
}

export function approvalText(a: Approval): string {
  const head = a.form === 'approve' ? 'УТВЕРЖДАЮ' : 'УТВЕРЖДЕНО';
  const parts: string[] = [];
  if (a.act) {
    const act = [a.act.kind, a.act.authority, a.act.date && ISO.test(a.act.date) ? `от ${ruDate(a.act.date)}` : a.act.date, a.act.number ? `№ ${a.act.number}` : null]
      .filter(Boolean)
      .join(' ');
    if (act) parts.push(act);
  }
  const who = [a.position, a.name].filter(Boolean).join(' ');
  if (who) parts.push(who);
  if (a.date && ISO.test(a.date)) parts.push(ruDateLong(a.date));
  return parts.length ? `${head}: ${parts.join(', ')}` : head;
}

/** "Приложение № 1 к приказу от … № …" */
export function appendixText(a: Appendix): string | null {
  if (a.reference) return `Приложение${a.number ? ` № ${a.number}` : ''} ${a.reference}`;
  const parts = [`Приложение${a.number ? ` № ${a.number}` : ''}`];
  if (a.date && ISO.test(a.date)) parts.push(`от ${ruDate(a.date)}`);
  if (a.orderNumber) parts.push(`№ ${a.orderNumber}`);
  if (a.approval) parts.push(`(${approvalText(a.approval)})`);
  return parts.join(' ');
}

/** "на 2021-2022 годы (01.01.2021 – 31.12.2022)" */
export function periodText(p: Period): string {
  const dates = p.start && p.end && ISO.test(p.start) && ISO.test(p.end) ? `${ruDate(p.start)} – ${ruDate(p.end)}` : null;
  return dates ? `${p.raw} (${dates})` : p.raw;
}

function capital(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/**
 * The source document's name as exports show it: never an absolute local path, even in a
 * roadmap written before `source.file` was kept portable (see portableSourceName).
 */
export function sourceName(doc: RoadmapDocument): string {
  return portableSourceName(doc.source.file);
}
