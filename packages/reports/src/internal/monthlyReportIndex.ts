import type { MonthlyReport } from '@kampung-kb/model';

/**
 * The monthly reports of a data set by kampung and month, built once per document in one pass, so that a
 * document listing every kampung looks each report up in constant time instead of scanning the reports
 * once per kampung. Of two reports for the same kampung and month the later in the data set wins, as in the
 * indicators (a correction appended to a file replaces the first report).
 */
export class MonthlyReportIndex {
  readonly #byKey = new Map<string, MonthlyReport>();

  constructor(monthly: readonly MonthlyReport[] | undefined) {
    for (const m of monthly ?? []) this.#byKey.set(key(m.kampungId, m.period), m);
  }

  /** The kampung's report of the month (`YYYY-MM`), or `undefined`. */
  get(kampungId: string, period: string): MonthlyReport | undefined {
    return this.#byKey.get(key(kampungId, period));
  }
}

function key(kampungId: string, period: string): string {
  return `${kampungId}\u0000${period}`;
}
