import { open } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { excelCell } from './excelCell.js';
import type { TableEvent } from './tableEvents.js';

/**
 * The sheets and rows of an `.xlsx` file, streamed by exceljs's `WorkbookReader` one row at a time (memory
 * does not grow with the rows). Styles are read so that date cells come as `Date`. Throws when the file is
 * not a readable workbook.
 */
export async function* xlsxTables(file: string): AsyncGenerator<TableEvent> {
  // Opened here, so a missing or unreadable file throws (exceljs would leave the error unhandled and hang).
  const handle = await open(file, 'r');
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    throw new Error('not a file');
  }
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
      const ws = sheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string; state?: string };
      yield { kind: 'sheet', name: ws.name, hidden: ws.state === 'hidden' || ws.state === 'veryHidden' };
      for await (const row of ws) {
        const values = row.values as unknown[];
        const cells = new Array(Math.max(0, values.length - 1));
        for (let i = 1; i < values.length; i++) cells[i - 1] = excelCell(values[i]);
        yield { kind: 'row', row: row.number, cells };
      }
    }
  } finally {
    stream.destroy();
  }
  if (streamError) throw streamError;
}
