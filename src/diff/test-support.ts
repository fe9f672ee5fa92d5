import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import type { RoadmapDocument } from '../model/roadmap.js';
import { roadmapDocumentOf } from './load.js';
import type { Change } from './types.js';

/** A test pair's file, by name: src/diff/testdata/NAME. */
export function testdataPath(name: string): string {
  return fileURLToPath(new URL(`./testdata/${name}`, import.meta.url));
}

export function loadTestdata(name: string): RoadmapDocument {
  const shaped = roadmapDocumentOf(YAML.parse(readFileSync(testdataPath(name), 'utf8')));
  if (!shaped.ok) throw new Error(shaped.message);
  return shaped.doc;
}

/**
 * A change in one line, for writing the expected changes of a test by hand:
 * "item-renumbered 2.4 → 2.3", "deadline-changed 1.1: до 01.12.2020 → до 15.12.2020 (перенесён на 2 недели позже)".
 */
export function brief(c: Change): string {
  const num = (n: string | null): string => n ?? '-';
  switch (c.kind) {
    case 'header-changed':
    case 'roadmap-changed':
      return `${c.kind} ${c.field}: ${c.before ?? '-'} → ${c.after ?? '-'}`;
    case 'roadmap-added':
      return `roadmap-added ${c.new.path} (${c.items} items)`;
    case 'roadmap-removed':
      return `roadmap-removed ${c.old.path} (${c.items} items)`;
    case 'section-added':
      return `section-added ${num(c.new.number)} ${c.new.title} [${c.items.map((i) => num(i.number)).join(', ')}]`;
    case 'section-removed':
      return `section-removed ${num(c.old.number)} ${c.old.title} [${c.items.map((i) => num(i.number)).join(', ')}]`;
    case 'section-renamed':
      return `section-renamed ${num(c.old.number)}: ${c.old.title} → ${c.new.title}`;
    case 'section-renumbered':
      return `section-renumbered ${num(c.old.number)} → ${num(c.new.number)}`;
    case 'section-moved':
      return `section-moved ${num(c.old.number)} → ${num(c.new.number)} (${c.reason})`;
    case 'item-added':
      return `item-added ${num(c.new.number)}`;
    case 'item-removed':
      return `item-removed ${num(c.old.number)}`;
    case 'item-moved':
      return `item-moved ${num(c.old.number)} → ${num(c.new.number)} (${c.reason})`;
    case 'item-renumbered':
      return `item-renumbered ${num(c.old.number)} → ${num(c.new.number)}`;
    case 'item-reworded':
      return `item-reworded ${num(c.new.number)}`;
    case 'list-changed':
      return `list-changed ${num(c.new.number)}: ${[...c.removed.map((s) => `-${s}`), ...c.added.map((s) => `+${s}`)].join('; ')}`;
    case 'deadline-changed':
      return `deadline-changed ${num(c.new.number)}: ${c.before.raw} → ${c.after.raw}${c.shift ? ` (${c.shift.text})` : ''}`;
    case 'responsible-changed':
      return `responsible-changed ${num(c.new.number)}: ${[...c.removed.map((s) => `-${s}`), ...c.added.map((s) => `+${s}`)].join(', ')}`;
    case 'result-changed':
      return `result-changed ${num(c.new.number)}: ${c.before ?? '-'} → ${c.after ?? '-'}`;
    case 'extra-changed':
      return `extra-changed ${num(c.new.number)} ${c.column}: ${c.before ?? '-'} → ${c.after ?? '-'}`;
  }
}
