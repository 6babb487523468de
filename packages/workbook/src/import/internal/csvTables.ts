import { parseCsv } from '@kampung-kb/kit';
import type { TableEvent } from './tableEvents.js';

/**
 * The rows of a CSV text as one sheet named `name`, split by the kit's CSV parser (`,` or the `;` of
 * Indonesian Excel exports, a UTF-8 byte-order mark, quoted cells); each row keeps its physical line.
 */
export function* csvTables(text: string, name: string): Generator<TableEvent> {
  yield { kind: 'sheet', name, hidden: false };
  for (const row of parseCsv(text).rows) yield { kind: 'row', row: row.line, cells: row.cells };
}
