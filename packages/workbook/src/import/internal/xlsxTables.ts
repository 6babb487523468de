import ExcelJS from 'exceljs';
import { excelCell } from './excelCell.js';
import type { TableEvent } from './tableEvents.js';

/**
 * The sheets and rows of an `.xlsx` file, streamed by exceljs's `WorkbookReader` one row at a time (memory
 * does not grow with the rows). Styles are read so that date cells come as `Date`. Throws when the file is
 * not a readable workbook.
 */
export async function* xlsxTables(file: string): AsyncGenerator<TableEvent> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  for await (const sheet of reader) {
    const ws = sheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string; state?: string };
    yield { kind: 'sheet', name: ws.name, hidden: ws.state === 'hidden' || ws.state === 'veryHidden' };
    for await (const row of ws) {
      const values = row.values as unknown[];
      const cells = new Array(Math.max(0, values.length - 1));
      for (let i = 1; i < values.length; i++) cells[i - 1] = excelCell(values[i]);
      yield { kind: 'row', row: row.number, cells };
    }
  }
}
