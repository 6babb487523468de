import type { SourceRef } from '@kampung-kb/model';
import { int32Column, NumericColumn, uint8Column } from './columns.js';
import { MonthSlots } from './monthSlots.js';

/**
 * What a streaming run keeps of the monthly reports it has seen, column-wise, instead of the reports:
 *
 * - kampung ids interned to small integers, each with its {@link MonthSlots} (the row of the first report
 *   of every month, for duplicates, and of the first schema-valid one, for cross-period rules);
 * - per row: the report's position, file (interned), line and index (32-bit integers) and a byte of
 *   flags (the cross-period work still to do for it);
 * - per row, only the fields the cross-period rules read (`prev()`, `lastYear()`, `jump`, `outlier`,
 *   found from the compiled rules' operands): numbers in a {@link NumericColumn} (4 bytes for a whole
 *   number, 8 otherwise), anything else (rare in schema-valid reports) in a map beside it.
 *
 * About 17 bytes per report plus 4 per field read, plus 8 bytes per kampung-month.
 */
export class MonthlyStore {
  private readonly kampungIndex = new Map<string, number>();
  readonly kampungIds: string[] = [];
  readonly slots: MonthSlots[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly files: string[] = [];
  private readonly position = int32Column();
  private readonly file = int32Column();
  private readonly line = int32Column();
  private readonly index = int32Column();
  private readonly flags = uint8Column();
  private readonly paths: readonly (readonly string[])[];
  private readonly numbers: NumericColumn[];
  private readonly others: Map<number, unknown>[];
  rows = 0;

  /** `fields`: dotted paths of the fields to keep (`users.iud`). */
  constructor(fields: readonly string[]) {
    this.paths = fields.map((f) => f.split('.'));
    this.numbers = fields.map(() => new NumericColumn());
    this.others = fields.map(() => new Map());
  }

  /** Whether any field is kept. */
  get keepsFields(): boolean {
    return this.paths.length > 0;
  }

  /** The small integer of a kampung id, or `undefined` when it has no report. */
  indexOf(id: string): number | undefined {
    return this.kampungIndex.get(id);
  }

  /** The small integer of a kampung id (a new one the first time). */
  kampung(id: string): number {
    let k = this.kampungIndex.get(id);
    if (k === undefined) {
      k = this.kampungIds.length;
      this.kampungIndex.set(id, k);
      this.kampungIds.push(id);
      this.slots.push(new MonthSlots());
    }
    return k;
  }

  /** A new row for the report at `position` from `source`. */
  addRow(position: number, source: SourceRef | undefined): number {
    const row = this.rows++;
    this.position.set(row, position);
    if (source) {
      let f = this.fileIndex.get(source.file);
      if (f === undefined) {
        f = this.files.length;
        this.files.push(source.file);
        this.fileIndex.set(source.file, f);
      }
      this.file.set(row, f);
      if (source.line !== undefined) this.line.set(row, source.line);
      if (source.index !== undefined) this.index.set(row, source.index);
    }
    return row;
  }

  positionOf(row: number): number {
    return this.position.get(row);
  }

  sourceOf(row: number): SourceRef | undefined {
    const f = this.file.get(row);
    if (f < 0) return undefined;
    const line = this.line.get(row);
    const index = this.index.get(row);
    return {
      file: this.files[f] as string,
      ...(line >= 0 ? { line } : {}),
      ...(index >= 0 ? { index } : {}),
    };
  }

  flagsOf(row: number): number {
    return this.flags.get(row);
  }

  setFlags(row: number, flags: number): void {
    this.flags.set(row, flags);
  }

  /** Keeps the report's values of the fields cross-period rules read. */
  keepFields(row: number, record: unknown): void {
    for (let i = 0; i < this.paths.length; i++) {
      const v = walk(record, this.paths[i] as readonly string[]);
      if (typeof v === 'number' && !Number.isNaN(v)) (this.numbers[i] as NumericColumn).set(row, v);
      else if (v !== undefined) (this.others[i] as Map<number, unknown>).set(row, v);
    }
  }

  /**
   * The report of a row as far as the cross-period rules can tell: its kampung id, period and the kept
   * fields, nested as in the report (`{ kampungId, period, users: { iud: 3 } }`).
   */
  project(row: number, kampungId: string, period: string): Record<string, unknown> {
    return project(this.paths, kampungId, period, (i) => {
      const n = (this.numbers[i] as NumericColumn).get(row);
      return Number.isNaN(n) ? (this.others[i] as Map<number, unknown>).get(row) : n;
    });
  }

  /** The same projection of a report at hand (one that has no row). */
  projectRecord(record: unknown, kampungId: string, period: string): Record<string, unknown> {
    return project(this.paths, kampungId, period, (i) => walk(record, this.paths[i] as readonly string[]));
  }
}

function walk(o: unknown, path: readonly string[]): unknown {
  let v = o;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

function project(
  paths: readonly (readonly string[])[],
  kampungId: string,
  period: string,
  valueAt: (i: number) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = { kampungId, period };
  for (let i = 0; i < paths.length; i++) {
    const v = valueAt(i);
    if (v === undefined) continue;
    const path = paths[i] as readonly string[];
    let o = out;
    for (let j = 0; j < path.length - 1; j++) {
      const k = path[j] as string;
      let next = o[k];
      if (next === null || typeof next !== 'object') {
        next = {};
        o[k] = next;
      }
      o = next as Record<string, unknown>;
    }
    o[path[path.length - 1] as string] = v;
  }
  return out;
}
