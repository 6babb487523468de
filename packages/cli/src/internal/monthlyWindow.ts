import { monthIndex, type SourceRef } from '@kampung-kb/model';

/**
 * Which accepted monthly reports a command keeps in memory while the data stream by:
 * - `all`: every one;
 * - `none`: none (validation streams them through the validator instead);
 * - `window`: the `months` months ending at `last` (or, without `last`, at the latest month in the data,
 *   known only at the end). Memory then grows with the number of kampung, never with the months of
 *   history in the files. (Monthly reports count only in the periods containing their month: nothing is
 *   carried in from earlier months, unlike population and profile snapshots, which are all kept.)
 */
export type MonthlySelection =
  | { readonly kind: 'all' }
  | { readonly kind: 'none' }
  | { readonly kind: 'window'; readonly last?: string; readonly months: number };

interface Entry {
  readonly seq: number;
  readonly month: number;
  readonly record: Record<string, unknown>;
  readonly source: SourceRef | undefined;
}

/**
 * Keeps the monthly reports a {@link MonthlySelection} `window` asks for, offered one at a time in any
 * order, holding at most `months` reports per kampung (+1 while one is offered).
 */
export class MonthlyWindow {
  readonly #months: number;
  readonly #fixedLast: number | undefined;
  #latest = Number.NEGATIVE_INFINITY;
  #seq = 0;
  readonly #byKampung = new Map<string, Entry[]>();

  constructor(selection: Extract<MonthlySelection, { kind: 'window' }>) {
    this.#months = Math.max(1, Math.floor(selection.months));
    this.#fixedLast = selection.last === undefined ? undefined : monthIndex(selection.last);
    if (this.#fixedLast !== undefined && this.#fixedLast < 0) {
      throw new RangeError(`MonthlyWindow: '${selection.last}' is not a month (YYYY-MM)`);
    }
  }

  /** The last month of the window: the one asked for, or the latest offered so far. */
  get #last(): number {
    return this.#fixedLast ?? this.#latest;
  }

  /** Offers an accepted (schema-valid) monthly report. */
  offer(record: Record<string, unknown>, source: SourceRef | undefined): void {
    const period = record['period'];
    const month = typeof period === 'string' ? monthIndex(period) : -1;
    const kampungId = record['kampungId'];
    if (month < 0 || typeof kampungId !== 'string') return;
    if (this.#fixedLast !== undefined && month > this.#fixedLast) return;
    if (month > this.#latest) this.#latest = month;
    let entries = this.#byKampung.get(kampungId);
    if (!entries) {
      entries = [];
      this.#byKampung.set(kampungId, entries);
    }
    entries.push({ seq: this.#seq++, month, record, source });
    this.#prune(entries);
  }

  /** Drops what can no longer be in the window: the window only moves later as reports are offered. */
  #prune(entries: Entry[]): void {
    const first = this.#last - this.#months + 1;
    let w = 0;
    for (const e of entries) if (e.month >= first) entries[w++] = e;
    entries.length = w;
  }

  /** The reports kept, in the order they were offered. */
  records(): Array<{ record: Record<string, unknown>; source: SourceRef | undefined }> {
    const out: Entry[] = [];
    for (const entries of this.#byKampung.values()) {
      this.#prune(entries);
      out.push(...entries);
    }
    out.sort((a, b) => a.seq - b.seq);
    return out.map((e) => ({ record: e.record, source: e.source }));
  }
}
