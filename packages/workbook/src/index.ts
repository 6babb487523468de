/**
 * `@kampung-kb/workbook`: Excel data-entry workbooks for Kampung KB (templates and imports).
 *
 * @packageDocumentation
 */
export { type ImportOptions, importFile } from './import/importFile.js';
export type { ImportCounts, ImportRejection, ImportResult, ImportSheet } from './import/importResult.js';
