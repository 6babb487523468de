/** Elements per chunk of a column: growth adds a chunk, never copies the column. */
const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

interface NumberArray {
  [index: number]: number;
  readonly length: number;
  fill(value: number): unknown;
  set(array: ArrayLike<number>): void;
}

/**
 * A growable column of numbers in typed-array chunks (4 Ki elements each): indexable by row, grows by a
 * chunk at a time without copying, and costs the element size per row (4 bytes for `Int32Array`, 8 for
 * `Float64Array`) instead of a heap object or map entry per value. Unset rows read as `empty`.
 */
export class NumberColumn {
  private readonly chunks: NumberArray[] = [];

  constructor(
    private readonly make: (length: number) => NumberArray,
    private readonly empty: number,
  ) {}

  get(row: number): number {
    const c = this.chunks[row >>> CHUNK_BITS];
    const i = row & MASK;
    return c === undefined || i >= c.length ? this.empty : (c[i] as number);
  }

  set(row: number, value: number): void {
    const at = row >>> CHUNK_BITS;
    const i = row & MASK;
    if (at === 0) {
      const first = this.chunks[0];
      if (first === undefined || i >= first.length) {
        const c = this.make(Math.min(CHUNK, Math.max(64, 2 * i, 2 * (first?.length ?? 0))));
        if (this.empty !== 0) c.fill(this.empty);
        if (first !== undefined) c.set(first);
        this.chunks[0] = c;
      }
    } else {
      while (this.chunks.length <= at) {
        if (this.chunks.length === 1 && (this.chunks[0] as NumberArray).length < CHUNK)
          this.set(CHUNK - 1, this.get(CHUNK - 1));
        const c = this.make(CHUNK);
        if (this.empty !== 0) c.fill(this.empty);
        this.chunks.push(c);
      }
    }
    (this.chunks[at] as NumberArray)[i] = value;
  }
}

/** A column of 32-bit integers, `-1` when unset. */
export function int32Column(): NumberColumn {
  return new NumberColumn((n) => new Int32Array(n), -1);
}

/** A column of bytes, `0` when unset. */
export function uint8Column(): NumberColumn {
  return new NumberColumn((n) => new Uint8Array(n), 0);
}

const NUMERIC_CHUNK_BITS = 12;
const NUMERIC_CHUNK = 1 << NUMERIC_CHUNK_BITS;
const NUMERIC_MASK = NUMERIC_CHUNK - 1;
/** The `Int32Array` value that stands for "no number". */
const INT_NONE = -2147483648;

/**
 * A column of numbers that are mostly whole (the counts of a report): chunks of 4 Ki `Int32Array`
 * elements, 4 bytes a row, and a chunk becomes a `Float64Array` (8 bytes a row) only when a value that is
 * not a 32-bit integer is set in it. Unset rows read as `NaN`.
 */
export class NumericColumn {
  private readonly chunks: (Int32Array | Float64Array)[] = [];

  get(row: number): number {
    const c = this.chunks[row >>> NUMERIC_CHUNK_BITS];
    if (c === undefined) return Number.NaN;
    const v = c[row & NUMERIC_MASK] as number;
    return c instanceof Int32Array && v === INT_NONE ? Number.NaN : v;
  }

  set(row: number, value: number): void {
    const at = row >>> NUMERIC_CHUNK_BITS;
    while (this.chunks.length <= at) this.chunks.push(new Int32Array(NUMERIC_CHUNK).fill(INT_NONE));
    let c = this.chunks[at] as Int32Array | Float64Array;
    if (c instanceof Int32Array && !((value | 0) === value && value !== INT_NONE && !Object.is(value, -0))) {
      const wide = new Float64Array(NUMERIC_CHUNK);
      for (let i = 0; i < NUMERIC_CHUNK; i++) {
        const v = c[i] as number;
        wide[i] = v === INT_NONE ? Number.NaN : v;
      }
      c = wide;
      this.chunks[at] = wide;
    }
    c[row & NUMERIC_MASK] = value;
  }
}
