import { open } from 'node:fs/promises';
import { excelCellValue } from '@kampung-kb/kit/core';
import ExcelJS from 'exceljs';
import type { CellValue } from './cells.js';
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
  const finished = new Set<string>();
  const lastRow = new Map<string, number>();
  let streamFailure: unknown;
  try {
    for await (const sheet of reader) {
      const ws = sheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string; state?: string };
      seen.add(ws.name);
      yield { kind: 'sheet', name: ws.name, hidden: ws.state === 'hidden' || ws.state === 'veryHidden' };
      for await (const row of ws) {
        lastRow.set(ws.name, row.number);
        yield { kind: 'row', row: row.number, cells: plainCells(row) };
      }
      finished.add(ws.name);
    }
  } catch (e) {
    // exceljs's streaming reader has been seen to fail inside itself on a heavily loaded machine
    // ("Cannot read properties of undefined (reading 'sheets')"): the whole-file reader below takes over where
    // it stopped; a file that is truly unreadable makes that reader throw too.
    streamFailure = e;
  } finally {
    stream.destroy();
  }
  if (streamError) throw streamError;
  // The streaming reader has also been seen to end without giving a workbook's sheets. The workbook lists its
  // sheets: any not given in full are read with the whole-file reader instead, so no sheet or row is ever
  // silently missing (nor given twice: a sheet cut short goes on after its last row given).
  const listed = (reader as unknown as { model?: { sheets?: Array<{ name: string }> } }).model?.sheets;
  if (streamFailure === undefined && listed?.every((s) => finished.has(s.name)) && finished.size > 0) return;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw streamFailure ?? e;
  }
  for (const ws of wb.worksheets) {
    if (finished.has(ws.name)) continue;
    if (!seen.has(ws.name)) {
      yield { kind: 'sheet', name: ws.name, hidden: ws.state === 'hidden' || ws.state === 'veryHidden' };
    }
    const after = lastRow.get(ws.name) ?? 0;
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((row) => {
      if (row.number > after) rows.push(row);
    });
    for (const row of rows) yield { kind: 'row', row: row.number, cells: plainCells(row) };
  }
}

function plainCells(row: ExcelJS.Row): CellValue[] {
  const values = row.values as unknown[];
  const cells: CellValue[] = new Array(Math.max(0, values.length - 1));
  for (let i = 1; i < values.length; i++) cells[i - 1] = excelCellValue(values[i]);
  return cells;
}
