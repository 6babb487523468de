import type { RecordType } from '@kampung-kb/model';
import type { ImportCounts, ImportSheet } from '../importResult.js';

/** One of the four things a row read can become. */
export type RowFate = 'imported' | 'updated' | 'ignored' | 'rejected';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function zero(): Mutable<ImportCounts> {
  return { read: 0, imported: 0, updated: 0, ignored: 0, rejected: 0 };
}

/** Counts every row read once, in the total, its sheet and its record type. */
export class ImportTally {
  readonly total = zero();
  readonly sheets: Array<Mutable<ImportSheet>> = [];
  readonly byType: Partial<Record<RecordType, Mutable<ImportCounts>>> = {};

  /** Starts counting a sheet (or file). */
  sheet(sheet: string, recordType: RecordType): Mutable<ImportSheet> {
    const s = { sheet, recordType, ...zero() };
    this.sheets.push(s);
    return s;
  }

  /** Counts one row read of `sheet`. */
  count(sheet: Mutable<ImportSheet>, fate: RowFate): void {
    const byType = this.byType[sheet.recordType] ?? zero();
    this.byType[sheet.recordType] = byType;
    for (const c of [this.total, sheet, byType]) {
      c.read++;
      c[fate]++;
    }
  }
}
