import { type Dataset, parseMonth } from '@kampung-kb/model';
import { computeIndicators } from '../engine/computeIndicators.js';
import type { ClassificationOptions } from './classificationOptions.js';
import type { KampungClassification } from './classifyKampung.js';
import type { KampungIndicatorValues } from './computeIndicatorValues.js';
import { kampungIndicatorsFromResults } from './kampungIndicatorsFromResults.js';
import type { KampungOutcome } from './kampungOutcome.js';
import { KAMPUNG_PATH_INDICATORS } from './kampungPathIndicators.js';

/**
 * Which records a kampung's result was computed from.
 *
 * @example
 * ```ts
 * computeKampungIndicators(dataset, '2020-12')[0]?.records;
 * // { profilePeriod: '2020-01', populationPeriod: '2020-01', monthlyReport: true, interventions: 1 }
 * ```
 */
export interface KampungRecordsUsed {
  /** Period of the profile snapshot in force, `null` when there is none. */
  readonly profilePeriod: string | null;
  /** Period of the population snapshot in force, `null` when there is none. */
  readonly populationPeriod: string | null;
  /** Whether the month has a monthly report. */
  readonly monthlyReport: boolean;
  /** Number of interventions up to the end of the month. */
  readonly interventions: number;
}

/**
 * The indicators and classification of one kampung for one month.
 *
 * @example
 * ```ts
 * const [first]: KampungIndicators[] = computeKampungIndicators(dataset, '2020-12');
 * first?.classification.level; // 'mandiri'
 * ```
 */
export interface KampungIndicators {
  readonly kampungId: string;
  readonly name: string;
  readonly regionCode: string;
  readonly period: string;
  readonly records: KampungRecordsUsed;
  readonly indicators: KampungIndicatorValues;
  /**
   * The portal's classification of the records that apply: a kampung without a monthly report for the
   * period scores as Dasar here; {@link KampungIndicators.outcome} tells it apart.
   */
  readonly classification: KampungClassification;
  /** The level to show: the classification's, or "no report" (`level: null`) without a monthly report. */
  readonly outcome: KampungOutcome;
}

/**
 * Computes, for every kampung of a data set, the reported indicators (CPR, MKJP share, unmet need,
 * poktan participation) and the official classification for a month, from the records that apply to it
 * ({@link selectKampungPeriod}). One result per kampung, sorted by kampung id; a kampung without records
 * still gets a result (everything missing, level Dasar) so gaps are visible. Of kampung records sharing an
 * id only the first is used (a later one is a duplicate, reported by validation).
 *
 * The output indicators come from the catalogue through the indicator engine: this is
 * {@link kampungIndicatorsFromResults} on {@link computeIndicators} of {@link KAMPUNG_PATH_INDICATORS} at
 * kampung level for the month, so CPR, the MKJP share, unmet need and poktan participation have one
 * definition. The records are read once and the data set indexed once: the cost grows linearly with the
 * number of records.
 *
 * @example
 * ```ts
 * const period = latestPeriod(dataset) ?? '2020-12';
 * for (const k of computeKampungIndicators(dataset, period)) {
 *   console.log(k.name, k.indicators.cpr.value, k.classification.levelLabel.id);
 * }
 * ```
 */
export function computeKampungIndicators(
  dataset: Dataset,
  period: string,
  options: ClassificationOptions = {},
): KampungIndicators[] {
  const month = parseMonth(period);
  // The engine reads only what the kampung path's indicators need: kampung, population snapshots and
  // monthly reports (profiles and interventions come from the data set in kampungIndicatorsFromResults).
  const { kampung, population, monthly } = dataset;
  const results =
    month === undefined
      ? []
      : computeIndicators(
          { kampung, population, monthly },
          { indicators: KAMPUNG_PATH_INDICATORS, level: 'kampung', periods: [month] },
        );
  return kampungIndicatorsFromResults(dataset, period, results, options);
}
