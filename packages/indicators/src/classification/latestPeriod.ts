import type { Dataset, Month } from '@kampung-kb/model';

/**
 * The latest month among a data set's monthly reports, or `undefined` when it has none: the natural
 * default period for indicators and the classification.
 *
 * @example
 * ```ts
 * latestPeriod(dataset); // '2020-12'
 * latestPeriod(emptyDataset()); // undefined
 * ```
 */
export function latestPeriod(dataset: Pick<Dataset, 'monthly'>): Month | undefined {
  let latest: Month | undefined;
  for (const r of dataset.monthly) {
    if (latest === undefined || r.period > latest) latest = r.period;
  }
  return latest;
}
