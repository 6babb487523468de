import type { RecordType } from '@kampung-kb/model';
import type { CsvDelimiter } from './parseCsv.js';
import { recordFields } from './recordFields.js';

/**
 * Options of {@link recordsToCsv}.
 *
 * @example
 * ```ts
 * recordsToCsv('monthly', reports, { delimiter: ';', newline: '\r\n' });
 * ```
 */
export interface CsvWriteOptions {
  /** Field delimiter, `,` by default; `;` suits spreadsheets set to an Indonesian locale. */
  readonly delimiter?: CsvDelimiter;
  /** Line end, `\n` by default. */
  readonly newline?: '\n' | '\r\n';
}

function valueAt(record: unknown, segments: readonly string[]): unknown {
  let node = record;
  for (const key of segments) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => cellText(v)).join(';');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

function quoted(text: string, delimiter: CsvDelimiter): string {
  const needs = text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needs ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes records of one type as CSV: a header with every leaf field of the schema in schema order
 * (nested fields as dotted paths), booleans as `true`/`false`, lists `;`-joined, `null` and absent fields
 * as empty cells, quoting where needed. {@link recordsFromCsv} reads the text back to the same records
 * (text is trimmed on reading and an empty optional list reads back as absent). Fields outside the schema
 * are not written. Family tallies (`family`) get `kampungId`, `period`, `source` and a column per tally key
 * that some record has (in `familyTallyKeys` order). Pure and browser-safe.
 *
 * @example
 * ```ts
 * recordsToCsv('region', [{ code: '63.71', name: 'Kota Banjarmasin' }]);
 * // 'code,name\n63.71,Kota Banjarmasin\n'
 * ```
 */
export function recordsToCsv(
  type: RecordType,
  records: readonly object[],
  options: CsvWriteOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const newline = options.newline ?? '\n';
  const all = recordFields(type);
  // A family tally writes the tally keys its records have, not every key there is.
  const fields =
    type === 'family'
      ? all.filter(
          (f) => f.segments[0] !== 'values' || records.some((r) => valueAt(r, f.segments) !== undefined),
        )
      : all;
  const lines = [fields.map((f) => quoted(f.path, delimiter)).join(delimiter)];
  for (const record of records) {
    lines.push(fields.map((f) => quoted(cellText(valueAt(record, f.segments)), delimiter)).join(delimiter));
  }
  return lines.join(newline) + newline;
}
