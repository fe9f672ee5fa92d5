import type { RoadmapDocument } from '../model/roadmap.js';
import { schemaUrl, yamlSchemaComment } from './schema-ref.js';
import { emitYaml } from './yaml-emitter.js';

export type OutputFormat = 'yaml' | 'json';

/**
 * JSON, or YAML that keeps long texts on one line (no folding) and reads back identical.
 * Both name their schema first, for editors: JSON in a `$schema` field, YAML in a comment
 * (so the data read back from YAML is exactly the document).
 */
export function serialize(doc: RoadmapDocument, format: OutputFormat): string {
  if (format === 'json') {
    const { $schema: _old, ...rest } = doc;
    return `${JSON.stringify({ $schema: schemaUrl(), ...rest }, null, 2)}\n`;
  }
  const { $schema: _old, ...data } = doc;
  return yamlSchemaComment() + emitYaml(data);
}

export function outputExtension(format: OutputFormat): string {
  return format === 'json' ? '.roadmap.json' : '.roadmap.yaml';
}
