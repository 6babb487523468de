import type { PeriodId } from '@kampung-kb/model';
import type { AggregationLevel } from '../aggregation/aggregate.js';
import type { Change } from '../targets/change.js';
import type { TargetDirection } from '../targets/target.js';

/**
 * Why an indicator result has no value:
 *
 * - `no-data`: an element the indicator needs has no value in the group (and the indicator does not read
 *   missing data as zero), or none of the elements it reads has any;
 * - `zero-denominator`: the denominator is 0 (or a division inside an expression is by 0): an unknown
 *   share is not 0 %;
 * - `not-valid-for-level`, `not-valid-for-period`: the definition is not meant for this region level or
 *   period type (budgets are yearly, for instance);
 * - `invalid-definition`: the definition did not pass {@link checkIndicatorDefinition}.
 *
 * @example
 * ```ts
 * const r: IndicatorNullReason = 'zero-denominator';
 * ```
 */
export type IndicatorNullReason =
  | 'no-data'
  | 'zero-denominator'
  | 'not-valid-for-level'
  | 'not-valid-for-period'
  | 'invalid-definition';

/**
 * The indicator in an earlier period for the same org unit, and the change from it (absolute, and relative
 * in percent to 2 decimals; see `change`).
 *
 * @example
 * ```ts
 * const t: IndicatorTrend = { period: '2019Q4', value: 40, change: { absolute: 3.33, relative: 8.33 } };
 * ```
 */
export interface IndicatorTrend {
  readonly period: PeriodId;
  readonly value: number | null;
  readonly change: Change;
}

/**
 * The target an indicator result is compared with, and how it fares: `achievement` (percent of the
 * target, see `achievement`) and `onTrack` / `expected` (see `onTrack`; without a baseline the value is
 * compared with the target itself).
 *
 * @example
 * ```ts
 * const t: IndicatorTargetResult = { regionCode: '63.71', year: 2020, value: 66, direction: 'higherIsBetter',
 *   source: 'Renstra', achievement: 96.97, onTrack: false, expected: 66 };
 * ```
 */
export interface IndicatorTargetResult {
  /** The region code (or kampung id, or `ID` for national) the target was set for. */
  readonly regionCode: string;
  readonly year: number;
  readonly value: number;
  readonly direction: TargetDirection;
  readonly source: string;
  readonly achievement: number | null;
  readonly onTrack: boolean | null;
  readonly expected: number | null;
}

/**
 * One indicator for one org unit (a kampung id or a region code) and period, JSON-ready (see
 * {@link indicatorResultsToCsv} for CSV).
 *
 * `numerator` and `denominator` are the evaluated expressions before the factor (`null` when they could not
 * be evaluated; `denominator` is `null` for a plain value); `value` is `numerator × factor / denominator`
 * rounded to the definition's decimals, or `null` with `nullReason`.
 *
 * @example
 * ```ts
 * const r: IndicatorResult = {
 *   indicatorId: 'cpr-portal', version: '1.0.0', orgUnit: '63.71', level: 'regency', period: '2020Q1',
 *   numerator: 130, denominator: 300, value: 43.33, nullReason: null, kampung: 3, anyMissing: false,
 * };
 * ```
 */
export interface IndicatorResult {
  readonly indicatorId: string;
  readonly version: string;
  readonly orgUnit: string;
  readonly level: AggregationLevel;
  readonly period: PeriodId;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | null;
  readonly nullReason: IndicatorNullReason | null;
  /** Kampung in the group (designated by the period's end, or with data in it). */
  readonly kampung: number;
  /**
   * Whether an element the indicator reads lacks a value for some expected kampung-month of the group
   * (a kampung that did not report): the value then covers only the kampung that did.
   */
  readonly anyMissing: boolean;
  readonly target?: IndicatorTargetResult;
  readonly previousPeriod?: IndicatorTrend;
  readonly samePeriodLastYear?: IndicatorTrend;
}
