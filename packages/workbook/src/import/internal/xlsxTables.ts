import { open } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { CellValue } from './cells.js';
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
  const seen = new Set<string>();
  try {
    for await (const sheet of reader) {
      const ws = sheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string; state?: string };
      seen.add(ws.name);
      yield { kind: 'sheet', name: ws.name, hidden: ws.state === 'hidden' || ws.state === 'veryHidden' };
      for await (const row of ws) yield { kind: 'row', row: row.number, cells: plainCells(row) };
    }
  } finally {
    stream.destroy();
  }
  if (streamError) throw streamError;
  // exceljs's streaming reader has been seen to end without giving a workbook's sheets on a heavily loaded
  // machine. The workbook lists its sheets: any not given are read with the whole-file reader instead, so
  // no sheet is ever silently missing.
  const listed = (reader as unknown as { model?: { sheets?: Array<{ name: string }> } }).model?.sheets;
  if (listed?.every((s) => seen.has(s.name)) && seen.size > 0) return;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const ws of wb.worksheets) {
    if (seen.has(ws.name)) continue;
    yield { kind: 'sheet', name: ws.name, hidden: ws.state === 'hidden' || ws.state === 'veryHidden' };
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((row) => {
      rows.push(row);
    });
    for (const row of rows) yield { kind: 'row', row: row.number, cells: plainCells(row) };
  }
}

function plainCells(row: ExcelJS.Row): CellValue[] {
  const values = row.values as unknown[];
  const cells: CellValue[] = new Array(Math.max(0, values.length - 1));
  for (let i = 1; i < values.length; i++) cells[i - 1] = excelCell(values[i]);
  return cells;
}
