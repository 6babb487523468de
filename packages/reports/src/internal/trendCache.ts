import type { Dataset } from '@kampung-kb/model';
import { type IndicatorTrends, indicatorTrends } from '../charts/indicatorTrendChart.js';
import { type ReportContext, smallCellThreshold } from '../reportContext.js';

interface Entry {
  readonly dataset: Dataset;
  readonly period: string;
  readonly threshold: number | undefined;
  readonly targets: ReportContext['targets'];
  readonly city: string | undefined;
  readonly trends: IndicatorTrends;
}

let last: Entry | undefined;

/**
 * {@link indicatorTrends} for a data set and month, remembering the last result: a caller that builds the
 * monthly report of every kampung of a month without passing `trends` runs the engine once, not once per
 * kampung (time linear in the kampung). Keyed by the data set object, the month, the public threshold,
 * the targets array and the city; the data set must not be changed between calls (reports never change it).
 */
export function trendsFor(dataset: Dataset, period: string, ctx: ReportContext): IndicatorTrends {
  const threshold = smallCellThreshold(ctx);
  const city = ctx.programme?.city.code;
  if (
    last &&
    last.dataset === dataset &&
    last.period === period &&
    last.threshold === threshold &&
    last.targets === ctx.targets &&
    last.city === city
  ) {
    return last.trends;
  }
  const trends = indicatorTrends({ dataset, period }, ctx);
  last = { dataset, period, threshold, targets: ctx.targets, city, trends };
  return trends;
}
