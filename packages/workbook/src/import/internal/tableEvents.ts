import type { CellValue } from './cells.js';

/** A sheet starts (a CSV file is one sheet named after the file). */
export interface SheetStart {
  readonly kind: 'sheet';
  readonly name: string;
  /** Hidden in the workbook (the `_kkb` and `_lists` sheets). */
  readonly hidden: boolean;
}

/** A row of the current sheet: its 1-based number and its cells from column A. */
export interface TableRow {
  readonly kind: 'row';
  readonly row: number;
  readonly cells: readonly CellValue[];
}

/** What a workbook or CSV reader yields, a row at a time. */
export type TableEvent = SheetStart | TableRow;
