import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with `exports.default`: under NodeNext the default import is the module object.
type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? (addFormatsModule as unknown as FormatsPlugin);

type JsonObject = Record<string, unknown>;

const SCHEMA_FILES = ['roadmap.schema.json', 'deadline.schema.json', 'responsible.schema.json'] as const;

function schemaPath(name: string): string {
  // dist/model/schema.js and src/model/schema.ts both sit two levels below the package root
  return fileURLToPath(new URL(`../../schemas/${name}`, import.meta.url));
}

export function loadSchema(name: (typeof SCHEMA_FILES)[number]): JsonObject {
  return JSON.parse(readFileSync(schemaPath(name), 'utf8')) as JsonObject;
}

let validator: ValidateFunction | null = null;

/** The compiled validator for roadmap documents (compiled once per process). */
export function roadmapValidator(): ValidateFunction {
  if (validator) return validator;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const name of SCHEMA_FILES.slice(1)) ajv.addSchema(loadSchema(name));
  validator = ajv.compile(loadSchema('roadmap.schema.json'));
  return validator;
}

export function validateRoadmapDocument(data: unknown): ErrorObject[] {
  const validate = roadmapValidator();
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/**
 * One self-contained schema: the deadline and responsible schemas moved under $defs,
 * their own $defs hoisted with a prefix, and the $refs rewritten to match.
 */
export function bundledSchema(): JsonObject {
  const main = structuredClone(loadSchema('roadmap.schema.json'));
  const defs = (main.$defs ?? {}) as JsonObject;
  for (const file of SCHEMA_FILES.slice(1)) {
    const name = file.replace('.schema.json', '');
    const sub = structuredClone(loadSchema(file));
    const subDefs = (sub.$defs ?? {}) as JsonObject;
    delete sub.$defs;
    delete sub.$schema;
    delete sub.$id;
    for (const [k, v] of Object.entries(subDefs)) defs[`${name}.${k}`] = rewriteRefs(v, (ref) => ref.replace('#/$defs/', `#/$defs/${name}.`));
    defs[name] = rewriteRefs(sub, (ref) => ref.replace('#/$defs/', `#/$defs/${name}.`));
  }
  main.$defs = defs;
  return rewriteRefs(main, (ref) => {
    const m = /^(\w+)\.schema\.json(?:#\/\$defs\/(.+))?$/.exec(ref);
    if (!m) return ref;
    return m[2] ? `#/$defs/${m[1]}.${m[2]}` : `#/$defs/${m[1]}`;
  }) as JsonObject;
}

function rewriteRefs(node: unknown, map: (ref: string) => string): unknown {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, map));
  if (node && typeof node === 'object') {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === '$ref' && typeof v === 'string' ? map(v) : rewriteRefs(v, map);
    return out;
  }
  return node;
}
