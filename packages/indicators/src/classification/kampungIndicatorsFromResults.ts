import { type Dataset, lastDayOfMonth, parseMonth } from '@kampung-kb/model';
import type { IndicatorResult } from '../engine/indicatorResult.js';
import type { ClassificationOptions } from './classificationOptions.js';
import { classifyFromBases } from './classifyKampung.js';
import { indicatorValuesFromOutput } from './computeIndicatorValues.js';
import type { KampungIndicators } from './computeKampungIndicators.js';
import { KampungPeriodIndex, snapshotInForce } from './internal/kampungPeriodIndex.js';
import { hasMonthlyReport, outputResultsByKampung } from './internal/outputResults.js';
import { outcomeOf } from './kampungOutcome.js';

/**
 * The kampung path from engine results: for every kampung of `dataset`, the reported indicators and the
 * official classification for `period` (a month, `YYYY-MM`; `202012` is read too), as
 * {@link computeKampungIndicators} gives them. `results` are the kampung-level results of
 * {@link KAMPUNG_PATH_INDICATORS} for the month, from {@link computeIndicators} or from another engine
 * (such as `@kampung-kb/sql` on DuckDB or PostgreSQL); rows of other indicators, levels or periods are
 * skipped. Everything the path needs from the monthly reports comes from these results (a kampung has a
 * report for the month when its `cpr-portal` numerator has a value); `dataset` gives the kampung, the
 * profile and population snapshots in force and the interventions, and its `monthly` may be empty.
 *
 * One result per kampung, sorted by kampung id; a kampung without records still gets one (everything
 * missing, level Dasar) so gaps are visible. Of kampung records sharing an id only the first is used. Linear
 * in the records and results: the data set and the results are each indexed once.
 *
 * @example
 * ```ts
 * const results = computeIndicators(dataset, {
 *   indicators: KAMPUNG_PATH_INDICATORS, level: 'kampung', periods: ['2020-12'],
 * });
 * for (const k of kampungIndicatorsFromResults(dataset, '2020-12', results)) {
 *   console.log(k.name, k.indicators.cpr.value, k.outcome.label.en);
 * }
 * ```
 */
export function kampungIndicatorsFromResults(
  dataset: Dataset,
  period: string,
  results: readonly IndicatorResult[],
  options: ClassificationOptions = {},
): KampungIndicators[] {
  const month = parseMonth(period);
  const index = new KampungPeriodIndex(dataset, false);
  const outputs = month === undefined ? new Map() : outputResultsByKampung(results, month);
  const last = month === undefined ? undefined : lastDayOfMonth(month);
  const seen = new Set<string>();
  return [...dataset.kampung]
    .filter((k) => !seen.has(k.id) && seen.add(k.id) !== undefined)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((kampung): KampungIndicators => {
      const records = index.records(kampung.id);
      const profile = month === undefined ? null : snapshotInForce(records.profiles, month);
      const population = month === undefined ? null : snapshotInForce(records.population, month);
      const interventions = last === undefined ? [] : records.interventions.filter((i) => i.date <= last);
      const output = outputs.get(kampung.id);
      const hasMonthly = hasMonthlyReport(output);
      const classification = classifyFromBases(
        { profile, interventions, hasPopulation: population !== null, hasMonthly, output },
        options,
      );
      return {
        kampungId: kampung.id,
        name: kampung.name,
        regionCode: kampung.regionCode,
        period: month ?? period,
        records: {
          profilePeriod: profile?.period ?? null,
          populationPeriod: population?.period ?? null,
          monthlyReport: hasMonthly,
          interventions: interventions.length,
        },
        indicators: indicatorValuesFromOutput(output, population !== null),
        classification,
        outcome: outcomeOf(classification, hasMonthly),
      };
    });
}
