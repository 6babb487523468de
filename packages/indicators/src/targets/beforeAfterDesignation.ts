import { roundRatio } from '@kampung-kb/expr';
import { type IsoDate, parsePeriodId } from '@kampung-kb/model';
import { decimalSum, toNumber } from '../internal/decimalArith.js';
import { type Change, change } from './change.js';

/** One point of a monthly series: a month (`2020-01` or `202001`) and its value (`null` = no data). */
export interface MonthlyPoint {
  readonly period: string;
  readonly value: number | null;
}

/** The mean of one side of the designation. */
export interface SeriesMean {
  /** Mean of the months with a value, rounded to `decimals` places; `null` when there are none. */
  readonly mean: number | null;
  /** Months with a value that went into the mean. */
  readonly months: number;
}

/** What {@link beforeAfterDesignation} finds. */
export interface BeforeAfter {
  /** Months before the designation month. */
  readonly before: SeriesMean;
  /** The designation month and after. */
  readonly after: SeriesMean;
  /** From the `before` mean to the `after` mean (as rounded). */
  readonly change: Change;
  /** Points left out: not a month, or a value that is not a finite number. */
  readonly ignored: number;
}

function mean(values: readonly number[], decimals: number): SeriesMean {
  if (values.length === 0) return { mean: null, months: 0 };
  return { mean: roundRatio(toNumber(decimalSum(values)), values.length, decimals), months: values.length };
}

/**
 * Compares a kampung's monthly series before and after it was designated a Kampung KB: the mean of the
 * months before the designation month against the mean of the designation month and the months after.
 * Months without a value (`null`) are skipped, not counted as 0. Means are exact on the decimal values and
 * rounded to `decimals` places (default 2) half away from zero.
 *
 * @example
 * ```ts
 * beforeAfterDesignation(
 *   [{ period: '2016-09', value: 40 }, { period: '2016-10', value: 42 }, { period: '2016-11', value: 45 },
 *    { period: '2016-12', value: 47 }, { period: '2017-01', value: null }],
 *   '2016-11-10',
 * );
 * // { before: { mean: 41, months: 2 }, after: { mean: 46, months: 2 },
 * //   change: { absolute: 5, relative: 12.2 }, ignored: 0 }
 * ```
 */
export function beforeAfterDesignation(
  series: Iterable<MonthlyPoint>,
  designationDate: IsoDate,
  decimals = 2,
): BeforeAfter {
  const designationMonth = designationDate.slice(0, 7);
  const before: number[] = [];
  const after: number[] = [];
  let ignored = 0;
  for (const point of series) {
    const p = parsePeriodId(point.period);
    if (p?.type !== 'month') {
      ignored++;
      continue;
    }
    if (point.value === null) continue;
    if (!Number.isFinite(point.value)) {
      ignored++;
      continue;
    }
    const month = `${p.year}-${String(p.index).padStart(2, '0')}`;
    (month < designationMonth ? before : after).push(point.value);
  }
  const b = mean(before, decimals);
  const a = mean(after, decimals);
  return { before: b, after: a, change: change(a.mean, b.mean, decimals), ignored };
}
