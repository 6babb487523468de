import {
  type Dataset,
  type Intervention,
  type Kampung,
  lastDayOfMonth,
  type Month,
  type MonthlyReport,
  type PopulationSnapshot,
  type ProfileSnapshot,
  parseMonth,
} from '@kampung-kb/model';

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
  const month = parseMonth(period);
  const kampung = dataset.kampung.find((k) => k.id === kampungId) ?? null;
  if (month === undefined) {
    return { kampungId, period, kampung, profile: null, population: null, monthly: null, interventions: [] };
  }
  return {
    kampungId,
    period: month,
    kampung,
    profile: inForce(dataset.profiles, kampungId, month),
    population: inForce(dataset.population, kampungId, month),
    monthly: lastMatch(dataset.monthly, (r) => r.kampungId === kampungId && r.period === month),
    interventions: interventionsUpTo(dataset.interventions, kampungId, month),
  };
}

function inForce<T extends { kampungId: string; period: string }>(
  records: readonly T[],
  kampungId: string,
  month: Month,
): T | null {
  let best: T | null = null;
  for (const r of records) {
    if (r.kampungId !== kampungId || r.period > month) continue;
    if (best === null || r.period >= best.period) best = r;
  }
  return best;
}

function lastMatch<T>(records: readonly T[], test: (r: T) => boolean): T | null {
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i];
    if (r !== undefined && test(r)) return r;
  }
  return null;
}

function interventionsUpTo(
  records: readonly Intervention[],
  kampungId: string,
  month: Month,
): Intervention[] {
  const last = lastDayOfMonth(month);
  return records.filter((i) => i.kampungId === kampungId && i.date <= last);
}
