/** The library: the same pipeline the command line runs. */
export { convertBytes, convertFile, InvalidModelError } from './pipeline/convert.js';
export { readDocument, registerReader, detectFormat } from './readers/index.js';
export { recognizeDocument } from './recognize/document.js';
export { buildModel } from './build/model.js';
export { validateRoadmapDocument, bundledSchema } from './model/schema.js';
export { serialize } from './write/serialize.js';
export { validateFile, validateText } from './validate/validate.js';
export { diffDocuments, loadForDiff, DIFF_FORMATTERS } from './diff/index.js';
export { exportDocument, exportCsv, exportHtml, exportIcs, exportMarkdown } from './export/index.js';
export { run } from './cli/main.js';
export type * from './model/roadmap.js';
export type * from './document/types.js';
export type * from './core/index.js';
