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
