/**
 * The library: the same pipeline the command line runs. Convert an order (a file or its
 * bytes) into a roadmap, validate a roadmap file, diff two roadmaps, export one or many.
 * Every function returns its value with diagnostics or findings; none prints.
 */
export { convertBytes, convertFile, InvalidModelError, type ConvertOptions, type SourceNameOption } from './pipeline/convert.js';
export { readDocument, registerReader, detectFormat } from './readers/index.js';
export { recognizeDocument } from './recognize/document.js';
export { buildModel } from './build/model.js';
export { validateRoadmapDocument, bundledSchema } from './model/schema.js';
export { serialize } from './write/serialize.js';
export { validateFile, validateText, type ValidateOptions, type FileResult } from './validate/validate.js';
export type { Finding, FindingSeverity, Position, Range } from './validate/types.js';
export { diffDocuments, loadForDiff, loadForDiff as loadRoadmap, DIFF_FORMATTERS, type LoadResult, type DiffFormatName } from './diff/index.js';
export type { Change, DiffReport, DiffResult } from './diff/types.js';
export {
  exportDocument,
  exportDocuments,
  exportCsv,
  exportHtml,
  exportIcs,
  exportMarkdown,
  activityTable,
  EXPORTERS,
  EXPORT_FORMATS,
  type ActivityTable,
  type CsvOptions,
  type ExportFormat,
  type ExportManyOptions,
  type ExportOptions,
  type IcsOptions,
  type TableColumn,
  type TextExportFormat,
} from './export/index.js';
export { exportXlsx } from './export/xlsx.js';
export { portableSourceName } from './core/source-name.js';
export { run } from './cli/main.js';
export type * from './model/roadmap.js';
export type * from './document/types.js';
export type * from './core/index.js';
