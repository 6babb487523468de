import type { FileHandle } from 'node:fs/promises';
import { type CellValue, excelCellValue } from '@kampung-kb/kit/core';
import ExcelJS from 'exceljs';

/** One row of a worksheet: its 1-based number and plain cell values (column A first). */
export interface XlsxRow {
  readonly row: number;
  readonly cells: readonly CellValue[];
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
          for (let i = 1; i < values.length; i++) cells[i - 1] = excelCellValue(values[i]);
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
