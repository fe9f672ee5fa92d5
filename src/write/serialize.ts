import type { RoadmapDocument } from '../model/roadmap.js';
import { emitYaml } from './yaml-emitter.js';

export type OutputFormat = 'yaml' | 'json';

/** JSON, or YAML that keeps long texts on one line (no folding) and reads back identical. */
export function serialize(doc: RoadmapDocument, format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(doc, null, 2)}\n`;
  return emitYaml(doc);
}

export function outputExtension(format: OutputFormat): string {
  return format === 'json' ? '.roadmap.json' : '.roadmap.yaml';
}
