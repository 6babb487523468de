import type {
  Dataset,
  Intervention,
  Kampung,
  Month,
  MonthlyReport,
  PopulationSnapshot,
  ProfileSnapshot,
} from '@kampung-kb/model';

/** The records of one kampung, indexed once: snapshots by period, reports by month, interventions by date. */
export interface KampungRecords {
  readonly kampung: Kampung | null;
  /** Profile snapshots sorted by period; of two with the same period only the later in the data set. */
  readonly profiles: ProfileSnapshot[];
  /** Population snapshots, likewise. */
  readonly population: PopulationSnapshot[];
  /** Monthly reports by month; of two for the same month, the later in the data set. */
  readonly monthly: Map<string, MonthlyReport>;
  /** Interventions in data set order, and their dates sorted (for counting up to a date). */
  readonly interventions: Intervention[];
}

/**
 * An index of a data set by kampung id, built in one pass over every collection, so that selecting the
 * records of every kampung for a month costs O(records + kampung × log) instead of O(kampung × records).
 */
export class KampungPeriodIndex {
  private readonly byKampung = new Map<string, KampungRecords>();

  /**
   * @param monthly whether to index the monthly reports too (the kampung path reads them from engine
   *   results instead, so it leaves them out).
   */
  constructor(dataset: Dataset, monthly = true) {
    for (const k of dataset.kampung) {
      const r = this.entry(k.id);
      // The first kampung record with an id names it, as `Array.find` did.
      if (r.kampung === null) (r as { kampung: Kampung | null }).kampung = k;
    }
    for (const p of dataset.profiles) this.entry(p.kampungId).profiles.push(p);
    for (const p of dataset.population) this.entry(p.kampungId).population.push(p);
    if (monthly) for (const m of dataset.monthly) this.entry(m.kampungId).monthly.set(m.period, m);
    for (const i of dataset.interventions) this.entry(i.kampungId).interventions.push(i);
    for (const r of this.byKampung.values()) {
      (r as { profiles: ProfileSnapshot[] }).profiles = latestPerPeriod(r.profiles);
      (r as { population: PopulationSnapshot[] }).population = latestPerPeriod(r.population);
    }
  }

  /** The records of a kampung (empty when it has none). */
  records(kampungId: string): KampungRecords {
    return this.byKampung.get(kampungId) ?? EMPTY;
  }

  private entry(kampungId: string): KampungRecords {
    let r = this.byKampung.get(kampungId);
    if (!r) {
      r = { kampung: null, profiles: [], population: [], monthly: new Map(), interventions: [] };
      this.byKampung.set(kampungId, r);
    }
    return r;
  }
}

const EMPTY: KampungRecords = Object.freeze({
  kampung: null,
  profiles: [],
  population: [],
  monthly: new Map<string, MonthlyReport>(),
  interventions: [],
});

/** Sorted by period (stable), keeping only the last record of each period in data set order. */
function latestPerPeriod<T extends { period: string }>(records: readonly T[]): T[] {
  const byPeriod = new Map<string, T>();
  for (const r of records) byPeriod.set(r.period, r);
  return [...byPeriod.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/** The snapshot in force at `month`: the latest whose period is not after it, or `null`. */
export function snapshotInForce<T extends { period: string }>(sorted: readonly T[], month: Month): T | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as T).period <= month) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : (sorted[lo - 1] as T);
}
