import type { CellValue } from './readCell.js';

/**
 * The plain value of a spreadsheet cell as a spreadsheet library (exceljs) hands it over: `null` and
 * `undefined` stay empty, strings, numbers, booleans and dates are kept as they are, rich text is joined,
 * a formula gives its cached result, a hyperlink its text, an error cell its code (`#N/A`), anything else
 * unknown is empty. The input is recognised by its shape only (`richText`, `formula` / `sharedFormula` with
 * `result`, `hyperlink` / `text`, `error`), so this package does not depend on exceljs and the function
 * runs in browsers.
 *
 * @param value - A cell value from a spreadsheet reader (exceljs's `Cell.value` or an entry of `Row.values`).
 * @returns The cell's plain value, ready for {@link readCell}.
 *
 * @example
 * ```ts
 * excelCellValue({ richText: [{ text: 'Dana ' }, { text: 'Desa' }] }); // 'Dana Desa'
 * excelCellValue({ formula: 'A1+1', result: 7 }); // 7
 * excelCellValue({ text: 'tautan', hyperlink: 'https://example.org' }); // 'tautan'
 * excelCellValue({ error: '#N/A' }); // '#N/A'
 * ```
 */
export function excelCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return undefined;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  ) {
    return value;
  }
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v['richText'])) {
    return (v['richText'] as Array<{ text?: unknown }>).map((r) => String(r.text ?? '')).join('');
  }
  if ('formula' in v || 'sharedFormula' in v) return excelCellValue(v['result']);
  if ('hyperlink' in v || 'text' in v) return excelCellValue(v['text']);
  if ('error' in v) return String(v['error']);
  return undefined;
}
