import { load } from 'js-yaml';

/**
 * Roadmap data from YAML text in one quick pass, or undefined to let the full parser decide.
 *
 * The `yaml` package's Document API (parse.ts) keeps a node for every value with its source
 * range: on a 50,000-activity roadmap that is ~1.5 GB and most of a minute, spent even when
 * nothing is reported. js-yaml builds the values alone, several times faster in a fifth of
 * the memory; the syntax tree is then built only when a finding needs a line
 * (parse.ts: positions, tree) or when the text is anything but plain data.
 *
 * Both read YAML 1.2 with the core schema, so plain data reads the same (fast-yaml.test.ts
 * holds them to it). Everything where they could differ, or where parse.ts has something to
 * say, goes to the full parser: any syntax error or duplicate key (js-yaml throws), aliases
 * (parse.ts caps their expansion; maxAliases 0 makes js-yaml throw), tags and directives (a
 * tag may change how a value reads; parse.ts reports unknown ones), several documents, and a
 * document that is not a mapping or list, and a null key (`~: x`, which js-yaml names "null"
 * and the yaml package ""; any key "null" is sent on, as no roadmap has one).
 */
export function fastYamlData(text: string): unknown {
  if (TAG_OR_DIRECTIVE.test(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { maxAliases: 0 });
  } catch {
    return undefined;
  }
  return data !== null && typeof data === 'object' && !hasNullKey(data) ? data : undefined;
}

/** Whether any mapping has the key "null" (a walk with a stack: roadmaps nest deep and run long). */
function hasNullKey(root: object): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const v of node) if (v !== null && typeof v === 'object') stack.push(v);
      continue;
    }
    for (const key in node) {
      if (key === 'null') return true;
      const v = (node as Record<string, unknown>)[key];
      if (v !== null && typeof v === 'object') stack.push(v);
    }
  }
  return false;
}

/** A tag (`!x`, `!!str`) where a node may start, or a directive line (`%YAML`): over-eager on purpose. */
const TAG_OR_DIRECTIVE = /(?:^|[\s,[{])!|^%/m;
