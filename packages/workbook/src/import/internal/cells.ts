/**
 * The one place the import gets its cell reading from: the kit's public, lenient `readCell` and
 * `recordFields` (contracts §2: labels in Indonesian or English, portal ids, undotted region codes,
 * `202012`, Excel dates and serials) and `setPath`, shared with the CSV reader of `kkb validate`.
 */
export {
  type CellResult,
  type CellValue,
  type RecordField,
  readCell,
  recordFields,
  setPath,
} from '@kampung-kb/kit';
