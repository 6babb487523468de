import type { SourceRef } from '@kampung-kb/model';

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

/** Value of the ASCII digit at `i` of `s`, or -1 when it is no digit. */
function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * `YYYY-MM` (month 01–12) as a count of months since year 0, `undefined` when it is not a month: what
 * `/^\d{4}-(0[1-9]|1[0-2])$/` accepts, read a character at a time (it runs once per monthly report).
 */
function monthIndex(period: unknown): number | undefined {
  if (typeof period !== 'string' || period.length !== 7 || period.charCodeAt(4) !== 45) return undefined;
  const y0 = digitAt(period, 0);
  const y1 = digitAt(period, 1);
  const y2 = digitAt(period, 2);
  const y3 = digitAt(period, 3);
  const m0 = digitAt(period, 5);
  const m1 = digitAt(period, 6);
  if ((y0 | y1 | y2 | y3 | m0 | m1) < 0) return undefined;
  const month = m0 * 10 + m1;
  if (month < 1 || month > 12) return undefined;
  return (y0 * 1000 + y1 * 100 + y2 * 10 + y3) * 12 + month - 1;
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
    if (selection.last !== undefined && this.#fixedLast === undefined) {
      throw new RangeError(`MonthlyWindow: '${selection.last}' is not a month (YYYY-MM)`);
    }
  }

  /** The last month of the window: the one asked for, or the latest offered so far. */
  get #last(): number {
    return this.#fixedLast ?? this.#latest;
  }

  /** Offers an accepted (schema-valid) monthly report. */
  offer(record: Record<string, unknown>, source: SourceRef | undefined): void {
    const month = monthIndex(record['period']);
    const kampungId = record['kampungId'];
    if (month === undefined || typeof kampungId !== 'string') return;
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
