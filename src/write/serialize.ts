import YAML from 'yaml';
import type { RoadmapDocument } from '../model/roadmap.js';

export type OutputFormat = 'yaml' | 'json';

/** YAML keeps long texts on one line (no folding) so that what was written reads back identical. */
export function serialize(doc: RoadmapDocument, format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(doc, null, 2)}\n`;
  return YAML.stringify(doc, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}

export function outputExtension(format: OutputFormat): string {
  return format === 'json' ? '.roadmap.json' : '.roadmap.yaml';
}
