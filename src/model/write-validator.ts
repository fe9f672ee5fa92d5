import { writeFileSync } from 'node:fs';
import { bundledSchema, PRECOMPILED_VALIDATOR, roadmapValidatorSource } from './schema.js';

// Run by `npm run build` after tsc: writes dist/model/roadmap-validator.cjs (see schema.ts),
// and dist/roadmap.schema.json, the self-contained schema roadmap files point editors at
// (src/write/schema-ref.ts).
writeFileSync(PRECOMPILED_VALIDATOR, roadmapValidatorSource());
writeFileSync(new URL('../roadmap.schema.json', import.meta.url), `${JSON.stringify(bundledSchema(), null, 2)}\n`);
