import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { SourceLocation } from '../core/source.js';
import type { Appendix, Approval, Order, OrderInference, OrderKind } from '../model/roadmap.js';
import { kindOfWord, readActReference } from './act-reference.js';

/** An act the document names as the one that approved it: a stamp's or an appendix line's. */
interface ActEvidence {
  kind: OrderKind | null;
  date: string | null;
  number: string | null;
  from: OrderInference['from'];
  source?: SourceLocation;
}

function fromApproval(a: Approval | null): ActEvidence | null {
  if (!a?.act) return null;
  const e: ActEvidence = { kind: a.act.kind ? kindOfWord(a.act.kind) : null, date: a.act.date, number: a.act.number, from: 'approval' };
  if (a.source) e.source = a.source;
  return e;
}

function fromAppendix(a: Appendix | null): ActEvidence | null {
  if (!a) return null;
  const ref = a.reference ? readActReference(a.reference) : null;
  if (ref || a.date || a.orderNumber) {
    const e: ActEvidence = { kind: ref?.kind ?? null, date: a.date, number: a.orderNumber, from: 'appendix' };
    if (a.source) e.source = a.source;
    return e;
  }
  return fromApproval(a.approval);
}

/**
 * When the order's own header lacks its kind, date or number (or the document is a plan
 * under a stamp, with no order at all) but a stamp or an appendix line names the act that
 * approved it ("Утвержден распоряжением … от … № …", "Приложение к приказу … от … № …"),
 * those fields are taken from there and marked `inferred`, with an info diagnostic. An act
 * of another kind than the order's own, or with another date or number than its header
 * states, is not this order and is not used.
 */
export function inferOrder(order: Order | null, approval: Approval | null, appendices: (Appendix | null)[], file: string): { order: Order | null; diagnostics: Diagnostic[] } {
  const evidence = [fromApproval(approval), ...appendices.map(fromAppendix)].filter((e): e is ActEvidence => e !== null && e.kind !== null && (e.date !== null || e.number !== null));
  // the same act: of the order's kind, and agreeing with the date or number the header does state
  const e = evidence.find(
    (x) => (!order?.kind || x.kind === order.kind) && (!order?.date || !x.date || x.date === order.date) && (!order?.number || !x.number || x.number === order.number),
  );
  if (!e) return { order, diagnostics: [] };
  const out: Order = order
    ? { ...order }
    : { authority: null, kind: null, date: null, number: null, place: null, title: null, preamble: null, clauses: [], signatory: null };
  if (!order && e.source) out.source = e.source;
  const fields: OrderInference['fields'] = [...(order?.inferred?.fields ?? [])];
  if (!out.kind && e.kind) {
    out.kind = e.kind;
    fields.push('kind');
  }
  // the date and number go together: both from the order's header, or what it lacks from the one act
  if (!out.date && e.date) {
    out.date = e.date;
    fields.push('date');
  }
  if (!out.number && e.number) {
    out.number = e.number;
    fields.push('number');
  }
  const added = fields.filter((f) => !(order?.inferred?.fields ?? []).includes(f));
  if (added.length === 0) return { order, diagnostics: [] };
  const inferred: OrderInference = { fields: [...new Set(fields)], from: e.from };
  if (e.source) inferred.source = e.source;
  out.inferred = inferred;
  const what = e.from === 'approval' ? 'the approval stamp' : 'the appendix line';
  const message = `the order's ${added.join(', ')} ${added.length > 1 ? 'are' : 'is'} not in its header; taken from the act ${what} names (${[e.kind, e.date, e.number && `№ ${e.number}`].filter(Boolean).join(', ')})`;
  return { order: out, diagnostics: [diagnostic('info', 'order/inferred', message, e.source ?? { file })] };
}
