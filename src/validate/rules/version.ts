import { SCHEMA_VERSION } from '../../model/roadmap.js';
import { VERSION } from '../../version.js';
import type { Rule } from './types.js';
import { isObject } from './walk.js';

/** The schemaVersion values this build reads. */
export const KNOWN_SCHEMA_VERSIONS: readonly string[] = [SCHEMA_VERSION];

/**
 * Runs first. A version from the future may mean anything, so after reporting it the other
 * rules are not run. A missing schemaVersion is the schema rule's ("schema/required").
 */
export const unknownVersion: Rule = {
  id: 'document/unknown-version',
  severity: 'error',
  description: 'schemaVersion is not one this version of prikaz knows',
  check(ctx) {
    if (!isObject(ctx.data) || !('schemaVersion' in ctx.data)) return;
    const v = ctx.data.schemaVersion;
    const known = KNOWN_SCHEMA_VERSIONS.map((k) => `"${k}"`).join(', ');
    if (typeof v === 'string') {
      if (KNOWN_SCHEMA_VERSIONS.includes(v)) return;
      ctx.report({
        path: '/schemaVersion',
        message: `schemaVersion "${v}" is unknown to prikaz ${VERSION}, which reads ${known}; nothing else was checked`,
        hint: /^\d+(\.\d+)*$/.test(v) ? 'upgrade prikaz-roadmap, or convert the order again with this version' : `write schemaVersion: "${SCHEMA_VERSION}"`,
      });
      ctx.halt();
      return;
    }
    ctx.report({
      path: '/schemaVersion',
      message:
        typeof v === 'number'
          ? `schemaVersion is the number ${v}, not the text ${known}`
          : `schemaVersion must be text such as "${SCHEMA_VERSION}", not ${v === null ? 'null' : typeof v}`,
      hint: `write schemaVersion: "${SCHEMA_VERSION}" (with the quotes)`,
    });
  },
};
