import { type CellResult, readCell } from '../readCell.js';
import type { RecordField } from '../recordFields.js';

/** Distinct cells remembered per column (ids, months, codes repeat; free text stops being remembered there). */
const MAX_REMEMBERED = 1 << 17;

/** Longest run of digits read by {@link ColumnReader.read}'s integer path: always a safe integer. */
const MAX_FAST_DIGITS = 15;

/**
 * A copy of `text` that shares no memory with the string it was cut from. A cell is a slice of the 64 KiB
 * piece of the file it came from, and V8 keeps a slice of 13 or more characters as a view of that piece:
 * remembering it would keep the whole piece alive. Prefixing makes a new string (flattened on `slice`).
 */
function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/**
 * Reads the cells of one CSV column for its field, a fast path before {@link readCell} (the reference,
 * itself derived from the zod coercers): whole numbers written as plain digits are read without a regular
 * expression or a result object, and a column whose values are text (ids, months, region codes, codes)
 * remembers what each distinct cell gave, so a kampung id or a month read a million times is read once and
 * stored once. Whatever the fast path does not read, {@link readCell} reads; the results are the same (a
 * property test checks it against {@link readCell}).
 */
export class ColumnReader {
  readonly #integer: boolean;
  readonly #remembered: Map<string, string | number | boolean> | undefined;

  constructor(readonly field: RecordField) {
    const plain = !field.codeList && !field.regionCode && !field.period;
    this.#integer = plain && field.kind === 'integer';
    this.#remembered = field.kind === 'string' || field.kind === 'unknown' ? new Map() : undefined;
  }

  /**
   * The value of a cell when the fast path can read it (`undefined` otherwise: then use {@link
   * ColumnReader.readSlow}); never `undefined` for a value.
   */
  read(cell: string): unknown {
    if (this.#integer) return readPlainInteger(cell);
    return this.#remembered?.get(cell);
  }

  /** Reads a cell with {@link readCell}, remembering a text column's value for the next time. */
  readSlow(cell: string): CellResult {
    const remembered = this.#remembered;
    if (!remembered || remembered.size >= MAX_REMEMBERED) return readCell(this.field, cell);
    const key = detached(cell);
    const result = readCell(this.field, key);
    if (result.ok && result.present) {
      const v = result.value;
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') remembered.set(key, v);
    }
    return result;
  }
}

/** A cell of plain ASCII digits with an optional `-` (at most 15 digits, no space): its value, else `undefined`. */
function readPlainInteger(cell: string): number | undefined {
  const n = cell.length;
  const negative = n > 0 && cell.charCodeAt(0) === 45;
  const start = negative ? 1 : 0;
  if (n === start || n - start > MAX_FAST_DIGITS) return undefined;
  let v = 0;
  for (let i = start; i < n; i++) {
    const d = cell.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    v = v * 10 + d;
  }
  return negative ? -v : v;
}
