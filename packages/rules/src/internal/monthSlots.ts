/** No row. */
export const NO_ROW = -1;

/** Which row a month slot holds: the first report with that key (duplicates), or the first schema-valid one (history). */
export type SlotKind = 0 | 1;
export const FIRST: SlotKind = 0;
export const HISTORY: SlotKind = 1;

const EMPTY = new Int32Array(0);

/**
 * The rows of one kampung's reports by month: two 32-bit slots per month (the first report of the month,
 * and the first schema-valid one) in one dense array over the months between the earliest and the latest
 * seen, 8 bytes a month. When the months seen are so far apart that the dense array would be mostly
 * empty (a span of more than 600 months and more than 8 months per slot used), it becomes a map instead,
 * so memory follows the number of reports, never the span of their periods.
 */
export class MonthSlots {
  private base = 0;
  private dense: Int32Array = EMPTY;
  private sparse: Map<number, number> | undefined;
  private used = 0;

  get(month: number, kind: SlotKind): number {
    if (this.sparse) return this.sparse.get(month * 2 + kind) ?? NO_ROW;
    const i = (month - this.base) * 2 + kind;
    return i >= 0 && i < this.dense.length ? (this.dense[i] as number) : NO_ROW;
  }

  set(month: number, kind: SlotKind, row: number): void {
    if (!this.sparse) {
      if (this.dense.length === 0) {
        this.base = month;
        this.dense = new Int32Array(16).fill(NO_ROW);
      }
      let i = (month - this.base) * 2 + kind;
      if (i < 0 || i >= this.dense.length) {
        this.grow(month);
        i = (month - this.base) * 2 + kind;
      }
      if (!this.sparse) {
        if (this.dense[i] === NO_ROW) this.used++;
        this.dense[i] = row;
        return;
      }
    }
    const key = month * 2 + kind;
    if (!this.sparse.has(key)) this.used++;
    this.sparse.set(key, row);
  }

  /** Calls `fn` for every month with a row of `kind`, in month order. */
  forEach(kind: SlotKind, fn: (month: number, row: number) => void): void {
    if (this.sparse) {
      const months: number[] = [];
      for (const key of this.sparse.keys()) if ((key & 1) === kind) months.push((key - kind) / 2);
      months.sort((a, b) => a - b);
      for (const m of months) fn(m, this.sparse.get(m * 2 + kind) as number);
      return;
    }
    const d = this.dense;
    for (let i = kind; i < d.length; i += 2) {
      const row = d[i] as number;
      if (row !== NO_ROW) fn(this.base + (i >> 1), row);
    }
  }

  private grow(month: number): void {
    const span = this.dense.length >> 1;
    const lo = Math.min(this.base, month);
    const hi = Math.max(this.base + span - 1, month);
    const need = hi - lo + 1;
    if (need > 8 * this.used + 600) {
      const sparse = new Map<number, number>();
      const d = this.dense;
      for (let i = 0; i < d.length; i++) {
        const row = d[i] as number;
        if (row !== NO_ROW) sparse.set((this.base + (i >> 1)) * 2 + (i & 1), row);
      }
      this.sparse = sparse;
      this.dense = EMPTY;
      return;
    }
    const newSpan = Math.max(need, span * 2);
    const newBase = month < this.base ? hi - newSpan + 1 : lo;
    const next = new Int32Array(newSpan * 2).fill(NO_ROW);
    next.set(this.dense, (this.base - newBase) * 2);
    this.dense = next;
    this.base = newBase;
  }
}
