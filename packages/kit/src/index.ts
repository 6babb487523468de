/**
 * `@kampung-kb/kit`: the replication kit's I/O edge. A city describes its programme in
 * `programme.json` / `programme.yaml` and keeps its records in a data directory of CSV and JSON files;
 * this package reads and writes both, returning every problem as an `Issue` instead of throwing.
 *
 * Everything except {@link readDataDir}, {@link streamDataDir}, {@link writeDataDir} and {@link writeOutputFiles}
 * is pure and runs in browsers too.
 *
 * @packageDocumentation
 */

export { type CsvRowBatch, type CsvRowStreamOptions, csvRowStream } from './csvRowStream.js';
export {
  type DataFileFormat,
  type DataFileKind,
  dataFileKind,
  PROGRAMME_FILE_NAMES,
} from './dataFileKind.js';
export { excelCellValue } from './excelCellValue.js';
export {
  type CsvDelimiter,
  type CsvRow,
  type CsvTable,
  type ParseCsvOptions,
  parseCsv,
} from './parseCsv.js';
export {
  MAX_PROGRAMME_LENGTH,
  MAX_PROGRAMME_YAML_ALIAS_COUNT,
  type ProgrammeFormat,
  type ProgrammeResult,
  parseProgramme,
} from './parseProgramme.js';
export { type BoundedYaml, parseYamlBounded } from './parseYamlBounded.js';
export { type Programme, ProgrammeDefinition, type ProgrammeInput } from './programmeDefinition.js';
export { programmeJsonSchema } from './programmeJsonSchema.js';
export { type CellResult, type CellValue, readCell } from './readCell.js';
export { type DataDirFile, type DataDirRead, type ReadDataDirOptions, readDataDir } from './readDataDir.js';
export { type FieldKind, type RecordField, recordFields } from './recordFields.js';
export { recordsFromCsv } from './recordsFromCsv.js';
export {
  DEFAULT_MAX_JSON_DEPTH,
  type RecordsFromJsonOptions,
  recordsFromJson,
} from './recordsFromJson.js';
export type { RecordsRead } from './recordsRead.js';
export { type CsvWriteOptions, recordsToCsv } from './recordsToCsv.js';
export { recordsToJson } from './recordsToJson.js';
export {
  SCAFFOLD_EXAMPLE_END,
  SCAFFOLD_EXAMPLE_START,
  type ScaffoldFile,
  type ScaffoldInput,
  type ScaffoldRegion,
  scaffoldDataDir,
} from './scaffoldDataDir.js';
export { setPath } from './setPath.js';
export { type SimilarNamesOptions, similarNames } from './similarNames.js';
export {
  SITE_CANDIDATE_FIELDS,
  type SiteCandidateField,
  type SiteCandidateFieldKind,
  type SiteCandidateFields,
  SiteCandidateRow,
  siteCandidateOf,
} from './siteCandidate.js';
export { type DataDirEvent, type StreamDataDirOptions, streamDataDir } from './streamDataDir.js';
export { type DataDirWritten, type WriteDataDirOptions, writeDataDir } from './writeDataDir.js';
export {
  type OutputFile,
  type OutputFilesWritten,
  type WriteOutputFilesOptions,
  writeOutputFiles,
} from './writeOutputFiles.js';
