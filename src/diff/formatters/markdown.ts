import type { Change, DiffReport, ItemRef, SectionRef, WordSegment } from '../types.js';
import { afterText, beforeText } from '../words.js';
import { deadlineText, entries, excerpt, gatherRenumbered, itemLabel, mostlyChanged, renderWords, sectionLabel, summaryLine, type Entry } from './common.js';

/** Characters that mean something inline in GitHub Markdown, escaped wherever document text goes. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/[\\`*_{}[\]<>|~#]/g, '\\$&');
}

function words(segments: readonly WordSegment[]): string {
  if (mostlyChanged(segments)) return `~~${escapeMarkdown(beforeText(segments))}~~ → **${escapeMarkdown(afterText(segments))}**`;
  return renderWords(segments, (op, t) => (op === 'delete' ? `~~${escapeMarkdown(t)}~~` : `**${escapeMarkdown(t)}**`), escapeMarkdown, ' ');
}

const q = (s: string | null): string => (s === null || s.trim() === '' ? '_(none)_' : `«${escapeMarkdown(s.trim())}»`);

/**
 * For a pull-request comment: a heading per section, a bullet per thing that changed with
 * a nested bullet per change; removed words ~~struck~~, inserted ones **bold**.
 */
export function formatMarkdown(report: DiffReport): string {
  const out: string[] = [`### Roadmap diff: \`${report.old.file.replace(/`/g, "'")}\` → \`${report.new.file.replace(/`/g, "'")}\``, ''];
  out.push(report.changes.length === 0 ? 'No differences.' : `**${summaryLine(report.changes).replace(/:/, ':**')}`);
  let current = '';
  const heading = (h: string): void => {
    if (h === current || !h) return;
    current = h;
    out.push('', `#### ${escapeMarkdown(h)}`, '');
  };
  for (const e of gatherRenumbered(entries(report.changes))) {
    if (e.subject === 'section') {
      sectionBlock(e);
      continue;
    }
    heading(e.heading);
    if (e.subject === 'renumbered') {
      out.push(`- renumbered: ${e.changes.map((ch) => `${escapeMarkdown(ch.old.number ?? '(none)')} → ${escapeMarkdown(ch.new.number ?? '(none)')}`).join(', ')}`);
      continue;
    }
    if (e.subject === 'item') out.push(...itemBullets(e));
    else for (const ch of e.changes) out.push(fieldBullet(ch));
  }
  return `${out.join('\n')}\n`;

  function sectionBlock(e: Entry): void {
    const first = e.changes[0]!;
    if (e.heading && e.heading !== current) heading(e.heading);
    if (first.kind === 'section-added' || first.kind === 'section-removed') {
      const added = first.kind === 'section-added';
      const s = (added ? first.new : first.old) as SectionRef;
      out.push('', `#### ${escapeMarkdown(sectionLabel(s))} — section ${added ? 'added' : 'removed'}`, '');
      for (const it of first.items) {
        out.push(added ? `- **added** ${escapeMarkdown(itemLabel(it))} — ${escapeMarkdown(it.text)}` : `- **removed** ${escapeMarkdown(itemLabel(it))} — ~~${escapeMarkdown(it.text)}~~`);
      }
      if (first.items.length === 0) out.push('_(no items)_');
      current = e.opens ?? current;
      return;
    }
    current = e.opens ?? current;
    out.push('', `#### ${escapeMarkdown(sectionLabel(first.new as SectionRef))}`, '');
    for (const ch of e.changes) {
      if (ch.kind === 'section-moved') {
        out.push(`- section moved ${ch.reason === 'parent' ? 'to another parent' : 'among its siblings'}${was(ch.old.number, ch.new.number)}`);
      } else if (ch.kind === 'section-renumbered') {
        out.push(`- section renumbered: ${escapeMarkdown(ch.old.number ?? '(none)')} → ${escapeMarkdown(ch.new.number ?? '(none)')}`);
      } else if (ch.kind === 'section-renamed') {
        out.push(`- section title: ${words(ch.words)}`);
      }
    }
  }

  function fieldBullet(ch: Change): string {
    switch (ch.kind) {
      case 'header-changed':
      case 'roadmap-changed':
        return `- **${ch.field}**: ${ch.words ? words(ch.words) : `${q(ch.before)} → ${q(ch.after)}`}`;
      case 'roadmap-added':
        return `- **roadmap added**: ${q(ch.new.title)} (${ch.items} items)`;
      case 'roadmap-removed':
        return `- **roadmap removed**: ${q(ch.old.title)} (${ch.items} items)`;
      default:
        return `- ${ch.kind}`;
    }
  }

  function itemBullets(e: Entry): string[] {
    const first = e.changes[0]!;
    if (first.kind === 'item-added') {
      const lines = [`- **added** ${escapeMarkdown(itemLabel(first.new))} — ${escapeMarkdown(first.new.text)}`];
      if (first.deadline.raw.trim()) lines.push(`  - deadline: ${deadlineText(first.deadline, q)}`);
      if (first.responsible.trim()) lines.push(`  - responsible: ${q(first.responsible)}`);
      return lines;
    }
    if (first.kind === 'item-removed') return [`- **removed** ${escapeMarkdown(itemLabel(first.old))} — ~~${escapeMarkdown(first.old.text)}~~`];
    const ref = first.new as ItemRef;
    const lines = [`- **${escapeMarkdown(itemLabel(ref))}** ${escapeMarkdown(excerpt(ref.text, 100))}`];
    for (const ch of e.changes) {
      switch (ch.kind) {
        case 'item-moved':
          lines.push(
            `  - moved ${ch.reason === 'section' ? `from ${ch.old.sectionTitle !== null ? escapeMarkdown(sectionLabel({ number: ch.old.sectionNumber, title: ch.old.sectionTitle }, 60)) : 'before any section'}` : 'within its section'}${was(ch.old.number, ch.new.number)}`,
          );
          break;
        case 'item-renumbered':
          lines.push(`  - renumbered: ${escapeMarkdown(ch.old.number ?? '(none)')} → ${escapeMarkdown(ch.new.number ?? '(none)')}`);
          break;
        case 'item-reworded':
          lines.push(`  - text: ${words(ch.words)}`);
          break;
        case 'list-changed':
          lines.push(`  - list: ${[...ch.removed.map((s) => `~~${escapeMarkdown(s)}~~`), ...ch.added.map((s) => `**${escapeMarkdown(s)}**`)].join('; ') || 'order changed'}`);
          break;
        case 'deadline-changed':
          lines.push(`  - deadline: ${deadlineText(ch.before, q)} → ${deadlineText(ch.after, q)}${ch.shift ? ` — **${ch.shift.text}**` : ''}`);
          break;
        case 'responsible-changed': {
          const parties = [...ch.removed.map((s) => `−${escapeMarkdown(s)}`), ...ch.added.map((s) => `+${escapeMarkdown(s)}`)].join(', ');
          lines.push(`  - responsible: ${q(ch.before)} → ${q(ch.after)}${parties ? ` (${parties})` : ''}`);
          break;
        }
        case 'result-changed':
          lines.push(`  - result: ${ch.words ? words(ch.words) : `${q(ch.before)} → ${q(ch.after)}`}`);
          break;
        case 'extra-changed':
          lines.push(`  - ${escapeMarkdown(ch.column)}: ${q(ch.before)} → ${q(ch.after)}`);
          break;
        default:
          break;
      }
    }
    return lines;
  }
}

function was(before: string | null, after: string | null): string {
  return (before ?? '') !== (after ?? '') ? ` (was ${escapeMarkdown(before ?? 'unnumbered')})` : '';
}
