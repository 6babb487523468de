import { isValidRecord, MONTH_PATTERN, type PopulationSnapshot } from '@kampung-kb/model';
import { stringField } from './issueSink.js';

/** One population snapshot as indexed: its period, whether it passes its schema, and the record. */
export interface IndexedSnapshot {
  readonly period: string;
  /** Position in the data set's `population` array. */
  readonly position: number;
  /** Whether the snapshot passes its schema; value rules skip reports whose snapshot does not. */
  readonly valid: boolean;
  readonly snapshot: PopulationSnapshot;
}

const MONTH_RE = new RegExp(MONTH_PATTERN);

/** The snapshot in force for a month and the period from which the next one replaces it (see {@link PopulationIndex.inForceSpan}). */
export interface InForceSpan {
  readonly entry: IndexedSnapshot | undefined;
  readonly next: string | undefined;
}

const NO_SNAPSHOT: InForceSpan = Object.freeze({ entry: undefined, next: undefined });

/**
 * Population snapshots by kampung, sorted by period, to find the snapshot in force for a report in
 * O(log n): the latest snapshot of that kampung with a period ≤ the report's. Snapshots without a string
 * kampung id or a well-formed month cannot be placed and are left out; of two snapshots of the same
 * kampung and month (a duplicate) the first one counts.
 */
export class PopulationIndex {
  private readonly byKampung = new Map<string, IndexedSnapshot[]>();

  constructor(population: readonly unknown[]) {
    population.forEach((record, position) => {
      const kampungId = stringField(record, 'kampungId');
      const period = stringField(record, 'period');
      if (kampungId === undefined || period === undefined || !MONTH_RE.test(period)) return;
      const entry: IndexedSnapshot = {
        period,
        position,
        valid: isValidRecord('population', record),
        snapshot: record as PopulationSnapshot,
      };
      const list = this.byKampung.get(kampungId);
      if (list) list.push(entry);
      else this.byKampung.set(kampungId, [entry]);
    });
    for (const [kampungId, list] of this.byKampung) {
      // Array.prototype.sort is stable: among equal periods the first occurrence stays first.
      list.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
      this.byKampung.set(
        kampungId,
        list.filter((e, i) => i === 0 || list[i - 1]?.period !== e.period),
      );
    }
  }

  /** The snapshot in force for a kampung in a month, or `undefined` when there is none. */
  inForce(kampungId: string, period: string): IndexedSnapshot | undefined {
    return this.inForceSpan(kampungId, period).entry;
  }

  /**
   * The snapshot in force for a kampung in a month (`entry`, or `undefined`) and the period of the next
   * snapshot of that kampung (`next`, or `undefined`): the same snapshot is in force for every month from
   * `entry.period` (or from the beginning) up to, not including, `next`, so a caller that meets the
   * kampung again within that span needs no lookup.
   */
  inForceSpan(kampungId: string, period: string): InForceSpan {
    const list = this.byKampung.get(kampungId);
    if (!list) return NO_SNAPSHOT;
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = list[mid] as IndexedSnapshot;
      if (e.period <= period) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return { entry: list[found], next: list[found + 1]?.period };
  }
}
