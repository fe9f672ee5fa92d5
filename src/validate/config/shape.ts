import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';

/** What a rule may be set to in the config: its findings dropped, reported as warnings, or as errors. */
export const RULE_SETTINGS = ['off', 'warn', 'error'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

/** The config as written, once its shape is checked. */
export interface ConfigData {
  rules?: Record<string, RuleSetting>;
  ignore?: string[];
  format?: string;
}

/**
 * The shape of a config (prikaz.config.yaml, .yml, .json, or "prikaz" in package.json). Rule
 * ids and format names are checked against the tool's own lists afterwards, with a
 * "did you mean".
 */
export function configSchema(formats: readonly string[]): object {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'rule id (or "area/*") → off | warn | error',
        additionalProperties: { enum: [...RULE_SETTINGS] },
      },
      ignore: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'glob patterns, relative to the config file\'s folder' },
      format: { enum: [...formats], description: 'the report format when --format is not given' },
    },
  };
}

const requireCjs = createRequire(import.meta.url);
let compiled: { formats: string; validate: ValidateFunction } | null = null;

/** ajv's errors for `data`, [] when it fits; the validator is compiled once, when a config is first read. */
export function checkConfigShape(data: unknown, formats: readonly string[]): ErrorObject[] {
  const key = formats.join(',');
  if (!compiled || compiled.formats !== key) {
    const { Ajv2020 } = requireCjs('ajv/dist/2020.js') as { Ajv2020: new (options: object) => { compile(schema: object): ValidateFunction } };
    compiled = { formats: key, validate: new Ajv2020({ allErrors: true, strict: false }).compile(configSchema(formats)) };
  }
  return compiled.validate(data) ? [] : [...(compiled.validate.errors ?? [])];
}

/** One ajv error in plain words. */
export function describeShapeError(e: ErrorObject): string {
  const parts = e.instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const at = e.instancePath === '' ? 'the config' : parts[0] === 'rules' && parts.length === 2 ? `the setting of rule "${parts[1]}"` : parts.join('.');
  switch (e.keyword) {
    case 'additionalProperties':
      return `${at} has no field "${String(e.params.additionalProperty)}" (the fields are rules, ignore, format)`;
    case 'enum':
      return `${at} must be one of ${(e.params.allowedValues as unknown[]).map((v) => String(v)).join(', ')}`;
    case 'type':
      return `${at} must be ${e.params.type === 'object' ? 'a mapping' : e.params.type === 'array' ? 'a list' : `a ${String(e.params.type)}`}`;
    case 'minLength':
      return `${at} must not be empty`;
    default:
      return `${at} ${e.message ?? 'is not valid'}`;
  }
}
