import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';

// ajv is loaded only to compile the schema (the build, and tests that run the sources): a
// CLI call uses the precompiled validator and should not pay for loading the compiler.
// ajv and ajv-formats are CommonJS, so require() loads them synchronously, when needed.
const requireCjs = createRequire(import.meta.url);
type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
type StandaloneCode = (ajv: Ajv2020, validate: ValidateFunction) => string;
const cjsDefault = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;

type JsonObject = Record<string, unknown>;

const SCHEMA_FILES = ['roadmap.schema.json', 'deadline.schema.json', 'responsible.schema.json'] as const;

function schemaPath(name: string): string {
  // dist/model/schema.js and src/model/schema.ts both sit two levels below the package root
  return fileURLToPath(new URL(`../../schemas/${name}`, import.meta.url));
}

export function loadSchema(name: (typeof SCHEMA_FILES)[number]): JsonObject {
  return JSON.parse(readFileSync(schemaPath(name), 'utf8')) as JsonObject;
}

/**
 * One validator serves `convert` (its output must pass) and `validate` (whose messages need
 * `verbose`: each error carries the schema it failed, which names the allowed fields and
 * values). It is compiled from the bundled schema, the form `prikaz schema` prints.
 */
function compile(source: boolean): { ajv: Ajv2020; validate: ValidateFunction } {
  const { Ajv2020: AjvClass } = requireCjs('ajv/dist/2020.js') as { Ajv2020: new (options: object) => Ajv2020 };
  const addFormats = cjsDefault<FormatsPlugin>(requireCjs('ajv-formats'));
  const ajv = new AjvClass({ allErrors: true, strict: false, verbose: true, code: { source } });
  addFormats(ajv);
  return { ajv, validate: ajv.compile(bundledSchema()) };
}

/**
 * The validator as a CommonJS module (ajv's standalone code), which the build writes to
 * dist/model/roadmap-validator.cjs: compiling the schema costs every process (each CLI
 * call, each batch worker) about 110 ms, loading the compiled module about 10.
 */
export function roadmapValidatorSource(): string {
  const { ajv, validate } = compile(true);
  const standaloneCode = cjsDefault<StandaloneCode>(requireCjs('ajv/dist/standalone/index.js'));
  return standaloneCode(ajv, validate);
}

export const PRECOMPILED_VALIDATOR = fileURLToPath(new URL('./roadmap-validator.cjs', import.meta.url));

let validator: ValidateFunction | null = null;

/** The validator for roadmap documents: the build's precompiled one, else compiled once per process (tests run the sources). */
export function roadmapValidator(): ValidateFunction {
  if (validator) return validator;
  validator = existsSync(PRECOMPILED_VALIDATOR) ? (requireCjs(PRECOMPILED_VALIDATOR) as ValidateFunction) : compile(false).validate;
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
