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

/** A column of doubles, `NaN` when unset. */
export function float64Column(): NumberColumn {
  return new NumberColumn((n) => new Float64Array(n), Number.NaN);
}

/** A column of bytes, `0` when unset. */
export function uint8Column(): NumberColumn {
  return new NumberColumn((n) => new Uint8Array(n), 0);
}
