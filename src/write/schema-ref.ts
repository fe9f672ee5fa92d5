import { VERSION } from '../version.js';

/**
 * Where a roadmap file says its schema is, so that editors (VS Code with the YAML extension,
 * JetBrains, any JSON-schema-aware editor) check it as people type.
 *
 * The schema is the self-contained one (`prikaz schema`; the build writes it to
 * dist/roadmap.schema.json): schemas/roadmap.schema.json refers to its parts by relative
 * $refs that resolve against its $id, an address that serves nothing. The address is the
 * published package on unpkg at the exact version that wrote the file: it never changes
 * under the file (a later version's schema may differ), it needs no install, and it does not
 * depend on where node_modules is, as a relative path would.
 */
export const SCHEMA_FILE_IN_PACKAGE = 'dist/roadmap.schema.json';

export function schemaUrl(version: string = VERSION): string {
  return `https://unpkg.com/prikaz-roadmap@${version}/${SCHEMA_FILE_IN_PACKAGE}`;
}

/** The first line of a YAML roadmap: the yaml-language-server modeline. */
export function yamlSchemaComment(version: string = VERSION): string {
  return `# yaml-language-server: $schema=${schemaUrl(version)}\n`;
}
