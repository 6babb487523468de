/** Elements per chunk of a column: growth adds a chunk, never copies the column. */
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

interface NumberArray {
  [index: number]: number;
  fill(value: number): unknown;
}

/**
 * A growable column of numbers in typed-array chunks (64 Ki elements each): indexable by row, grows by a
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
    return c === undefined ? this.empty : (c[row & MASK] as number);
  }

  set(row: number, value: number): void {
    const at = row >>> CHUNK_BITS;
    while (this.chunks.length <= at) {
      const c = this.make(CHUNK);
      if (this.empty !== 0) c.fill(this.empty);
      this.chunks.push(c);
    }
    (this.chunks[at] as NumberArray)[row & MASK] = value;
  }
}

/** A column of 32-bit integers, `-1` when unset. */
export function int32Column(): NumberColumn {
  return new NumberColumn((n) => new Int32Array(n), -1);
}

/** A column of doubles, `NaN` when unset. */
export function float64Column(): NumberColumn {
  return new NumberColumn((n) => new Float64Array(n), Number.NaN);
}

/** A column of bytes, `0` when unset. */
export function uint8Column(): NumberColumn {
  return new NumberColumn((n) => new Uint8Array(n), 0);
}
