import type { Change, DiffReport, ItemRef, SectionRef } from '../types.js';
import { afterText, beforeText } from '../words.js';
import { deadlineText, entries, excerpt, oneLine, gatherRenumbered, itemLabel, mostlyChanged, renderWords, sectionLabel, summaryLine, type Entry } from './common.js';
import type { DiffFormatOptions } from './types.js';

/**
 * For a terminal: a heading per section, one line per thing that changed ("+" added, "-" removed,
 * "~" changed, ">" only moved or renumbered) and one indented line per change to it. Text changes
 * read as git's --word-diff: [-removed-]{+inserted+}, so they survive NO_COLOR and a pipe.
 */
export function formatText(report: DiffReport, { colors: c }: DiffFormatOptions): string {
  const lines: string[] = [c.bold(`--- ${report.old.file}`), c.bold(`+++ ${report.new.file}`), summaryLine(report.changes)];
  const q = (s: string | null): string => (s === null || s.trim() === '' ? c.dim('(none)') : `«${oneLine(s)}»`);
  const words = (segments: Parameters<typeof renderWords>[0]): string =>
    mostlyChanged(segments)
      ? `${c.red(`[-${beforeText(segments)}-]`)} → ${c.green(`{+${afterText(segments)}+}`)}`
      : renderWords(segments, (op, t) => (op === 'delete' ? c.red(`[-${t}-]`) : c.green(`{+${t}+}`)));
  let current = '';
  const heading = (h: string): void => {
    if (h === current || !h) return;
    current = h;
    lines.push('', c.bold(h));
  };

  for (const e of gatherRenumbered(entries(report.changes))) {
    switch (e.subject) {
      case 'order':
      case 'roadmap':
        heading(e.heading);
        for (const ch of e.changes) lines.push(`  ${fieldLine(ch)}`);
        break;
      case 'section':
        if (e.heading !== current) heading(e.heading);
        lines.push('', ...sectionLines(e));
        current = e.opens ?? current;
        break;
      case 'item':
        heading(e.heading);
        lines.push(...itemLines(e));
        break;
      case 'renumbered':
        heading(e.heading);
        lines.push(`  ${c.cyan('>')} ${c.dim('renumbered:')} ${e.changes.map((ch) => `${ch.old.number ?? '(none)'} → ${ch.new.number ?? '(none)'}`).join(', ')}`);
        break;
    }
  }
  return `${lines.join('\n')}\n`;

  function fieldLine(ch: Change): string {
    switch (ch.kind) {
      case 'header-changed':
      case 'roadmap-changed': {
        const value = ch.words ? words(ch.words) : `${q(ch.before)} → ${q(ch.after)}`;
        return `${c.yellow('~')} ${c.dim(`${ch.field}:`)} ${value}`;
      }
      case 'roadmap-added':
        return `${c.green('+')} roadmap ${q(ch.new.title)} added (${ch.items} ${ch.items === 1 ? 'item' : 'items'})`;
      case 'roadmap-removed':
        return `${c.red('-')} roadmap ${q(ch.old.title)} removed (${ch.items} ${ch.items === 1 ? 'item' : 'items'})`;
      default:
        return ch.kind;
    }
  }

  function sectionLines(e: Entry): string[] {
    const first = e.changes[0]!;
    if (first.kind === 'section-added' || first.kind === 'section-removed') {
      const added = first.kind === 'section-added';
      const s = (added ? first.new : first.old) as SectionRef;
      const mark = added ? c.green('+') : c.red('-');
      const n = first.items.length;
      const out = [`${mark} ${c.bold(sectionLabel(s))} ${c.dim(`(section ${added ? 'added' : 'removed'}${n ? `, ${n} ${n === 1 ? 'item' : 'items'}` : ''})`)}`];
      for (const it of first.items) out.push(`    ${mark} ${itemLabel(it)} ${oneLine(it.text)}`);
      return out;
    }
    const s = first.new as SectionRef;
    const onlyPlace = e.changes.every((ch) => ch.kind === 'section-moved' || ch.kind === 'section-renumbered');
    const out = [`${onlyPlace ? c.cyan('>') : c.yellow('~')} ${c.bold(sectionLabel(s))}`];
    for (const ch of e.changes) {
      if (ch.kind === 'section-moved') {
        out.push(`      ${c.dim('moved:')} ${ch.reason === 'parent' ? `from ${ch.old.parent ? 'another section' : 'the top level'}${ch.new.parent ? '' : ' to the top level'}` : 'to another place among its siblings'}${wasNumber(ch.old.number, ch.new.number)}`);
      } else if (ch.kind === 'section-renumbered') {
        out.push(`      ${c.dim('renumbered:')} ${ch.old.number ?? '(none)'} → ${ch.new.number ?? '(none)'}`);
      } else if (ch.kind === 'section-renamed') {
        out.push(`      ${c.dim('title:')} ${words(ch.words)}`);
      }
    }
    return out;
  }

  function itemLines(e: Entry): string[] {
    const first = e.changes[0]!;
    if (first.kind === 'item-added') {
      const out = [`  ${c.green('+')} ${itemLabel(first.new)} ${oneLine(first.new.text)}`];
      const details = [first.deadline.raw.trim() ? `deadline: ${deadlineText(first.deadline)}` : '', first.responsible.trim() ? `responsible: ${q(first.responsible)}` : ''].filter(Boolean);
      if (details.length) out.push(`      ${c.dim(details.join('; '))}`);
      return out;
    }
    if (first.kind === 'item-removed') return [`  ${c.red('-')} ${itemLabel(first.old)} ${c.strikethrough(oneLine(first.old.text))}`];
    const ref = first.new as ItemRef;
    const onlyPlace = e.changes.every((ch) => ch.kind === 'item-moved' || ch.kind === 'item-renumbered');
    const out = [`  ${onlyPlace ? c.cyan('>') : c.yellow('~')} ${itemLabel(ref)} ${excerpt(ref.text, 100)}`];
    const detail = (label: string, text: string): void => {
      out.push(`      ${c.dim(`${label}:`)} ${text}`);
    };
    for (const ch of e.changes) {
      switch (ch.kind) {
        case 'item-moved':
          detail('moved', ch.reason === 'section' ? `from ${ch.old.sectionTitle !== null ? sectionLabel({ number: ch.old.sectionNumber, title: ch.old.sectionTitle }, 60) : 'before any section'}${wasNumber(ch.old.number, ch.new.number)}` : `to another place in its section${wasNumber(ch.old.number, ch.new.number)}`);
          break;
        case 'item-renumbered':
          detail('renumbered', `${ch.old.number ?? '(none)'} → ${ch.new.number ?? '(none)'}`);
          break;
        case 'item-reworded':
          detail('text', words(ch.words));
          break;
        case 'list-changed':
          detail('list', [...ch.removed.map((s) => c.red(`- ${oneLine(s)}`)), ...ch.added.map((s) => c.green(`+ ${oneLine(s)}`))].join('; ') || 'order changed');
          break;
        case 'deadline-changed':
          detail('deadline', `${deadlineText(ch.before)} → ${deadlineText(ch.after)}${ch.shift ? `: ${c.bold(ch.shift.text)}` : ''}`);
          break;
        case 'responsible-changed': {
          const parties = [...ch.removed.map((s) => c.red(`- ${oneLine(s)}`)), ...ch.added.map((s) => c.green(`+ ${oneLine(s)}`))].join(', ');
          detail('responsible', `${q(ch.before)} → ${q(ch.after)}${parties ? ` (${parties})` : ''}`);
          break;
        }
        case 'result-changed':
          detail('result', ch.words ? words(ch.words) : `${q(ch.before)} → ${q(ch.after)}`);
          break;
        case 'extra-changed':
          detail(ch.column, `${q(ch.before)} → ${q(ch.after)}`);
          break;
        default:
          break;
      }
    }
    return out;
  }
}

function wasNumber(before: string | null, after: string | null): string {
  return (before ?? '') !== (after ?? '') ? ` (was ${before ?? 'unnumbered'})` : '';
}
