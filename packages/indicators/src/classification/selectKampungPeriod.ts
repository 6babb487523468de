import {
  type Dataset,
  type Intervention,
  type Kampung,
  lastDayOfMonth,
  type MonthlyReport,
  type PopulationSnapshot,
  type ProfileSnapshot,
  parseMonth,
} from '@kampung-kb/model';
import { KampungPeriodIndex, snapshotInForce } from './internal/kampungPeriodIndex.js';

/**
 * The records that apply to one kampung for one month: what the indicators and the classification are
 * computed from. A record that does not exist is `null`.
 *
 * @example
 * ```ts
 * const inputs: KampungPeriodInputs = selectKampungPeriod(dataset, 'sungai-andai', '2020-12');
 * inputs.monthly === null; // true when December 2020 has no report
 * ```
 */
export interface KampungPeriodInputs {
  readonly kampungId: string;
  /** The month, normalised to `YYYY-MM`; as given when it is not a month (then nothing applies). */
  readonly period: string;
  readonly kampung: Kampung | null;
  /** The profile snapshot in force: the latest with `period` ≤ the month. */
  readonly profile: ProfileSnapshot | null;
  /** The population snapshot in force: the latest with `period` ≤ the month. */
  readonly population: PopulationSnapshot | null;
  /** The monthly report of exactly this month. */
  readonly monthly: MonthlyReport | null;
  /** Every intervention dated on or before the last day of the month, in data set order. */
  readonly interventions: readonly Intervention[];
}

/**
 * Picks the records that apply to a kampung in a month (`YYYY-MM`; `202012` and `2020-1` are read too):
 * the profile and population snapshots in force (the latest whose period is not after the month), the
 * monthly report of that very month, and all interventions dated up to the month's last day (the portal
 * counts every intervention on record). When two snapshots or reports share a period, the one later in the
 * data set wins, as a correction appended to a file would. A period that is not a month selects nothing.
 *
 * @example
 * ```ts
 * const inputs = selectKampungPeriod(dataset, 'sungai-andai', '2020-12');
 * inputs.profile?.period; // '2020-01' (the latest profile up to December 2020)
 * inputs.monthly?.period; // '2020-12'
 * ```
 */
export function selectKampungPeriod(
  dataset: Dataset,
  kampungId: string,
  period: string,
): KampungPeriodInputs {
  return selectFromIndex(new KampungPeriodIndex(dataset), kampungId, period);
}

/**
 * {@link selectKampungPeriod} on an index built once ({@link KampungPeriodIndex}), for callers that select
 * many kampung or months from the same data set.
 *
 * @internal
 */
export function selectFromIndex(
  index: KampungPeriodIndex,
  kampungId: string,
  period: string,
): KampungPeriodInputs {
  const month = parseMonth(period);
  const records = index.records(kampungId);
  const kampung = records.kampung;
  if (month === undefined) {
    return { kampungId, period, kampung, profile: null, population: null, monthly: null, interventions: [] };
  }
  const last = lastDayOfMonth(month);
  return {
    kampungId,
    period: month,
    kampung,
    profile: snapshotInForce(records.profiles, month),
    population: snapshotInForce(records.population, month),
    monthly: records.monthly.get(month) ?? null,
    interventions: records.interventions.filter((i) => i.date <= last),
  };
}
