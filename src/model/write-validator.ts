import { writeFileSync } from 'node:fs';
import { PRECOMPILED_VALIDATOR, roadmapValidatorSource } from './schema.js';

// Run by `npm run build` after tsc: writes dist/model/roadmap-validator.cjs (see schema.ts).
writeFileSync(PRECOMPILED_VALIDATOR, roadmapValidatorSource());
