import {
  type MonthlyReport,
  POKTAN_TARGETS,
  type PoktanCode,
  type PopulationSnapshot,
  parsePeriodId,
} from '@kampung-kb/model';
import type { TypedRecord } from '../../aggregation/aggregate.js';
import { computeIndicators } from '../../engine/computeIndicators.js';
import type { IndicatorResult } from '../../engine/indicatorResult.js';
import { KAMPUNG_PATH_INDICATORS } from '../kampungPathIndicators.js';

/** The five poktan, in the order of `POKTAN_TARGETS` (the parts of poktan participation). */
export const POKTAN_CODES = Object.keys(POKTAN_TARGETS) as PoktanCode[];

/** One kampung's engine results for the month: the output indicators of the classification. */
export interface OutputResults {
  cpr: IndicatorResult | null;
  mkjpShare: IndicatorResult | null;
  unmetNeed: IndicatorResult | null;
  /** By poktan, in {@link POKTAN_CODES} order. */
  poktan: (IndicatorResult | null)[];
  poktanMean: IndicatorResult | null;
}

type Slot = 'cpr' | 'mkjpShare' | 'unmetNeed' | 'poktanMean';

const SLOTS: ReadonlyMap<string, Slot | number> = new Map<string, Slot | number>([
  ['cpr-portal', 'cpr'],
  ['mkjp-share', 'mkjpShare'],
  ['unmet-need', 'unmetNeed'],
  ['poktan-participation-mean', 'poktanMean'],
  ...POKTAN_CODES.map((code, i): [string, number] => [`poktan-participation.${code}`, i]),
]);

function emptyOutput(): OutputResults {
  return {
    cpr: null,
    mkjpShare: null,
    unmetNeed: null,
    poktan: POKTAN_CODES.map(() => null),
    poktanMean: null,
  };
}

/** Whether the month has a monthly report, as the results tell: CPR's numerator (portal users) has a value. */
export function hasMonthlyReport(output: OutputResults | undefined): boolean {
  return output?.cpr?.numerator != null;
}

/**
 * The kampung-level results of the kampung path's indicators for one month, by kampung id, in one pass.
 * Rows of other levels, periods or indicators are skipped.
 */
export function outputResultsByKampung(
  results: readonly IndicatorResult[],
  month: string,
): Map<string, OutputResults> {
  const periodId = parsePeriodId(month)?.id;
  const out = new Map<string, OutputResults>();
  for (const r of results) {
    if (r.level !== 'kampung' || r.period !== periodId) continue;
    const slot = SLOTS.get(r.indicatorId);
    if (slot === undefined) continue;
    let o = out.get(r.orgUnit);
    if (o === undefined) {
      o = emptyOutput();
      out.set(r.orgUnit, o);
    }
    if (typeof slot === 'number') o.poktan[slot] = r;
    else o[slot] = r;
  }
  return out;
}

const ONE = 'k';

/**
 * The results of the kampung path's indicators for one kampung's records of a month (the population
 * snapshot in force and the month's report), computed by the engine; `undefined` without a monthly report.
 */
export function outputResultsOfRecords(
  population: PopulationSnapshot | null,
  monthly: MonthlyReport | null,
): OutputResults | undefined {
  if (monthly === null) return undefined;
  const records: TypedRecord[] = [{ type: 'monthly', record: { ...monthly, kampungId: ONE } }];
  // The caller chose the snapshot in force for the month: it holds in that month.
  if (population !== null)
    records.push({ type: 'population', record: { ...population, kampungId: ONE, period: monthly.period } });
  const results = computeIndicators(records, {
    indicators: KAMPUNG_PATH_INDICATORS,
    level: 'kampung',
    periods: [monthly.period],
  });
  return outputResultsByKampung(results, monthly.period).get(ONE);
}
