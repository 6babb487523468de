import type { CellValue } from './cells.js';

/**
 * A plain value of an exceljs cell value: rich text joined, a formula's cached result, a hyperlink's text,
 * an error cell's code (`#N/A`), a shared string as it is.
 */
export function excelCell(value: unknown): CellValue {
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
  if ('formula' in v || 'sharedFormula' in v) return excelCell(v['result']);
  if ('hyperlink' in v || 'text' in v) return excelCell(v['text']);
  if ('error' in v) return String(v['error']);
  return undefined;
}
