/**
 * The one adapter between the import and the kit's cell reading. Contract §2 makes `readCell` and
 * `recordFields` public in `@kampung-kb/kit` (lenient: labels, portal ids, undotted region codes, `202012`,
 * Excel dates); until that lands this file wraps the kit's current internal coercion, so switching is a
 * change of this file only: `export { readCell, recordFields, type … } from '@kampung-kb/kit';`.
 */
import type { RecordType } from '@kampung-kb/model';
import { type CellResult, coerceCell } from '../../../../kit/src/internal/cellCoercers.js';
import { type LeafField, schemaFields } from '../../../../kit/src/internal/schemaFields.js';

/** What a CSV reader or exceljs gives for one cell. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** One leaf field of a record type: a column. */
export type RecordField = LeafField;

export type { CellResult };

/** The leaf fields of a record type in schema order, nested objects flattened into dotted paths. */
export function recordFields(type: RecordType): readonly RecordField[] {
  return schemaFields(type);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Text of a non-text cell as a person would type it (Excel dates are UTC midnights in exceljs). */
function cellText(field: RecordField, value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (Number.isNaN(value.getTime())) return '';
  const ymd = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}`;
  // A month typed into Excel (`2020-12`) becomes the 1st of that month.
  return field.path === 'period' ? ymd : `${ymd}-${pad(value.getUTCDate())}`;
}

/** Reads one cell for a field: a value, absent, or why it cannot be read. */
export function readCell(field: RecordField, value: CellValue): CellResult {
  return coerceCell(field, cellText(field, value));
}
