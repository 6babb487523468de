import {
  computeIndicators,
  type IndicatorResult,
  KAMPUNG_PATH_INDICATORS,
  type KampungIndicators,
  kampungIndicatorsFromResults,
  selectKampungPeriod,
  type Target,
} from '@kampung-kb/indicators';
import { type Dataset, type Kampung, monthRange } from '@kampung-kb/model';
import {
  INDICATOR_CELLS,
  type KampungDisclosure,
  kampungDisclosure,
} from '../../internal/kampungDisclosure.js';

/** The catalogue indicators a profile follows over time, with the classification id of the same figure. */
export const PROFILE_TREND_INDICATORS = [
  { id: 'cpr-portal', sub: 'cpr' },
  { id: 'mkjp-share', sub: 'mkjpShare' },
  { id: 'unmet-need', sub: 'unmetNeed' },
] as const;

/** Longest span (in months) shown month by month; a longer one gets one point a year. */
export const MONTHLY_TREND_LIMIT = 24;

/** Only the records of one kampung: the engine and the classification then work on a few hundred rows. */
export function kampungSlice(dataset: Dataset, kampung: Kampung): Dataset {
  const id = kampung.id;
  return {
    regions: dataset.regions,
    kampung: [kampung],
    profiles: dataset.profiles.filter((r) => r.kampungId === id),
    population: dataset.population.filter((r) => r.kampungId === id),
    monthly: dataset.monthly.filter((r) => r.kampungId === id),
    interventions: dataset.interventions.filter((r) => r.kampungId === id),
    proposals: dataset.proposals.filter((r) => r.kampungId === id),
    budgets: [],
  };
}

/**
 * A kampung's months up to the report's: the engine's results of the catalogue's CPR, MKJP share and unmet
 * need (with the target of each month's year, when there is one) and, in a public report, how each month's
 * own monthly report shows its figures ({@link kampungDisclosure}).
 */
export interface ProfileSeries {
  /** Every month from the first monthly report (or the trend's start) to the report's month. */
  readonly months: readonly string[];
  /** The months with a monthly report, up to the report's month. */
  readonly reportMonths: readonly string[];
  /** First month of the trend: the designation month or the first report's, whichever is later. */
  readonly start: string;
  /** The trend's months: every month from `start`, or the report's month of each year when longer than 24. */
  readonly points: readonly string[];
  readonly yearly: boolean;
  /** The engine's result of an indicator (`cpr-portal` …) for a month, or `undefined`. */
  result(indicatorId: string, month: string): IndicatorResult | undefined;
  /**
   * The kampung's indicators and classification for a month of `months` (the kampung path,
   * `kampungIndicatorsFromResults` on the same engine results: what `computeKampungIndicators` gives).
   */
  kampungIndicators(month: string): KampungIndicators | undefined;
  /** Whether a month's own public report hides the indicator's value (always `false` when not public). */
  hides(sub: 'cpr' | 'mkjpShare' | 'unmetNeed', month: string): boolean;
}

/** The series of one kampung (see {@link ProfileSeries}). */
export function profileSeries(
  slice: Dataset,
  kampung: Kampung,
  period: string,
  threshold: number | undefined,
  targets: readonly Target[] | undefined,
): ProfileSeries {
  const reportMonths = [...new Set(slice.monthly.map((m) => m.period))].filter((m) => m <= period).sort();
  const first = reportMonths[0];
  const designation = kampung.designationDate.slice(0, 7);
  let start = first === undefined || designation > first ? designation : first;
  if (start > period) start = period;
  const from = first !== undefined && first < start ? first : start;
  const months = monthRange(from, period);
  const results = computeIndicators(slice, {
    indicators: KAMPUNG_PATH_INDICATORS,
    level: 'kampung',
    periods: months,
    ...(targets ? { targets } : {}),
  });
  const byKey = new Map<string, IndicatorResult>();
  for (const r of results) {
    if (r.orgUnit !== kampung.id) continue;
    byKey.set(`${r.indicatorId}|${r.period.slice(0, 4)}-${r.period.slice(4, 6)}`, r);
  }
  const span = monthRange(start, period);
  const yearly = span.length > MONTHLY_TREND_LIMIT;
  const points = yearly ? span.filter((m) => m.slice(5) === period.slice(5)) : span;

  const shows = new Map<string, KampungDisclosure>();
  if (threshold !== undefined) {
    for (const month of reportMonths) {
      const [result] = kampungIndicatorsFromResults(slice, month, results);
      const monthly = selectKampungPeriod(slice, kampung.id, month).monthly;
      if (result && monthly) shows.set(month, kampungDisclosure(result, monthly, threshold));
    }
  }
  return {
    months,
    reportMonths,
    start,
    points,
    yearly,
    result: (id, month) => byKey.get(`${id}|${month}`),
    kampungIndicators: (month) => kampungIndicatorsFromResults(slice, month, results)[0],
    hides: (sub, month) => {
      const show = shows.get(month);
      if (show === undefined) return false;
      return show.hides(...INDICATOR_CELLS[sub]);
    },
  };
}
