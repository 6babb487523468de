/**
 * `@kampung-kb/workbook`: Excel data-entry workbooks for Kampung KB (templates and imports).
 *
 * @packageDocumentation
 */
// Site candidates (kkb sites --candidates).
export {
  type CandidateCell,
  type CandidatesFromRowsOptions,
  type CandidatesRead,
  type CandidateTableRow,
  candidatesFromRows,
} from './candidates/candidatesFromRows.js';
export { readCandidatesCsv, readCandidatesFile, readCandidatesXlsx } from './candidates/readCandidates.js';
export {
  type CandidatesTemplateOptions,
  writeCandidatesTemplate,
} from './candidates/writeCandidatesTemplate.js';

export { columnLabel } from './columns/columnLabel.js';
export { type TemplateField, type TemplateFieldKind, templateFields } from './columns/templateFields.js';
export { type ImportOptions, importFile } from './import/importFile.js';
export type { ImportCounts, ImportRejection, ImportResult, ImportSheet } from './import/importResult.js';
export {
  buildTemplateWorkbook,
  type TemplateBuilt,
  type TemplateContent,
  type TemplateOptions,
  type TemplateSheet,
} from './template/buildTemplateWorkbook.js';
export { LIST_SEPARATOR } from './template/templateCellValue.js';
export {
  FIRST_DATA_ROW,
  HEADER_ROW,
  LISTS_SHEET,
  META_SHEET,
  PATH_ROW,
  TEMPLATE_MARKER,
  TEMPLATE_RECORD_TYPES,
  TEMPLATE_VERSION,
  templateSheetName,
} from './template/templateLayout.js';
export {
  type TemplateWritten,
  type WriteTemplateOptions,
  writeTemplateWorkbook,
} from './template/writeTemplateWorkbook.js';
