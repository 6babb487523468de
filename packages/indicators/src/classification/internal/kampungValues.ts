import type { Dataset, Month } from '@kampung-kb/model';
import { datasetRecords } from '../../aggregation/aggregate.js';
import { IndicatorEngine } from '../../engine/computeIndicators.js';
import type { IndicatorResult } from '../../engine/indicatorResult.js';
import { indicatorValuesFromOutput, type KampungIndicatorValues } from '../computeIndicatorValues.js';
import { KAMPUNG_PATH_INDICATORS } from '../kampungPathIndicators.js';
import { type KampungPeriodIndex, snapshotInForce } from './kampungPeriodIndex.js';
import { outputResultsByKampung } from './outputResults.js';

/**
 * The reported indicators ({@link computeIndicatorValues}) of many kampung-months from one engine pass
 * over the data set: the kampung path's indicators at kampung level for `months`, keeping only the rows of
 * the kampung-months `wanted` says (so memory follows what is asked, not kampung × months). `index` gives
 * the population snapshot in force. Linear in the records plus the kampung-months asked.
 */
export function kampungValuesAt(
  dataset: Dataset,
  index: KampungPeriodIndex,
  months: readonly Month[],
  wanted: (kampungId: string, month: Month) => boolean,
): (kampungId: string, month: Month) => KampungIndicatorValues {
  const byMonth = new Map<Month, IndicatorResult[]>();
  if (months.length > 0) {
    const engine = new IndicatorEngine({
      indicators: KAMPUNG_PATH_INDICATORS,
      level: 'kampung',
      periods: months,
    });
    const { kampung, population, monthly } = dataset;
    for (const r of datasetRecords({ kampung, population, monthly })) engine.add(r);
    const monthOfPeriod = new Map(months.map((m) => [m.replace('-', ''), m]));
    for (const r of engine.results()) {
      const month = monthOfPeriod.get(r.period);
      if (month === undefined || !wanted(r.orgUnit, month)) continue;
      const list = byMonth.get(month);
      if (list === undefined) byMonth.set(month, [r]);
      else list.push(r);
    }
  }
  const outputs = new Map([...byMonth].map(([m, rows]) => [m, outputResultsByKampung(rows, m)]));
  return (kampungId, month) =>
    indicatorValuesFromOutput(
      outputs.get(month)?.get(kampungId),
      snapshotInForce(index.records(kampungId).population, month) !== null,
    );
}
