import type { FileHandle } from 'node:fs/promises';
import type { CellValue } from '@kampung-kb/kit/core';
import ExcelJS from 'exceljs';

/** One row of a worksheet: its 1-based number and plain cell values (column A first). */
export interface XlsxRow {
  readonly row: number;
  readonly cells: readonly CellValue[];
}

/**
 * A plain value of an exceljs cell value: rich text joined, a formula's cached result, a hyperlink's text,
 * an error cell's code (`#N/A`).
 */
export function plainCell(value: unknown): CellValue {
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
  if ('formula' in v || 'sharedFormula' in v) return plainCell(v['result']);
  if ('hyperlink' in v || 'text' in v) return plainCell(v['text']);
  if ('error' in v) return String(v['error']);
  return undefined;
}

/**
 * The rows of the first worksheet of an open `.xlsx` file, streamed by exceljs's `WorkbookReader` one row
 * at a time (the rows are never all in memory; the workbook's shared-strings table is). `complete` tells
 * afterwards whether the first sheet was read to its end (exceljs's streaming reader has been seen to stop
 * early on a loaded machine: the caller reports it rather than dropping rows silently). Throws when the
 * file is not a workbook.
 */
export function xlsxFirstSheetRows(handle: FileHandle): {
  rows: AsyncGenerator<XlsxRow>;
  complete: () => boolean;
} {
  let complete = false;
  async function* rows(): AsyncGenerator<XlsxRow> {
    const stream = handle.createReadStream();
    let streamError: unknown;
    stream.on('error', (e) => {
      streamError = e;
    });
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      entries: 'ignore',
    });
    try {
      for await (const sheet of reader) {
        for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
          const values = row.values as unknown[];
          const cells: CellValue[] = new Array(Math.max(0, values.length - 1));
          for (let i = 1; i < values.length; i++) cells[i - 1] = plainCell(values[i]);
          yield { row: row.number, cells };
        }
        complete = true;
        break;
      }
    } finally {
      stream.destroy();
    }
    if (streamError) throw streamError;
  }
  return { rows: rows(), complete: () => complete };
}
